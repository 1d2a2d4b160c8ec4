import { describe, expect, it } from 'vitest';
import { averageLevel, duplicateDimensionProblems, latestByTeam, maturityDistribution, quarterOf, ratingProblems } from '../../src/core/maturity/maturity-rules.ts';

const dims = [
  { key: 'mandate_strategy', name: 'Mandate & strategy' },
  { key: 'culture_mindset', name: 'Culture & mindset' },
  { key: 'data_ai', name: 'Data & AI' },
];
const at = (teamId: string, assessedOn: string, levels: Record<string, number>, createdAt = `${assessedOn}T10:00:00Z`) => ({
  teamId,
  assessedOn,
  createdAt: new Date(createdAt),
  ratings: Object.entries(levels).map(([dimensionKey, level]) => ({ dimensionKey, level })),
});

describe('averageLevel', () => {
  it('is the mean level to two decimals', () => {
    expect(averageLevel([{ level: 2 }, { level: 3 }, { level: 3 }])).toBe(2.67);
    expect(averageLevel([{ level: 4 }])).toBe(4);
  });

  it('is zero without ratings', () => {
    expect(averageLevel([])).toBe(0);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-07-14', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('puts %s in %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });
});

describe('duplicateDimensionProblems', () => {
  it('names each later use of a key and the first one', () => {
    expect(duplicateDimensionProblems([{ key: 'a' }, { key: 'b' }, { key: 'a' }])).toEqual([
      { field: 'dimensions.2.key', code: 'duplicate', message: '"a" is used by dimensions.0 already' },
    ]);
    expect(duplicateDimensionProblems([{ key: 'a' }, { key: 'b' }])).toEqual([]);
  });
});

describe('ratingProblems', () => {
  const all = dims.map((d) => ({ dimensionKey: d.key }));

  it('accepts one rating per dimension, in any order', () => {
    expect(ratingProblems(dims, [...all].reverse())).toEqual([]);
  });

  it('names a missing dimension by name and key', () => {
    const problems = ratingProblems(dims, all.slice(0, 2));
    expect(problems).toEqual([{ field: 'ratings', code: 'missing', message: 'rate every dimension; missing: Data & AI (data_ai)' }]);
  });

  it('refuses a key the model lacks and a dimension rated twice', () => {
    const problems = ratingProblems(dims, [...all, { dimensionKey: 'budget' }, { dimensionKey: 'culture_mindset' }]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['ratings.3.dimensionKey', 'not_found'],
      ['ratings.4.dimensionKey', 'duplicate'],
    ]);
    expect(problems[1]!.message).toContain('ratings.1');
  });
});

describe('latestByTeam', () => {
  it('keeps each team’s most recent assessment; on the same day the later record', () => {
    const first = at('t1', '2026-03-01', { data_ai: 1 });
    const sameDayEarlier = at('t1', '2026-05-01', { data_ai: 2 }, '2026-05-01T08:00:00Z');
    const sameDayLater = at('t1', '2026-05-01', { data_ai: 3 }, '2026-05-01T09:00:00Z');
    const other = at('t2', '2026-02-01', { data_ai: 4 });
    const latest = latestByTeam([sameDayLater, first, other, sameDayEarlier]);
    expect(latest.get('t1')).toBe(sameDayLater);
    expect(latest.get('t2')).toBe(other);
  });
});

describe('maturityDistribution', () => {
  it('is empty without assessments', () => {
    expect(maturityDistribution([], ['data_ai'])).toEqual([]);
  });

  it('counts each team once per quarter, by its latest assessment in that quarter', () => {
    const rows = maturityDistribution(
      [
        at('t1', '2026-07-01', { data_ai: 1, culture_mindset: 2 }),
        at('t1', '2026-09-30', { data_ai: 3, culture_mindset: 2 }), // replaces t1's July rating in Q3
        at('t2', '2026-08-15', { data_ai: 3, culture_mindset: 5 }),
        at('t1', '2026-10-01', { data_ai: 4, culture_mindset: 4 }),
        at('t2', '2026-04-02', { data_ai: 2, culture_mindset: 1 }),
      ],
      ['culture_mindset', 'data_ai'],
    );
    expect(rows).toEqual([
      { dimensionKey: 'culture_mindset', quarter: '2026-Q2', counts: [1, 0, 0, 0, 0] },
      { dimensionKey: 'culture_mindset', quarter: '2026-Q3', counts: [0, 1, 0, 0, 1] },
      { dimensionKey: 'culture_mindset', quarter: '2026-Q4', counts: [0, 0, 0, 1, 0] },
      { dimensionKey: 'data_ai', quarter: '2026-Q2', counts: [0, 1, 0, 0, 0] },
      { dimensionKey: 'data_ai', quarter: '2026-Q3', counts: [0, 0, 2, 0, 0] },
      { dimensionKey: 'data_ai', quarter: '2026-Q4', counts: [0, 0, 0, 1, 0] },
    ]);
  });

  it('orders dimensions as the current model does, then retired ones by key; quarters across years oldest first', () => {
    const rows = maturityDistribution(
      [at('t1', '2027-01-10', { data_ai: 2, zeta_old: 3, alpha_old: 1 }), at('t1', '2026-12-01', { data_ai: 5 })],
      ['data_ai'],
    );
    expect(rows.map((r) => `${r.dimensionKey} ${r.quarter}`)).toEqual(['data_ai 2026-Q4', 'data_ai 2027-Q1', 'alpha_old 2027-Q1', 'zeta_old 2027-Q1']);
  });
});
