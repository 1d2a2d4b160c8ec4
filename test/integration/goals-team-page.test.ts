// The team goals page and the organization goals as their readers see them while measurements
// arrive: current value, progress, status and sparkline of each key result, the objectives'
// attainment, and the statements the page costs — on a fixed "today", 16 May 2026 10:00 in
// Berlin: day 46 of the 91 days of 2026-Q2.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GoalsPortfolio, KeyResult, OrganizationGoals, Team, TeamGoals } from '../../src/contracts/index.ts';
import { countStatements } from '../../bench/support/count-statements.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { buildKeyResult, buildObjective, insertMeasurements, insertMetric, type MetricOptions } from '../support/goals.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
vi.setSystemTime(new Date('2026-05-16T10:00:00+02:00'));

const ELAPSED = 46 / 91;

let h: Harness;
let office: SignedIn;
let viewer: SignedIn;
let lead: SignedIn;
let member: SignedIn;
let outsider: SignedIn;
let app: Team;
let broker: Team;

const page = async (who: SignedIn = lead, teamId = app.id, query = '') => {
  const res = await who.http.get(`/api/v1/teams/${teamId}/goals${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TeamGoals;
};
const keyResultOn = (goals: TeamGoals, id: string): KeyResult => {
  const found = goals.objectives.flatMap((o) => o.keyResults).find((k) => k.id === id);
  if (!found) throw new Error(`key result ${id} is not on the page`);
  return found;
};
const metricOf = (options: Omit<MetricOptions, 'ownerTeamId'> = {}, ownerTeamId = app.id) => insertMetric(h, { ownerTeamId, ...options });
/** A fresh objective of the app team in 2026-Q2 with one key result on a fresh metric. */
async function oneKeyResult(metric: Omit<MetricOptions, 'ownerTeamId'>, kr: { baseline: number; target: number; periodStart?: string; periodEnd?: string }) {
  const m = await metricOf(metric);
  const objective = await buildObjective(h, { teamId: app.id });
  const keyResult = await buildKeyResult(h, objective.id, { metricId: m.id, ...kr });
  return { metric: m, objective, keyResult };
}
const at = (local: string) => `${local}+02:00`;

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  viewer = await signIn(h, 'viewer');
  const leadPerson = await buildPerson(h, { discipline: 'product' });
  lead = await signIn(h, 'member', leadPerson.id);
  app = await buildTeam(h, { name: 'E-Scooter', stage: 'active', businessLeadId: leadPerson.id });
  broker = await buildTeam(h, { name: 'Makler-Portal', stage: 'active' });
  const memberPerson = await buildPerson(h, { discipline: 'marketing' });
  await buildMembership(h, app.id, memberPerson.id, 50, '2026-01-01');
  member = await signIn(h, 'member', memberPerson.id);
  const outsiderPerson = await buildPerson(h, { discipline: 'sales' });
  await buildMembership(h, broker.id, outsiderPerson.id, 50, '2026-01-01');
  outsider = await signIn(h, 'member', outsiderPerson.id);
});
afterAll(async () => {
  await h.close();
  vi.useRealTimers();
});

describe('a key result on the team page', () => {
  it('goes from no data to off track, at risk, on track and past its target as measurements arrive', async () => {
    const { metric, keyResult } = await oneKeyResult({ aggregation: 'sum', unit: 'count' }, { baseline: 0, target: 1000 });
    let kr = keyResultOn(await page(), keyResult.id);
    expect(kr).toMatchObject({ current: null, progress: null, status: 'no_data' });
    expect(kr.elapsedShare).toBeCloseTo(ELAPSED, 10);
    expect(kr.sparkline).toEqual(Array(46).fill(null));

    await insertMeasurements(h, metric.id, [
      { at: at('2026-03-31T23:30:00'), value: 999 }, // the day before the period, in Berlin
      { at: at('2026-04-01T00:30:00'), value: 120 }, // the period's first day, though still 31 March in UTC
      { at: at('2026-05-16T09:00:00'), value: 80 },
      { at: at('2026-05-16T12:00:00'), value: 5000 }, // later today: not yet
    ]);
    kr = keyResultOn(await page(), keyResult.id);
    expect(kr).toMatchObject({ current: 200, progress: 0.2, status: 'off_track' });
    expect(kr.sparkline).toEqual([120, ...Array(44).fill(null), 80]);

    await insertMeasurements(h, metric.id, [{ at: at('2026-04-15T10:00:00'), value: 100 }]);
    kr = keyResultOn(await page(), keyResult.id);
    expect(kr).toMatchObject({ current: 300, status: 'at_risk' });
    expect(kr.sparkline[14]).toBe(100);

    await insertMeasurements(h, metric.id, [{ at: at('2026-05-01T10:00:00'), value: 150 }]);
    expect(keyResultOn(await page(), keyResult.id)).toMatchObject({ current: 450, status: 'on_track' });

    await insertMeasurements(h, metric.id, [{ at: at('2026-05-02T10:00:00'), value: 700 }]);
    const goals = await page();
    kr = keyResultOn(goals, keyResult.id);
    expect(kr).toMatchObject({ current: 1150, status: 'on_track' });
    expect(kr.progress).toBeCloseTo(1.15, 10);
    // Past the target counts as reached, not more, in the objective's attainment.
    expect(goals.objectives.find((o) => o.id === keyResult.objectiveId)).toMatchObject({ attainment: 1, status: 'on_track' });
  });

  it('measures progress the other way for a lower-is-better metric, averaging all points of the period', async () => {
    const { metric, keyResult } = await oneKeyResult({ aggregation: 'average', unit: 'minutes', direction: 'lower_is_better' }, { baseline: 30, target: 10 });
    await insertMeasurements(h, metric.id, [
      { at: at('2026-05-02T08:00:00'), value: 22 },
      { at: at('2026-05-02T20:00:00'), value: 18 },
    ]);
    let kr = keyResultOn(await page(), keyResult.id);
    expect(kr).toMatchObject({ current: 20, progress: 0.5, status: 'on_track' });
    expect(kr.sparkline[31]).toBe(20);

    await insertMeasurements(h, metric.id, [
      { at: at('2026-05-10T08:00:00'), value: 38 },
      { at: at('2026-05-11T08:00:00'), value: 26 },
    ]);
    kr = keyResultOn(await page(), keyResult.id);
    // (22 + 18 + 38 + 26) / 4 = 26 minutes: a fifth of the way from 30 to 10, with half the quarter gone.
    expect(kr).toMatchObject({ current: 26, status: 'off_track' });
    expect(kr.progress).toBeCloseTo(0.2, 10);
  });

  it('takes the latest point for a last-value metric, whatever order the points came in, and a correction replaces it', async () => {
    const { metric, keyResult } = await oneKeyResult({ aggregation: 'last', unit: 'percent' }, { baseline: 40, target: 60 });
    await insertMeasurements(h, metric.id, [{ at: at('2026-05-10T12:00:00'), value: 55 }]);
    await insertMeasurements(h, metric.id, [{ at: at('2026-04-20T12:00:00'), value: 45 }]);
    let kr = keyResultOn(await page(), keyResult.id);
    expect(kr).toMatchObject({ current: 55, progress: 0.75, status: 'on_track' });
    expect(kr.sparkline[19]).toBe(45);
    expect(kr.sparkline[39]).toBe(55);

    await insertMeasurements(h, metric.id, [{ at: at('2026-05-10T12:00:00'), value: 44 }]);
    kr = keyResultOn(await page(), keyResult.id);
    expect(kr).toMatchObject({ current: 44, status: 'off_track' });
    expect(kr.progress).toBeCloseTo(0.2, 10);
  });

  it('has not started before its period, whatever was measured before it', async () => {
    const { metric, objective, keyResult } = await oneKeyResult({ aggregation: 'sum' }, { baseline: 0, target: 100, periodStart: '2026-06-01', periodEnd: '2026-06-30' });
    await insertMeasurements(h, metric.id, [{ at: at('2026-05-15T12:00:00'), value: 40 }]);
    const goals = await page();
    expect(keyResultOn(goals, keyResult.id)).toMatchObject({ current: null, progress: null, elapsedShare: 0, status: 'not_started', sparkline: [] });
    expect(goals.objectives.find((o) => o.id === objective.id)).toMatchObject({ attainment: null, status: 'not_started' });
  });

  it('counts a past quarter from its first day’s midnight to its last day’s, in Berlin, across the change to summer time', async () => {
    const m = await metricOf({ aggregation: 'sum' });
    const objective = await buildObjective(h, { teamId: app.id, quarter: '2026-Q1' });
    const keyResult = await buildKeyResult(h, objective.id, { metricId: m.id, baseline: 0, target: 100 });
    await insertMeasurements(h, m.id, [
      { at: '2025-12-31T23:59:59+01:00', value: 500 },
      { at: '2026-01-01T00:00:00+01:00', value: 40 },
      { at: '2026-03-31T23:59:00+02:00', value: 60 },
      { at: '2026-04-01T00:00:00+02:00', value: 1000 },
    ]);
    const kr = keyResultOn(await page(lead, app.id, '?quarter=2026-Q1'), keyResult.id);
    expect(kr).toMatchObject({ periodStart: '2026-01-01', periodEnd: '2026-03-31', current: 100, progress: 1, elapsedShare: 1, status: 'on_track' });
    expect(kr.sparkline).toHaveLength(90);
    expect([kr.sparkline[0], kr.sparkline[89]]).toEqual([40, 60]);
    expect(kr.sparkline.filter((v) => v !== null)).toHaveLength(2);
  });

  it('changes its status with the thresholds in the settings', async () => {
    const { metric, keyResult } = await oneKeyResult({ aggregation: 'sum' }, { baseline: 0, target: 100 });
    // Progress 0.3 against 46/91 of the quarter gone: 20.5 points behind.
    await insertMeasurements(h, metric.id, [{ at: at('2026-05-01T12:00:00'), value: 30 }]);
    expect(keyResultOn(await page(), keyResult.id).status).toBe('at_risk');

    const settings = (await office.http.get('/api/v1/goals/settings')).json();
    const lenient = await office.http.request({ method: 'PUT', url: '/api/v1/goals/settings', payload: { atRiskGapPercent: 25, offTrackGapPercent: 40 }, headers: ifMatch(settings.version) });
    expect(lenient.statusCode, lenient.body).toBe(200);
    const goals = await page();
    expect(goals.settings).toMatchObject({ atRiskGapPercent: 25, offTrackGapPercent: 40 });
    expect(keyResultOn(goals, keyResult.id).status).toBe('on_track');

    const strict = await office.http.request({ method: 'PUT', url: '/api/v1/goals/settings', payload: { atRiskGapPercent: 5, offTrackGapPercent: 15 }, headers: ifMatch(lenient.json().version) });
    expect(keyResultOn(await page(), keyResult.id).status).toBe('off_track');

    await office.http.request({ method: 'PUT', url: '/api/v1/goals/settings', payload: { atRiskGapPercent: 10, offTrackGapPercent: 25 }, headers: ifMatch(strict.json().version) });
  });
});

describe('a key result on a metric of the catalog', () => {
  it('moves with measurements pushed in bulk and entered by hand', async () => {
    const created = await lead.http.post('/api/v1/metrics', {
      key: 'escooter.quote_to_bind',
      name: { de: 'Abschlussquote', en: 'Quote-to-bind conversion' },
      unit: 'percent',
      direction: 'higher_is_better',
      aggregation: 'last',
      ownerTeamId: app.id,
      customerValue: true,
      source: 'api',
      expectedIntervalDays: 1,
    });
    expect(created.statusCode, created.body).toBe(201);
    const metricId = created.json().id as string;
    const objective = (await lead.http.post('/api/v1/objectives', { teamId: app.id, quarter: '2026-Q2', title: 'Mehr Angebote werden Verträge' })).json();
    const kr = await lead.http.post(`/api/v1/objectives/${objective.id}/key-results`, { metricId, title: 'Abschlussquote von 20 auf 30 %', baseline: 20, target: 30 });
    expect(kr.statusCode, kr.body).toBe(201);
    expect(keyResultOn(await page(member), kr.json().id).status).toBe('no_data');

    const batch = await lead.http.post('/api/v1/measurements/batches', {
      idempotencyKey: `quote-to-bind-${Date.now()}`,
      items: [
        { metricId, measuredAt: at('2026-05-14T08:00:00'), value: 21, unit: 'percent' },
        { metricId, measuredAt: at('2026-05-15T08:00:00'), value: 22 },
      ],
    });
    expect(batch.statusCode, batch.body).toBeLessThan(300);
    let seen = keyResultOn(await page(member), kr.json().id);
    expect(seen).toMatchObject({ current: 22, status: 'off_track' });
    expect(seen.sparkline.slice(-3)).toEqual([21, 22, null]);

    const byHand = await member.http.post(`/api/v1/metrics/${metricId}/measurements`, { measuredAt: at('2026-05-16T09:30:00'), value: 26 });
    expect(byHand.statusCode, byHand.body).toBeLessThan(300);
    seen = keyResultOn(await page(member), kr.json().id);
    expect(seen).toMatchObject({ current: 26, status: 'on_track' });
    expect(seen.metric).toMatchObject({ id: metricId, stale: false, lastMeasuredAt: new Date(at('2026-05-16T09:30:00')).toISOString() });
  });
});

describe('an objective on the team page', () => {
  it('rolls up its begun key results: each capped to 0–1, one without data counting 0, one not started left out', async () => {
    const objective = await buildObjective(h, { teamId: app.id, title: 'Die App verkauft sich selbst' });
    const sold = await metricOf({ aggregation: 'sum' });
    const rating = await metricOf({ aggregation: 'last', unit: 'score', minValue: 1, maxValue: 5 });
    const silent = await metricOf({ aggregation: 'sum' });
    const first = await buildKeyResult(h, objective.id, { metricId: sold.id, baseline: 0, target: 100 });
    const second = await buildKeyResult(h, objective.id, { metricId: rating.id, baseline: 4, target: 4.5 });
    const third = await buildKeyResult(h, objective.id, { metricId: silent.id, baseline: 0, target: 10 });
    const later = await buildKeyResult(h, objective.id, { metricId: sold.id, baseline: 0, target: 10, periodStart: '2026-06-01' });
    await insertMeasurements(h, sold.id, [{ at: at('2026-05-03T12:00:00'), value: 150 }]);
    await insertMeasurements(h, rating.id, [{ at: at('2026-05-03T12:00:00'), value: 4.25 }]);

    const presented = (await page()).objectives.find((o) => o.id === objective.id)!;
    expect(presented.keyResults.map((k) => [k.id, k.status])).toEqual([
      [first.id, 'on_track'],
      [second.id, 'on_track'],
      [third.id, 'no_data'],
      [later.id, 'not_started'],
    ]);
    // (1 + 0.5 + 0) / 3 against the 46/91 elapsed.
    expect(presented.attainment).toBeCloseTo(0.5, 10);
    expect(presented.status).toBe('on_track');
  });

  it('shows the newest check-in of each key result', async () => {
    const { keyResult } = await oneKeyResult({ aggregation: 'sum' }, { baseline: 0, target: 10 });
    expect((await member.http.post(`/api/v1/key-results/${keyResult.id}/check-ins`, { comment: 'Noch nichts gemessen' })).statusCode).toBe(201);
    vi.setSystemTime(new Date(Date.now() + 60_000));
    expect((await lead.http.post(`/api/v1/key-results/${keyResult.id}/check-ins`, { comment: 'Messung läuft ab morgen', confidence: 'medium' })).statusCode).toBe(201);
    expect(keyResultOn(await page(member), keyResult.id).lastCheckIn).toMatchObject({ comment: 'Messung läuft ab morgen', confidence: 'medium', status: 'no_data', value: null });
  });
});

describe('the team goals page', () => {
  it('lists the quarters with objectives and the current one, newest first, and shows any of them', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const q1 = await buildObjective(h, { teamId: team.id, quarter: '2026-Q1', title: 'Start im ersten Quartal' });
    await buildObjective(h, { teamId: team.id, quarter: '2025-Q4', title: 'Vorlauf' });
    const current = await page(office, team.id);
    expect(current).toMatchObject({ teamId: team.id, teamName: team.name, quarter: '2026-Q2', quarters: ['2026-Q2', '2026-Q1', '2025-Q4'], objectives: [] });
    const earlier = await page(office, team.id, '?quarter=2026-Q1');
    expect(earlier.quarter).toBe('2026-Q1');
    expect(earlier.objectives.map((o) => o.id)).toEqual([q1.id]);
    const bad = await office.http.get(`/api/v1/teams/${team.id}/goals?quarter=2026-5`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['quarter']);
  });

  it('offers the organization objectives of the quarter and the metrics the team owns', async () => {
    const org = await buildObjective(h, { teamId: null, title: 'Junge Kundschaft gewinnen' });
    await buildObjective(h, { teamId: null, quarter: '2026-Q3', title: 'Nächstes Quartal' });
    const owned = await metricOf({ key: 'escooter.app_rating', unit: 'score', aggregation: 'last', customerValue: true, expectedIntervalDays: 7 });
    await insertMeasurements(h, owned.id, [{ at: at('2026-05-15T12:00:00'), value: 4.6 }]);
    const goals = await page();
    expect(goals.orgObjectives).toContainEqual({ id: org.id, title: 'Junge Kundschaft gewinnen', quarter: '2026-Q2' });
    expect(goals.orgObjectives.every((o) => o.quarter === '2026-Q2')).toBe(true);
    expect(goals.metrics.find((m) => m.id === owned.id)).toMatchObject({ key: 'escooter.app_rating', ownerTeam: { id: app.id, name: 'E-Scooter' }, lastValue: 4.6, stale: false, customerValue: true });
    expect(goals.metrics.every((m) => m.ownerTeam.id === app.id)).toBe(true);
  });

  it('tells each reader what they may do, and is refused to a member of another team', async () => {
    expect((await page(lead)).abilities).toEqual({ manage: true, recordMeasurements: true, checkIn: true });
    expect((await page(member)).abilities).toEqual({ manage: false, recordMeasurements: true, checkIn: true });
    expect((await page(viewer)).abilities).toEqual({ manage: false, recordMeasurements: false, checkIn: false });
    const asMember = await page(member);
    expect(asMember.objectives.every((o) => !o.abilities.update && o.keyResults.every((k) => k.abilities.checkIn && !k.abilities.update))).toBe(true);
    const refused = await outsider.http.get(`/api/v1/teams/${app.id}/goals`);
    expect(refused.statusCode).toBe(403);
    expect((await office.http.get('/api/v1/teams/7d1f2a3b-0000-4000-8000-000000000005/goals')).statusCode).toBe(404);
  });

  it('costs the same number of statements for one key result as for twelve', async () => {
    const counter = countStatements(h.database);
    const build = async (objectives: number, perObjective: number) => {
      const team = await buildTeam(h, { stage: 'active' });
      const metric = await metricOf({ aggregation: 'sum' }, team.id);
      await insertMeasurements(h, metric.id, [{ at: at('2026-05-01T12:00:00'), value: 5 }]);
      for (let o = 0; o < objectives; o++) {
        const objective = await buildObjective(h, { teamId: team.id });
        for (let k = 0; k < perObjective; k++) await buildKeyResult(h, objective.id, { metricId: metric.id });
      }
      return team;
    };
    const small = await build(1, 1);
    const large = await build(3, 4);
    const statementsFor = async (teamId: string) => {
      counter.reset();
      const goals = await page(office, teamId);
      return { statements: counter.count, keyResults: goals.objectives.flatMap((o) => o.keyResults).length };
    };
    const one = await statementsFor(small.id);
    const twelve = await statementsFor(large.id);
    expect(one.keyResults).toBe(1);
    expect(twelve.keyResults).toBe(12);
    expect(one.statements).toBeGreaterThan(0);
    expect(twelve.statements).toBe(one.statements);
  });
});

describe('the organization goals', () => {
  it('roll up each organization objective with the team objectives that contribute to it', async () => {
    const org = await buildObjective(h, { teamId: null, quarter: '2026-Q2', title: 'Mehr junge Kundschaft' });
    const orgMetric = await metricOf({ aggregation: 'sum' }, broker.id);
    await buildKeyResult(h, org.id, { metricId: orgMetric.id, baseline: 0, target: 100 });
    await insertMeasurements(h, orgMetric.id, [{ at: at('2026-05-05T12:00:00'), value: 50 }]);

    const appObjective = await buildObjective(h, { teamId: app.id, title: 'Policen in der App', contributesTo: org.id });
    const appMetric = await metricOf({ aggregation: 'sum' });
    await buildKeyResult(h, appObjective.id, { metricId: appMetric.id, baseline: 0, target: 10 });
    await insertMeasurements(h, appMetric.id, [{ at: at('2026-05-05T12:00:00'), value: 12 }]);
    const brokerObjective = await buildObjective(h, { teamId: broker.id, title: 'Makler bringen Junge', contributesTo: org.id });
    await buildKeyResult(h, brokerObjective.id, { metricId: (await metricOf({}, broker.id)).id, baseline: 0, target: 10 });
    await buildObjective(h, { teamId: app.id, title: 'Trägt nichts bei' });

    // Every signed-in person reads it, also a member of one team only.
    const res = await outsider.http.get('/api/v1/goals/organization');
    expect(res.statusCode, res.body).toBe(200);
    const goals = res.json() as OrganizationGoals;
    expect(goals).toMatchObject({ quarter: '2026-Q2', abilities: { manage: false } });
    const presented = goals.objectives.find((o) => o.id === org.id)!;
    expect(presented).toMatchObject({ teamId: null, attainment: 0.5, status: 'on_track' });
    expect(presented.keyResults).toHaveLength(1);
    expect(presented.contributors).toEqual([
      { objectiveId: appObjective.id, title: 'Policen in der App', teamId: app.id, teamName: 'E-Scooter', attainment: 1, status: 'on_track' },
      { objectiveId: brokerObjective.id, title: 'Makler bringen Junge', teamId: broker.id, teamName: 'Makler-Portal', attainment: 0, status: 'no_data' },
    ]);
    // (0.5 + 1 + 0) / 3 key results.
    expect(presented.contributionAttainment).toBeCloseTo(0.5, 10);
    // The portfolio page rolls the same key results up in SQL and comes to the same figure and status.
    const portfolio = (await office.http.get('/api/v1/goals/portfolio?quarter=2026-Q2')).json() as GoalsPortfolio;
    const rolled = portfolio.orgObjectives.find((o) => o.id === org.id)!;
    expect(rolled.attainment).toBeCloseTo(presented.contributionAttainment!, 10);
    expect(rolled.status).toBe(presented.contributionStatus);

    expect((await office.http.get('/api/v1/goals/organization')).json().abilities).toEqual({ manage: true });
    const next = (await office.http.get('/api/v1/goals/organization?quarter=2026-Q3')).json() as OrganizationGoals;
    expect(next.objectives.every((o) => o.quarter === '2026-Q3')).toBe(true);
  });
});
