import { describe, expect, it } from 'vitest';
import type { LedgerBooking } from '../../src/contracts/index.ts';
import { allocationCategory, bookingProblems, ledgerBatchHash, reversalRefusal, summarizeBatch } from '../../src/core/finance/ledger-rules.ts';

const TEAM_ID = '00000000-0000-4000-8000-000000000001';
const OTHER_ID = '00000000-0000-4000-8000-000000000002';
const cost: LedgerBooking = { kind: 'cost', teamId: TEAM_ID, month: '2026-03', category: 'cloud', expenseType: 'opex', amountCents: 12_345 };
const revenue: LedgerBooking = { kind: 'revenue', teamId: TEAM_ID, month: '2026-03', stream: 'E-Scooter-Haftpflicht', amountCents: 99_000 };
const fusion = { name: 'Kfz-Direkt', kind: 'fusion' as const, stage: 'active' as const };
const platform = { name: 'Kernsysteme', kind: 'platform' as const, stage: 'active' as const };
// An April fiscal year from FY 2024: the ledger opens in 2024-04.
const settings = { fiscalYearStartMonth: 4, firstFiscalYear: 2024 };
const NOW = '2026-06';
const codes = (p: { field: string; code?: string }[]) => p.map((x) => `${x.field}:${x.code}`);

describe('bookingProblems', () => {
  it('accepts cost and revenue of a running team in a month that has begun', () => {
    expect(bookingProblems(cost, fusion, settings, NOW)).toEqual([]);
    expect(bookingProblems(revenue, fusion, settings, NOW)).toEqual([]);
    expect(bookingProblems({ ...cost, month: NOW }, { ...fusion, stage: 'proposed' }, settings, NOW)).toEqual([]);
    expect(bookingProblems({ ...cost, month: '2024-04', amountCents: -500 }, platform, settings, NOW)).toEqual([]);
  });

  it('names an unknown team and a sunset team on teamId', () => {
    expect(codes(bookingProblems(cost, undefined, settings, NOW))).toEqual(['teamId:not_found']);
    const sunset = bookingProblems(cost, { ...fusion, stage: 'sunset' }, settings, NOW);
    expect(codes(sunset)).toEqual(['teamId:team_sunset']);
    expect(sunset[0]!.message).toContain('Kfz-Direkt is sunset');
  });

  it('refuses revenue on a platform team, which has no revenue responsibility, but not its cost', () => {
    const problems = bookingProblems(revenue, platform, settings, NOW);
    expect(codes(problems)).toEqual(['kind:no_revenue_responsibility']);
    expect(problems[0]!.message).toContain('Kernsysteme is a platform team');
    expect(bookingProblems(cost, platform, settings, NOW)).toEqual([]);
  });

  it('refuses months before the first fiscal year and after the current month', () => {
    const before = bookingProblems({ ...cost, month: '2024-03' }, fusion, settings, NOW);
    expect(codes(before)).toEqual(['month:outside_calendar']);
    expect(before[0]!.message).toContain('2024-04');
    expect(codes(bookingProblems({ ...cost, month: '2026-07' }, fusion, settings, NOW))).toEqual(['month:in_future']);
    // Beyond the next fiscal year the calendar itself ends; that is what is said.
    expect(codes(bookingProblems({ ...cost, month: '2028-04' }, fusion, settings, NOW))).toEqual(['month:outside_calendar']);
  });

  it('refuses an amount of zero', () => {
    expect(codes(bookingProblems({ ...cost, amountCents: 0 }, fusion, settings, NOW))).toEqual(['amountCents:zero']);
  });

  it('reports every problem of a booking at once', () => {
    expect(codes(bookingProblems({ ...revenue, month: '2027-01', amountCents: 0 }, platform, settings, NOW))).toEqual([
      'kind:no_revenue_responsibility',
      'month:in_future',
      'amountCents:zero',
    ]);
  });
});

describe('reversalRefusal', () => {
  it('reverses cost and revenue, once, and never a reversal', () => {
    expect(reversalRefusal({ kind: 'cost', reversesId: null })).toBeNull();
    expect(reversalRefusal({ kind: 'revenue', reversesId: null })).toBeNull();
    expect(reversalRefusal({ kind: 'cost', reversesId: 17 })).toContain('itself a reversal');
    expect(reversalRefusal({ kind: 'budget', reversesId: null })).toContain('reallocation');
    expect(reversalRefusal({ kind: 'allocation', reversesId: null })).toContain('consumption');
  });
});

describe('allocationCategory', () => {
  it('allocates every provided service as cloud cost', () => {
    expect(allocationCategory('core_service')).toBe('cloud');
    expect(allocationCategory('data_platform')).toBe('cloud');
    expect(allocationCategory('ai_service')).toBe('cloud');
  });
});

describe('ledgerBatchHash', () => {
  it('is the same for the same items in any order and differs when anything differs', () => {
    const items = [cost, revenue, { ...cost, amountCents: 1 }];
    expect(ledgerBatchHash([...items].reverse())).toBe(ledgerBatchHash(items));
    expect(ledgerBatchHash([cost, revenue, { ...cost, teamId: TEAM_ID.toUpperCase(), amountCents: 1 }])).toBe(ledgerBatchHash(items));
    expect(ledgerBatchHash([cost, revenue, { ...cost, amountCents: 2 }])).not.toBe(ledgerBatchHash(items));
    expect(ledgerBatchHash([cost, revenue, { ...cost, amountCents: 1, reference: 'RE-1' }])).not.toBe(ledgerBatchHash(items));
    expect(ledgerBatchHash([cost, revenue, { ...cost, amountCents: 1, expenseType: 'capex' }])).not.toBe(ledgerBatchHash(items));
  });

  it('counts a repeated line twice: two equal cost lines are two bookings', () => {
    expect(ledgerBatchHash([cost, cost])).not.toBe(ledgerBatchHash([cost]));
  });
});

describe('summarizeBatch', () => {
  it('sums per kind and names the month range and the number of teams', () => {
    const summary = summarizeBatch([cost, revenue, { ...cost, teamId: OTHER_ID, month: '2025-11', amountCents: -345 }, { ...revenue, month: '2026-05' }]);
    expect(summary).toEqual({ entries: 4, totalCents: 12_000 + 198_000, teams: 2, from: '2025-11', to: '2026-05', byKind: { cost: 12_000, revenue: 198_000 } });
  });
});
