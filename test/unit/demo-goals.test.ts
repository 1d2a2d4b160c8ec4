import { describe, expect, it } from 'vitest';
import { isStale } from '../../src/core/goals/metric-rules.ts';
import { DEMO_TODAY } from '../../src/db/seed/demo-data.ts';
import {
  APP_RELEASE_ON,
  checkDemoGoals,
  demoAggregate,
  demoMeasurements,
  demoMetrics,
  demoObjectives,
  ESCOOTER_LAUNCH_DAY,
  PRICING_CHANGE_ON,
  type DemoObjective,
} from '../../src/db/seed/demo-goals.ts';
import { evaluateDemoKeyResult, evaluateDemoObjective } from '../support/demo-goals.ts';

const agg = (metric: string, from: string, to: string) => demoAggregate(metric, from, to)!;
const objective = (key: string) => demoObjectives.find((o) => o.key === key)!;
const krStatuses = (o: DemoObjective) => o.keyResults.map((kr) => evaluateDemoKeyResult(o, kr, DEMO_TODAY).status);

describe('the demo goals', () => {
  it('are consistent: leads define metrics and objectives, members check in, baselines lie before the key results', () => {
    expect(checkDemoGoals()).toEqual([]);
  });

  it('measure every E-Scooter metric daily from the launch (NPS and rating weekly, the loss ratio from March) up to yesterday', () => {
    const points = demoMeasurements(DEMO_TODAY);
    const escooter = demoMetrics.filter((m) => m.team === 'escooter');
    expect(escooter.map((m) => m.key)).toEqual(
      expect.arrayContaining(['escooter.policies_sold', 'escooter.straight_through_rate', 'escooter.quote_to_bind', 'escooter.minutes_to_plate', 'escooter.acquisition_cost', 'escooter.app_rating', 'escooter.nps', 'escooter.share_18_29', 'escooter.loss_ratio']),
    );
    const sold = points.filter((p) => p.metric === 'escooter.policies_sold');
    expect(sold[0]!.day).toBe(ESCOOTER_LAUNCH_DAY);
    expect(sold.at(-1)!.day).toBe('2026-11-30');
    expect(sold).toHaveLength(365);
    expect(points.every((p) => p.day < DEMO_TODAY)).toBe(true);
    expect(points.filter((p) => p.metric === 'escooter.nps').length).toBeGreaterThanOrEqual(50);
  });

  it('are the same on every run, and an earlier day only cuts the series short', () => {
    const earlier = demoMeasurements('2026-10-01');
    const later = demoMeasurements(DEMO_TODAY);
    expect(earlier.every((p) => p.day < '2026-10-01')).toBe(true);
    const byPoint = new Map(later.map((p) => [`${p.metric}|${p.day}`, p.value]));
    for (const p of earlier) expect(byPoint.get(`${p.metric}|${p.day}`)).toBe(p.value);
  });

  it('sell with the season and match the policy administration: about 39,000 policies by the end of September 2026', () => {
    const firstSeason = agg('escooter.policies_sold', ESCOOTER_LAUNCH_DAY, '2026-09-30');
    expect(firstSeason).toBeGreaterThan(37_000);
    expect(firstSeason).toBeLessThan(41_000);
    expect(agg('escooter.policies_sold', '2026-03-01', '2026-03-31')).toBeGreaterThan(2.5 * agg('escooter.policies_sold', '2026-11-01', '2026-11-30'));
  });

  it('dip in conversion and sales after the pricing change, and recover within weeks', () => {
    const before = ['2026-05-25', '2026-06-14'] as const;
    const after = ['2026-06-15', '2026-07-05'] as const;
    expect(agg('escooter.quote_to_bind', ...after)).toBeLessThan(0.88 * agg('escooter.quote_to_bind', ...before));
    expect(agg('escooter.policies_sold', ...after)).toBeLessThan(0.9 * agg('escooter.policies_sold', ...before));
    expect(agg('escooter.quote_to_bind', '2026-08-01', '2026-08-31')).toBeGreaterThan(agg('escooter.quote_to_bind', ...before) - 0.5);
    expect(demoAggregate('escooter.nps', PRICING_CHANGE_ON, '2026-06-30')).toBeLessThan(demoAggregate('escooter.nps', '2026-05-01', '2026-06-14')!);
  });

  it('get faster, more automatic and better liked after the app release', () => {
    const august = ['2026-08-01', '2026-08-31'] as const;
    const october = ['2026-10-01', '2026-10-31'] as const;
    expect(agg('escooter.minutes_to_plate', APP_RELEASE_ON, '2026-09-30')).toBeLessThan(agg('escooter.minutes_to_plate', ...august));
    expect(agg('escooter.minutes_to_plate', ...october)).toBeLessThan(3);
    expect(agg('escooter.minutes_to_plate', ...october)).toBeLessThan(0.7 * agg('escooter.minutes_to_plate', ...august));
    expect(agg('escooter.straight_through_rate', ...october)).toBeGreaterThan(agg('escooter.straight_through_rate', ...august) + 8);
    expect(agg('escooter.app_rating', ...october)).toBeGreaterThan(agg('escooter.app_rating', ...august));
    expect(agg('escooter.nps', ...october)).toBeGreaterThan(agg('escooter.nps', ...august) + 8);
  });

  it('leave the loss ratio near 78 % after the summer, as the 2027 premium decision says', () => {
    expect(agg('escooter.loss_ratio', '2026-08-01', '2026-08-31')).toBeGreaterThan(76);
    expect(agg('escooter.loss_ratio', '2026-08-01', '2026-08-31')).toBeLessThan(80);
  });

  it('leave exactly one metric stale on purpose', () => {
    const now = new Date(`${DEMO_TODAY}T12:00:00Z`);
    const last = new Map<string, Date>();
    for (const p of demoMeasurements(DEMO_TODAY)) last.set(p.metric, new Date(p.measuredAt));
    const stale = demoMetrics.filter((m) => isStale(last.get(m.key) ?? null, m.expectedIntervalDays, now)).map((m) => m.key);
    expect(stale).toEqual(['broker.satisfaction']);
  });

  it('put the E-Scooter team’s fourth quarter on track, at risk and off track, by the progress rules on the demo’s today', () => {
    const q4 = demoObjectives.filter((o) => o.team === 'escooter' && o.quarter === '2026-Q4');
    expect(new Set(q4.flatMap(krStatuses))).toEqual(new Set(['on_track', 'at_risk', 'off_track']));
    expect(new Set(q4.map((o) => evaluateDemoObjective(o, DEMO_TODAY).status))).toEqual(new Set(['on_track', 'at_risk', 'off_track']));
    // The loss ratio cannot come down before the 2027 premium applies.
    expect(krStatuses(objective('escooter-q4-loss'))).toEqual(['off_track']);
  });

  it('end the third quarter with targets met and missed', () => {
    const q3 = demoObjectives.filter((o) => o.team === 'escooter' && o.quarter === '2026-Q3');
    const statuses = q3.flatMap(krStatuses);
    expect(statuses).toContain('on_track');
    expect(statuses).toContain('off_track');
    const conversion = objective('escooter-q3-growth').keyResults.find((k) => k.metric === 'escooter.quote_to_bind')!;
    expect(evaluateDemoKeyResult(objective('escooter-q3-growth'), conversion, DEMO_TODAY)).toMatchObject({ elapsedShare: 1, status: 'off_track' });
  });

  it('give other teams goals of their own, some off track, and a key result without data on the stale metric', () => {
    const teams = new Set(demoObjectives.filter((o) => o.team !== null && o.team !== 'escooter').map((o) => o.team));
    expect(teams.size).toBeGreaterThanOrEqual(4);
    const others = demoObjectives.filter((o) => o.team !== null && o.team !== 'escooter' && o.quarter === '2026-Q4');
    expect(others.flatMap(krStatuses)).toContain('off_track');
    const satisfaction = objective('makler-q4').keyResults.find((k) => k.metric === 'broker.satisfaction')!;
    expect(evaluateDemoKeyResult(objective('makler-q4'), satisfaction, DEMO_TODAY).status).toBe('no_data');
  });

  it('have organization-wide objectives for both quarters that team objectives contribute to', () => {
    for (const quarter of ['2026-Q3', '2026-Q4']) {
      const org = demoObjectives.filter((o) => o.team === null && o.quarter === quarter);
      expect(org.length).toBeGreaterThanOrEqual(2);
      for (const o of org) expect(demoObjectives.some((t) => t.contributesTo === o.key)).toBe(true);
    }
  });
});
