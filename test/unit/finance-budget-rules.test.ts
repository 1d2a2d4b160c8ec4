import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../src/contracts/index.ts';
import {
  budgetBookings,
  currentCents,
  currentLineCents,
  duplicateLineProblems,
  fiscalYearProblem,
  isEditable,
  normalizeLines,
  totalOf,
} from '../../src/core/finance/budget-rules.ts';
import { settingsChangeProblems } from '../../src/core/finance/finance-settings-rules.ts';

const line = (category: BudgetLine['category'], amountCents: number, expenseType: BudgetLine['expenseType'] = 'opex'): BudgetLine => ({ category, expenseType, amountCents });

describe('budget lines', () => {
  it('names every line that repeats a category and expense type, pointing at the first', () => {
    const lines = [line('people', 100), line('cloud', 5), line('people', 7), line('people', 1, 'capex'), line('cloud', 9)];
    expect(duplicateLineProblems(lines)).toEqual([
      { field: 'lines.2.category', code: 'duplicate', message: 'repeats line 0: the same category and expense type' },
      { field: 'lines.4.category', code: 'duplicate', message: 'repeats line 1: the same category and expense type' },
    ]);
    expect(duplicateLineProblems([line('people', 1), line('people', 1, 'capex')])).toEqual([]);
  });

  it('stores lines without zeros, in catalogue order (category, then opex before capex)', () => {
    expect(normalizeLines([line('other', 3), line('cloud', 0), line('people', 2, 'capex'), line('cloud', 4), line('people', 1)])).toEqual([
      line('people', 1),
      line('people', 2, 'capex'),
      line('cloud', 4),
      line('other', 3),
    ]);
    expect(totalOf([line('people', 1), line('cloud', 4)])).toBe(5);
  });

  it('lets only drafts and rejected budgets be worked on', () => {
    expect(['draft', 'proposed', 'approved', 'rejected'].filter((s) => isEditable(s as 'draft'))).toEqual(['draft', 'rejected']);
  });
});

describe('the fiscal years a budget may be planned for', () => {
  const april = { fiscalYearStartMonth: 4, firstFiscalYear: 2024 };

  it('accepts the first fiscal year up to the one after the current', () => {
    // 2026-02 lies in FY 2025 (2025-04 … 2026-03) with an April start, so FY 2026 is the next one.
    expect(fiscalYearProblem(2024, april, '2026-02')).toBeNull();
    expect(fiscalYearProblem(2026, april, '2026-02')).toBeNull();
    expect(fiscalYearProblem(2027, april, '2026-02')).toBe('must not be after the next fiscal year (2026)');
    expect(fiscalYearProblem(2027, april, '2026-04')).toBeNull();
    expect(fiscalYearProblem(2023, april, '2026-02')).toBe('must not be before the first fiscal year (2024)');
  });
});

describe('booking an approved budget', () => {
  it('spreads every line over the twelve months of the fiscal year, summing exactly to the line', () => {
    const bookings = budgetBookings([line('people', 1_000_007), line('cloud', 12_000, 'capex')], 2026, 4);
    const people = bookings.filter((b) => b.category === 'people');
    expect(people.map((b) => b.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03']);
    expect(totalOf(people)).toBe(1_000_007);
    // 1,000,007 = 12 × 83,333 + 11: the first eleven months carry the extra cent.
    expect(people.map((b) => b.amountCents)).toEqual([...Array(11).fill(83_334), 83_333]);
    expect(bookings.filter((b) => b.category === 'cloud')).toEqual(Array.from({ length: 12 }, (_, i) => expect.objectContaining({ expenseType: 'capex', amountCents: 1000, month: people[i]!.month })));
  });

  it('leaves out months that would book zero', () => {
    const bookings = budgetBookings([line('other', 5)], 2026, 1);
    expect(bookings.map((b) => [b.month, b.amountCents])).toEqual([
      ['2026-01', 1],
      ['2026-02', 1],
      ['2026-03', 1],
      ['2026-04', 1],
      ['2026-05', 1],
    ]);
  });
});

describe('reallocated budget', () => {
  const moves = [
    { fromTeamId: 'a', toTeamId: 'b', category: 'cloud' as const, expenseType: 'opex' as const, amountCents: 300 },
    { fromTeamId: 'b', toTeamId: 'a', category: 'cloud' as const, expenseType: 'opex' as const, amountCents: 50 },
    { fromTeamId: 'a', toTeamId: 'b', category: 'people' as const, expenseType: 'opex' as const, amountCents: 999 },
    { fromTeamId: 'a', toTeamId: 'b', category: 'cloud' as const, expenseType: 'capex' as const, amountCents: 999 },
  ];

  it('counts a line as approved plus moved in minus moved out, for its category and expense type only', () => {
    expect(currentLineCents('a', [line('cloud', 1000)], moves, 'cloud', 'opex')).toBe(750);
    expect(currentLineCents('b', [], moves, 'cloud', 'opex')).toBe(250);
    expect(currentLineCents('c', [line('cloud', 10)], moves, 'cloud', 'opex')).toBe(10);
  });

  it('gives a budget that is not approved nothing to spend but what was moved', () => {
    expect(currentCents('approved', 1000, 200, 300)).toBe(900);
    expect(currentCents('draft', 1000, 0, 0)).toBe(0);
  });
});

describe('changing the finance settings', () => {
  const current = { fiscalYearStartMonth: 1, currency: 'EUR' as const, firstFiscalYear: 2020 };

  it('allows anything while the ledger is empty', () => {
    expect(settingsChangeProblems(current, { fiscalYearStartMonth: 7, currency: 'CHF', firstFiscalYear: 2030 }, null)).toEqual([]);
  });

  it('fixes the fiscal year start and the currency once the ledger has entries, naming each field', () => {
    expect(settingsChangeProblems(current, { fiscalYearStartMonth: 4, currency: 'USD', firstFiscalYear: 2020 }, '2024-03').map((p) => [p.field, p.code])).toEqual([
      ['fiscalYearStartMonth', 'ledger_not_empty'],
      ['currency', 'ledger_not_empty'],
    ]);
  });

  it('lets the first fiscal year move earlier, or later up to the earliest entry, but not past it', () => {
    expect(settingsChangeProblems(current, { ...current, firstFiscalYear: 2010 }, '2024-03')).toEqual([]);
    expect(settingsChangeProblems(current, { ...current, firstFiscalYear: 2024 }, '2024-03')).toEqual([]);
    expect(settingsChangeProblems(current, { ...current, firstFiscalYear: 2025 }, '2024-03')).toEqual([
      { field: 'firstFiscalYear', code: 'after_first_entry', message: 'must not start after the earliest ledger entry (2024-03); it would start 2025-01' },
    ]);
    const april = { ...current, fiscalYearStartMonth: 4 };
    expect(settingsChangeProblems(april, { ...april, firstFiscalYear: 2024 }, '2024-03').map((p) => p.field)).toEqual(['firstFiscalYear']);
  });
});
