import { describe, expect, it } from 'vitest';
import { describeCycle, serviceProblems } from '../../src/core/services/service-rules.ts';

const platform = { name: 'Kernsysteme', kind: 'platform' as const, stage: 'active' as const };
const fusion = { name: 'Kfz-Direkt', kind: 'fusion' as const, stage: 'active' as const };
const fields = (p: { field: string }[]) => p.map((x) => x.field);

describe('serviceProblems', () => {
  it('accepts a priced core service of a platform team, and an unpriced one', () => {
    expect(serviceProblems({ kind: 'core_service', unit: 'per call', unitPriceCents: 3 }, platform)).toEqual([]);
    expect(serviceProblems({ kind: 'ai_service', unit: null, unitPriceCents: null }, platform)).toEqual([]);
  });

  it('refuses a price or a unit on a business service', () => {
    expect(fields(serviceProblems({ kind: 'business_service', unit: null, unitPriceCents: 100 }, fusion))).toEqual(['unitPriceCents']);
    expect(fields(serviceProblems({ kind: 'business_service', unit: 'per claim', unitPriceCents: null }, fusion))).toEqual(['unit']);
  });

  it('lets any team own a business service', () => {
    expect(serviceProblems({ kind: 'business_service', unit: null, unitPriceCents: null }, fusion)).toEqual([]);
    expect(serviceProblems({ kind: 'business_service', unit: null, unitPriceCents: null }, platform)).toEqual([]);
  });

  it('has provided services run by platform teams', () => {
    const [problem] = serviceProblems({ kind: 'data_platform', unit: null, unitPriceCents: null }, fusion);
    expect(problem).toMatchObject({ field: 'ownerTeamId', code: 'platform_owner_required', message: 'Kfz-Direkt is a fusion team; a data platform is run by a platform team' });
    expect(serviceProblems({ kind: 'data_platform', unit: null, unitPriceCents: null }, null)).toEqual([]);
  });

  it('wants the unit a price is for', () => {
    expect(serviceProblems({ kind: 'core_service', unit: null, unitPriceCents: 3 }, platform)).toEqual([expect.objectContaining({ field: 'unit', code: 'unit_required' })]);
  });
});

describe('describeCycle', () => {
  it('names the services along the cycle', () => {
    const names: Record<string, string> = { q: 'Quote & Bind API', p: 'Policy Administration' };
    expect(describeCycle(['q', 'p', 'q'], (id) => names[id]!)).toBe('Quote & Bind API → Policy Administration → Quote & Bind API');
  });
});
