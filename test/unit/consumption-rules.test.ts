import { describe, expect, it } from 'vitest';
import { batchHash, costOf, duplicateItems, entryProblems } from '../../src/core/consumption/consumption-rules.ts';

const entry = { teamId: '00000000-0000-4000-8000-000000000001', serviceId: '00000000-0000-4000-8000-000000000002', month: '2026-01', quantity: 10 };
const team = { name: 'Kfz-Direkt', stage: 'active' as const };
const service = { name: 'Partner-API', kind: 'core_service' as const, lifecycle: 'live' as const, unitPriceCents: 25 };
const codes = (p: { field: string; code?: string }[]) => p.map((x) => `${x.field}:${x.code}`);

describe('entryProblems', () => {
  it('accepts consumption of a priced, provided service that is not retired', () => {
    expect(entryProblems(entry, team, service)).toEqual([]);
    expect(entryProblems(entry, team, { ...service, lifecycle: 'deprecated' })).toEqual([]);
    expect(entryProblems(entry, { ...team, stage: 'proposed' }, { ...service, kind: 'ai_service', lifecycle: 'planned' })).toEqual([]);
  });

  it('refuses business services, retired services and services without a price on serviceId', () => {
    expect(codes(entryProblems(entry, team, { ...service, kind: 'business_service', unitPriceCents: null }))).toEqual(['serviceId:not_provided']);
    expect(codes(entryProblems(entry, team, { ...service, lifecycle: 'retired' }))).toEqual(['serviceId:retired']);
    expect(codes(entryProblems(entry, team, { ...service, unitPriceCents: null }))).toEqual(['serviceId:no_price']);
  });

  it('names unknown teams and services, and sunset teams', () => {
    expect(codes(entryProblems(entry, undefined, undefined))).toEqual(['teamId:not_found', 'serviceId:not_found']);
    expect(codes(entryProblems(entry, { ...team, stage: 'sunset' }, service))).toEqual(['teamId:team_sunset']);
  });

  it('refuses a cost beyond what cents count exactly', () => {
    expect(codes(entryProblems({ ...entry, quantity: 1_000_000_000_000 }, team, { ...service, unitPriceCents: 1_000_000 }))).toEqual(['quantity:too_large']);
  });
});

describe('costOf', () => {
  it('multiplies in whole cents', () => {
    expect(costOf(1200, 35)).toBe(42_000);
    expect(costOf(0, 35)).toBe(0);
    expect(costOf(Number.MAX_SAFE_INTEGER, 2)).toBeNull();
  });
});

describe('batchHash and duplicateItems', () => {
  const other = { ...entry, month: '2026-02' };

  it('hashes the same items the same in any order and any id case', () => {
    expect(batchHash([entry, other])).toBe(batchHash([other, { ...entry, teamId: entry.teamId.toUpperCase() }]));
  });

  it('hashes a different quantity differently', () => {
    expect(batchHash([entry])).not.toBe(batchHash([{ ...entry, quantity: 11 }]));
  });

  it('finds items repeating an earlier team × service × month', () => {
    expect(duplicateItems([entry, other, { ...entry, quantity: 3 }, other])).toEqual([
      { index: 2, firstIndex: 0 },
      { index: 3, firstIndex: 1 },
    ]);
  });
});
