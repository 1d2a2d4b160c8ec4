import { describe, expect, it } from 'vitest';
import { leadershipProblems } from '../../src/core/teams/leadership.ts';

const product = { id: 'p', name: 'Katharina Schulte', discipline: 'product' as const };
const engineer = { id: 'e', name: 'Jonas Richter', discipline: 'engineering' as const };
const lawyer = { id: 'l', name: 'Julia Weiß', discipline: 'legal' as const };

describe('leadershipProblems', () => {
  it('accepts a business lead and an IT lead from their own sides', () => {
    expect(leadershipProblems('active', product, engineer)).toEqual([]);
  });

  it('lets a proposed team go without leads', () => {
    expect(leadershipProblems('proposed', null, null)).toEqual([]);
  });

  it.each(['chartered', 'active'] as const)('requires both leads when %s', (stage) => {
    expect(leadershipProblems(stage, null, null).map((p) => p.field)).toEqual(['businessLeadId', 'itLeadId']);
    expect(leadershipProblems(stage, product, null).map((p) => p.field)).toEqual(['itLeadId']);
  });

  it('refuses leads from the wrong side, at any stage', () => {
    const problems = leadershipProblems('proposed', engineer, lawyer);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['businessLeadId', 'lead_side'],
      ['itLeadId', 'lead_side'],
    ]);
    expect(problems[0]!.message).toContain('Jonas Richter works in engineering');
  });

  it('refuses one person as both leads', () => {
    expect(leadershipProblems('active', product, product).map((p) => p.code)).toContain('lead_same_person');
  });
});
