// The portfolio goals page: every key result of a quarter evaluated in SQL exactly as the pure
// rules of progress-rules.ts evaluate it (edge by edge), rolled up per team, per organization
// objective and per heatmap cell, with the customer-value metrics, the off-track teams and the
// stale metrics — on a fixed "today", 15 November 2026 (Europe/Berlin), halfway through Q4.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GoalsPortfolioQuery, type GoalsPortfolio, type KrStatus, type MandateKind, type MetricAggregation, type MetricDirection, type MetricUnit, type TeamKind } from '../../src/contracts/index.ts';
import { createTeam, transitionTeam } from '../../src/core/index.ts';
import { goalsPortfolioParams } from '../../src/core/goals/get-goals-portfolio.ts';
import { keyResultsOfQuarterQuery, type EvaluatedKeyResultRow } from '../../src/core/goals/portfolio-goals-query.ts';
import { aggregate, evaluateKeyResult, rollUp, type StatusThresholds } from '../../src/core/goals/progress-rules.ts';
import { queryRows } from '../../src/db/client.ts';
import { keyResults, measurementBatches, measurements, metrics, objectives } from '../../src/db/schema.ts';
import { countStatements } from '../../bench/support/count-statements.ts';
import { buildPerson, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/harness.ts';

vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
vi.setSystemTime(new Date('2026-11-15T10:00:00+01:00'));
const TODAY = '2026-11-15';
/** A point stamped ahead of the clock (clocks drift): it counts once its time has come. */
const AHEAD = new Date(Date.parse('2026-11-15T10:00:00+01:00') + 30 * 60_000).toISOString();

let h: Harness;
let office: SignedIn;
let batchId: string;

// ── Fixture helpers: rows written directly, as the metrics and OKR use cases would leave them ──

/** Midnight at the start of a day in Europe/Berlin (summer time ends on 25 October 2026). */
const berlinMidnight = (day: string) => Date.parse(`${day}T00:00:00${day < '2026-10-25' ? '+02:00' : '+01:00'}`);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface MetricFixture {
  id: string;
  direction: MetricDirection;
  aggregation: MetricAggregation;
  points: { at: string; value: number }[];
}

async function makeTeam(name: string, mandateKind: MandateKind, kind: TeamKind = 'fusion') {
  const lead = await buildPerson(h, { discipline: 'product' });
  const itLead = await buildPerson(h, { discipline: 'engineering' });
  return createTeam(h.ctx, { name, kind, mission: '', mandateKind, mandateScope: '', customerSegment: '', businessLeadId: lead.id, itLeadId: itLead.id });
}

async function makeMetric(
  teamId: string,
  m: { unit: MetricUnit; direction: MetricDirection; aggregation: MetricAggregation; customerValue?: boolean; expectedIntervalDays?: number; key?: string },
  points: { at: string; value: number }[],
): Promise<MetricFixture> {
  const last = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  const key = m.key ?? `test.${randomUUID().slice(0, 8)}`;
  const [row] = await h.database.db
    .insert(metrics)
    .values({
      key,
      nameDe: `Kennzahl ${key}`,
      nameEn: `Metric ${key}`,
      unit: m.unit,
      direction: m.direction,
      aggregation: m.aggregation,
      ownerTeamId: teamId,
      customerValue: m.customerValue ?? false,
      source: 'api',
      expectedIntervalDays: m.expectedIntervalDays ?? 7,
      lastMeasuredAt: last ? new Date(last.at) : null,
      lastValue: last?.value ?? null,
    })
    .returning({ id: metrics.id });
  if (points.length > 0) await h.database.db.insert(measurements).values(points.map((p) => ({ metricId: row!.id, measuredAt: new Date(p.at), value: p.value, batchId })));
  return { id: row!.id, direction: m.direction, aggregation: m.aggregation, points };
}

let objectivesMade = 0;
async function makeObjective(teamId: string | null, title: string, contributesTo: string | null = null, quarter = '2026-Q4') {
  // One second apart: organization objectives are listed in the order they were created.
  const createdAt = new Date(Date.parse('2026-10-01T08:00:00Z') + objectivesMade++ * 1000);
  const [row] = await h.database.db.insert(objectives).values({ teamId, quarter, title, contributesTo, createdBy: 'goals portfolio test', createdAt }).returning({ id: objectives.id });
  return row!.id;
}

interface KrFixture {
  id: string;
  title: string;
  metric: MetricFixture;
  baseline: number;
  target: number;
  periodStart: string;
  periodEnd: string;
  teamId: string | null;
  objectiveId: string;
  contributesTo: string | null;
  /** What the rules must say, written down by hand: guards the fixture's meaning. */
  expect?: { current?: number | null; status: KrStatus };
}
const krs: KrFixture[] = [];

async function makeKr(
  objective: { id: string; teamId: string | null; contributesTo?: string | null },
  metric: MetricFixture,
  title: string,
  baseline: number,
  target: number,
  expected?: KrFixture['expect'],
  period: { start: string; end: string } = { start: '2026-10-01', end: '2026-12-31' },
) {
  const [row] = await h.database.db
    .insert(keyResults)
    .values({ objectiveId: objective.id, metricId: metric.id, title, baseline, target, periodStart: period.start, periodEnd: period.end, position: krs.length })
    .returning({ id: keyResults.id });
  const kr: KrFixture = { id: row!.id, title, metric, baseline, target, periodStart: period.start, periodEnd: period.end, teamId: objective.teamId, objectiveId: objective.id, contributesTo: objective.contributesTo ?? null, ...(expected ? { expect: expected } : {}) };
  krs.push(kr);
  return kr;
}

/** The metric over the key result's period so far, in TypeScript: whole days in Berlin, nothing after now. */
function currentOf(kr: KrFixture, now: Date): number | null {
  const from = berlinMidnight(kr.periodStart);
  const to = berlinMidnight(nextDay(kr.periodEnd));
  const inPeriod = kr.metric.points.filter((p) => Date.parse(p.at) >= from && Date.parse(p.at) < to && Date.parse(p.at) <= now.getTime());
  return aggregate(kr.metric.aggregation, inPeriod.map((p) => ({ at: Date.parse(p.at), value: p.value })));
}

function evaluatedInTs(kr: KrFixture, thresholds: StatusThresholds, now = new Date()) {
  const current = currentOf(kr, now);
  return { current, ...evaluateKeyResult({ baseline: kr.baseline, target: kr.target, direction: kr.metric.direction, periodStart: kr.periodStart, periodEnd: kr.periodEnd, current }, TODAY, thresholds) };
}

async function evaluatedInSql(quarter = '2026-Q4'): Promise<Map<string, EvaluatedKeyResultRow>> {
  const params = goalsPortfolioParams(h.ctx, GoalsPortfolioQuery.parse({ quarter }));
  const rows = await queryRows<EvaluatedKeyResultRow>(h.database.db, keyResultsOfQuarterQuery(params));
  return new Map(rows.map((r) => [r.id, r]));
}

const DEFAULTS: StatusThresholds = { atRiskGapPercent: 10, offTrackGapPercent: 25 };
const rolledUp = (list: readonly KrFixture[], thresholds = DEFAULTS) => rollUp(list.map((k) => evaluatedInTs(k, thresholds)), thresholds);
const countsOf = (list: readonly KrFixture[], thresholds = DEFAULTS) => {
  const statuses = list.map((k) => evaluatedInTs(k, thresholds).status);
  const n = (s: KrStatus) => statuses.filter((x) => x === s).length;
  return { onTrack: n('on_track'), atRisk: n('at_risk'), offTrack: n('off_track'), notStarted: n('not_started'), noData: n('no_data') };
};

const get = async (query = '') => {
  const res = await office.http.get(`/api/v1/goals/portfolio${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as GoalsPortfolio;
};

// ── The organization ─────────────────────────────────────────────────────────────────────────

const team = {} as Record<'app' | 'broker' | 'claims' | 'cloud' | 'legacy', { id: string; name: string }>;
const metric = {} as Record<'sold' | 'stp' | 'rating' | 'minutes' | 'silent' | 'cloud' | 'broker' | 'claimsCv' | 'legacy', MetricFixture>;
const org = {} as Record<'growth' | 'service' | 'empty', string>;

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  const [batch] = await h.database.db
    .insert(measurementBatches)
    .values({ idempotencyKey: `goals-portfolio-test-${randomUUID()}`, payloadHash: 'test', points: 0, source: 'api', createdBy: 'goals portfolio test' })
    .returning({ id: measurementBatches.id });
  batchId = batch!.id;

  team.app = await makeTeam('Kfz-App', 'product');
  team.broker = await makeTeam('Makler-Portal', 'customer_segment');
  team.claims = await makeTeam('Schaden-Digital', 'product');
  team.cloud = await makeTeam('Cloud-Plattform', 'platform', 'platform');
  const legacy = await makeTeam('Altsystem', 'product');
  team.legacy = await transitionTeam(h.ctx, { id: legacy.id, expectedVersion: legacy.version, to: 'sunset' });

  // Policies sold per day: the first point of the quarter is 00:00 on 1 October in Berlin (22:00 UTC
  // the day before); one second earlier belongs to September; the point ahead of the clock not yet.
  metric.sold = await makeMetric(team.app.id, { unit: 'count', direction: 'higher_is_better', aggregation: 'sum' }, [
    { at: '2026-09-30T21:59:59Z', value: 100 },
    { at: '2026-09-30T22:00:00Z', value: 10 },
    { at: '2026-10-15T08:00:00Z', value: 20 },
    { at: '2026-11-15T08:00:00Z', value: 30 },
    { at: AHEAD, value: 1000 },
  ]);
  // Straight-through rate, averaged; a customer-value metric bound to a key result.
  metric.stp = await makeMetric(team.app.id, { unit: 'percent', direction: 'higher_is_better', aggregation: 'average', customerValue: true, key: 'test.app.stp' }, [
    { at: '2026-09-15T08:00:00Z', value: 10 },
    { at: '2026-10-05T08:00:00Z', value: 40 },
    { at: '2026-10-20T08:00:00Z', value: 50 },
    { at: '2026-11-14T08:00:00Z', value: 60 },
  ]);
  // App store rating, the latest value counts (the later point is lower).
  metric.rating = await makeMetric(team.app.id, { unit: 'score', direction: 'higher_is_better', aggregation: 'last', customerValue: true, key: 'test.app.rating' }, [
    { at: '2026-10-02T08:00:00Z', value: 7 },
    { at: '2026-11-10T08:00:00Z', value: 4 },
    { at: AHEAD, value: 9 },
  ]);
  // Minutes from app start to insurance plate: lower is better, averaged to 25.
  metric.minutes = await makeMetric(team.app.id, { unit: 'minutes', direction: 'lower_is_better', aggregation: 'average', expectedIntervalDays: 30 }, [
    { at: '2026-10-10T08:00:00Z', value: 20 },
    { at: '2026-11-01T08:00:00Z', value: 30 },
  ]);
  // Measured in September only: nothing in the quarter.
  metric.silent = await makeMetric(team.claims.id, { unit: 'count', direction: 'higher_is_better', aggregation: 'sum' }, [{ at: '2026-09-10T08:00:00Z', value: 5 }]);
  metric.claimsCv = await makeMetric(team.claims.id, { unit: 'score', direction: 'higher_is_better', aggregation: 'last', customerValue: true, expectedIntervalDays: 30, key: 'test.claims.nps' }, [{ at: '2026-11-01T08:00:00Z', value: 31 }]);
  metric.cloud = await makeMetric(team.cloud.id, { unit: 'count', direction: 'higher_is_better', aggregation: 'sum' }, [{ at: '2026-11-01T08:00:00Z', value: 40 }]);
  metric.broker = await makeMetric(team.broker.id, { unit: 'percent', direction: 'higher_is_better', aggregation: 'average' }, []);
  metric.legacy = await makeMetric(team.legacy.id, { unit: 'count', direction: 'higher_is_better', aggregation: 'sum' }, [{ at: '2026-08-01T08:00:00Z', value: 3 }]);

  org.growth = await makeObjective(null, 'Wachstum bei jungen Kundinnen und Kunden');
  org.service = await makeObjective(null, 'Schneller Service im Schadenfall');
  org.empty = await makeObjective(null, 'Nachhaltig wirtschaften');

  const a1 = { id: await makeObjective(team.app.id, 'E-Scooter-Versicherung in der App verkaufen', org.growth), teamId: team.app.id, contributesTo: org.growth };
  const a2 = { id: await makeObjective(team.app.id, 'Abschluss in Minuten'), teamId: team.app.id };
  // current 60 (10 + 20 + 30) against an elapsed share of 46/92 = 0.5
  await makeKr(a1, metric.sold, 'Über das Ziel hinaus', 0, 40, { current: 60, status: 'on_track' });
  await makeKr(a1, metric.sold, 'Genau 10 Punkte zurück', 0, 150, { status: 'on_track' });
  await makeKr(a1, metric.sold, 'Genau 25 Punkte zurück', 0, 240, { status: 'at_risk' });
  await makeKr(a1, metric.sold, 'Gut 25 Punkte zurück', 0, 250, { status: 'off_track' });
  await makeKr(a1, metric.sold, '20 Punkte zurück', 0, 200, { status: 'at_risk' });
  await makeKr(a1, metric.sold, 'In die falsche Richtung', 80, 120, { status: 'off_track' });
  await makeKr(a1, metric.sold, 'Linie gehalten', 60, 60, { status: 'on_track' });
  await makeKr(a1, metric.sold, 'Linie nicht gehalten', 70, 70, { status: 'off_track' });
  await makeKr(a1, metric.sold, 'Erst im Dezember', 0, 100, { current: null, status: 'not_started' }, { start: '2026-12-01', end: '2026-12-31' });
  await makeKr(a1, metric.sold, 'Oktober komplett', 0, 30, { current: 30, status: 'on_track' }, { start: '2026-10-01', end: '2026-10-31' });
  await makeKr(a2, metric.minutes, 'Schneller zum Kennzeichen', 30, 20, { current: 25, status: 'on_track' });
  await makeKr(a2, metric.minutes, 'Schnell bleiben', 25, 25, { status: 'on_track' });
  await makeKr(a2, metric.minutes, 'Schneller bleiben', 24, 24, { status: 'off_track' });
  await makeKr(a2, metric.minutes, 'Langsamer geworden', 20, 10, { status: 'off_track' });
  await makeKr(a2, metric.stp, 'Dunkelverarbeitung', 40, 60, { current: 50, status: 'on_track' });
  await makeKr(a2, metric.rating, 'Bewertung im Store', 2, 6, { current: 4, status: 'on_track' });
  // A ten-day period with six days gone: 0.4 against 0.6.
  await makeKr(a2, metric.rating, 'Bewertung zur Kampagne', 0, 10, { current: 4, status: 'at_risk' }, { start: '2026-11-10', end: '2026-11-19' });

  const b1 = { id: await makeObjective(team.broker.id, 'Makler im Dezember gewinnen', org.growth), teamId: team.broker.id, contributesTo: org.growth };
  await makeKr(b1, metric.broker, 'Maklerquote', 10, 20, { status: 'not_started' }, { start: '2026-12-01', end: '2026-12-31' });
  await makeKr(b1, metric.broker, 'Maklerquote Jahresende', 10, 30, { status: 'not_started' }, { start: '2026-12-15', end: '2026-12-31' });

  const c1 = { id: await makeObjective(team.claims.id, 'Schäden digital melden', org.service), teamId: team.claims.id, contributesTo: org.service };
  await makeKr(c1, metric.silent, 'Digitale Meldungen', 0, 10, { current: null, status: 'no_data' });
  await makeKr(c1, metric.silent, 'Digitale Meldungen im Dezember', 0, 10, { status: 'not_started' }, { start: '2026-12-01', end: '2026-12-31' });

  // Two key results at 0.4 each: the team's mean trails the elapsed share by exactly 10 points.
  const d1 = { id: await makeObjective(team.cloud.id, 'Plattform für schnelle Schadenbearbeitung', org.service), teamId: team.cloud.id, contributesTo: org.service };
  await makeKr(d1, metric.cloud, 'Deployments', 0, 100, { current: 40, status: 'on_track' });
  await makeKr(d1, metric.cloud, 'Deployments ohne Ausfall', 0, 100, { status: 'on_track' });

  // The organization objective's own key result.
  await makeKr({ id: org.growth, teamId: null }, metric.stp, 'Dunkelverarbeitung im Konzern', 30, 90, { status: 'at_risk' });

  // The previous quarter: the sunset team had goals then.
  const e1 = { id: await makeObjective(team.legacy.id, 'Altsystem ablösen', null, '2026-Q3'), teamId: team.legacy.id };
  await makeKr(e1, metric.legacy, 'Verträge migriert', 0, 10, undefined, { start: '2026-07-01', end: '2026-09-30' });
});
afterAll(() => h?.close());

const q4 = () => krs.filter((k) => k.periodStart >= '2026-10-01');
const ofTeam = (id: string) => q4().filter((k) => k.teamId === id);

describe('each key result in SQL, against the pure rules', () => {
  it('computes current, progress, elapsed share and status exactly as evaluateKeyResult does, on every edge', async () => {
    const bySql = await evaluatedInSql();
    expect(bySql.size).toBe(q4().length);
    for (const kr of q4()) {
      const ts = evaluatedInTs(kr, DEFAULTS);
      const row = bySql.get(kr.id)!;
      const got = { current: row.current, progress: row.progress, elapsedShare: row.elapsed, status: row.status };
      expect(got, kr.title).toEqual({ current: ts.current, progress: ts.progress, elapsedShare: ts.elapsedShare, status: ts.status });
      if (kr.expect) {
        expect(row.status, kr.title).toBe(kr.expect.status);
        if (kr.expect.current !== undefined) expect(row.current, kr.title).toBe(kr.expect.current);
      }
    }
  });

  it('pins the edges: hold the line is 1 or 0, past the target above 1, the wrong way below 0, elapsed share by whole days', async () => {
    const bySql = await evaluatedInSql();
    const of = (title: string) => bySql.get(krs.find((k) => k.title === title)!.id)!;
    expect(of('Linie gehalten').progress).toBe(1);
    expect(of('Linie nicht gehalten').progress).toBe(0);
    expect(of('Schnell bleiben').progress).toBe(1);
    expect(of('Schneller bleiben').progress).toBe(0);
    expect(of('Über das Ziel hinaus').progress).toBe(1.5);
    expect(of('In die falsche Richtung').progress).toBe(-0.5);
    expect(of('Langsamer geworden').progress).toBe(-0.5);
    expect(of('Schneller zum Kennzeichen').progress).toBe(0.5);
    expect(of('Erst im Dezember')).toMatchObject({ progress: null, elapsed: 0 });
    expect(of('Oktober komplett').elapsed).toBe(1);
    expect(of('Genau 10 Punkte zurück').elapsed).toBe(0.5);
    expect(of('Bewertung zur Kampagne').elapsed).toBe(0.6);
  });

  it('follows the thresholds in the settings', async () => {
    const strict: StatusThresholds = { atRiskGapPercent: 5, offTrackGapPercent: 15 };
    await h.database.db.execute(sql`update goal_settings set at_risk_gap_percent = 5, off_track_gap_percent = 15, version = version + 1 where id = 1`);
    try {
      const bySql = await evaluatedInSql();
      for (const kr of q4()) expect(bySql.get(kr.id)!.status, kr.title).toBe(evaluatedInTs(kr, strict).status);
      expect(bySql.get(krs.find((k) => k.title === 'Genau 10 Punkte zurück')!.id)!.status).toBe('at_risk');
      const p = await get();
      expect(p.settings).toMatchObject({ atRiskGapPercent: 5, offTrackGapPercent: 15 });
      expect(p.rows.find((r) => r.teamId === team.cloud.id)).toMatchObject({ ...rolledUp(ofTeam(team.cloud.id), strict), status: 'at_risk' });
    } finally {
      await h.database.db.execute(sql`update goal_settings set at_risk_gap_percent = 10, off_track_gap_percent = 25, version = version + 1 where id = 1`);
    }
  });
});

describe('GET /api/v1/goals/portfolio', () => {
  it('lists the teams with key results this quarter, each rolled up as rollUp does, with totals over all of them', async () => {
    const p = await get();
    expect(p.quarter).toBe('2026-Q4');
    expect(p.elapsedShare).toBe(0.5);
    expect(p.settings).toMatchObject({ atRiskGapPercent: 10, offTrackGapPercent: 25 });
    // Sorted by name; the sunset team had goals only last quarter.
    expect(p.rows.map((r) => r.teamName)).toEqual(['Cloud-Plattform', 'Kfz-App', 'Makler-Portal', 'Schaden-Digital']);
    expect(p.totalRows).toBe(4);
    for (const row of p.rows) {
      const list = ofTeam(row.teamId);
      const expected = rolledUp(list);
      expect(row, row.teamName).toMatchObject({ keyResults: list.length, ...countsOf(list), status: expected.status });
      if (expected.attainment === null) expect(row.attainment).toBeNull();
      else expect(row.attainment).toBeCloseTo(expected.attainment, 12);
    }
    expect(p.rows.find((r) => r.teamId === team.broker.id)).toMatchObject({ attainment: null, status: 'not_started', notStarted: 2 });
    expect(p.rows.find((r) => r.teamId === team.claims.id)).toMatchObject({ attainment: 0, status: 'no_data', noData: 1, notStarted: 1 });
    expect(p.rows.find((r) => r.teamId === team.cloud.id)).toMatchObject({ attainment: 0.4, status: 'on_track', mandateKind: 'platform' });

    const teamKrs = q4().filter((k) => k.teamId !== null);
    const total = rolledUp(teamKrs);
    expect(p.totals).toMatchObject({ teams: 4, keyResults: teamKrs.length, ...countsOf(teamKrs) });
    expect(p.totals.attainment).toBeCloseTo(total.attainment!, 12);
  });

  it('sorts and pages in the database: by attainment (nothing begun last), by off-track key results', async () => {
    const byAttainment = await get('?sort=attainment&order=desc');
    expect(byAttainment.rows.map((r) => r.teamName)).toEqual(['Kfz-App', 'Cloud-Plattform', 'Schaden-Digital', 'Makler-Portal']);
    const ascending = await get('?sort=attainment&order=asc');
    expect(ascending.rows.map((r) => r.teamName)).toEqual(['Schaden-Digital', 'Cloud-Plattform', 'Kfz-App', 'Makler-Portal']);
    const byOffTrack = await get('?sort=off_track&order=desc&limit=2');
    expect(byOffTrack.rows.map((r) => r.teamName)).toEqual(['Kfz-App', 'Cloud-Plattform']);
    expect(byOffTrack.totalRows).toBe(4);
    const page = await get('?limit=2&offset=1');
    expect(page.rows.map((r) => r.teamName)).toEqual(['Kfz-App', 'Makler-Portal']);
    expect(page.totals.teams).toBe(4);
    expect(new Set(page.heatmap.map((c) => c.teamId))).toEqual(new Set([team.app.id, team.broker.id]));
  });

  it('narrows teams, totals and side lists to a mandate kind', async () => {
    const p = await get('?mandateKind=platform');
    expect(p.rows.map((r) => r.teamName)).toEqual(['Cloud-Plattform']);
    expect(p.totals).toMatchObject({ teams: 1, keyResults: 2, onTrack: 2 });
    expect(p.offTrack).toEqual([]);
    expect(p.stale.map((s) => s.metricId)).toEqual([metric.cloud.id]);
    // Organization objectives still count every contribution.
    expect(p.orgObjectives.find((o) => o.id === org.growth)!.contributingTeams).toBe(2);
  });

  it('rolls up each organization objective over its own key results and every contributing team objective', async () => {
    const p = await get();
    expect(p.orgObjectives.map((o) => o.title)).toEqual(['Wachstum bei jungen Kundinnen und Kunden', 'Schneller Service im Schadenfall', 'Nachhaltig wirtschaften']);
    for (const o of p.orgObjectives) {
      const list = q4().filter((k) => k.objectiveId === o.id || k.contributesTo === o.id);
      const expected = rolledUp(list);
      expect(o, o.title).toMatchObject({ keyResults: list.length, status: expected.status, contributingTeams: new Set(list.filter((k) => k.teamId).map((k) => k.teamId)).size });
      if (expected.attainment === null) expect(o.attainment).toBeNull();
      else expect(o.attainment).toBeCloseTo(expected.attainment, 12);
    }
    expect(p.orgObjectives.find((o) => o.id === org.growth)).toMatchObject({ keyResults: 13, contributingTeams: 2 });
    expect(p.orgObjectives.find((o) => o.id === org.empty)).toEqual({ id: org.empty, title: 'Nachhaltig wirtschaften', attainment: null, status: 'not_started', keyResults: 0, contributingTeams: 0 });
  });

  it('fills the heatmap: each team of the page by the organization objective it serves, null for none', async () => {
    const p = await get();
    const cells = p.heatmap.map((c) => `${p.rows.find((r) => r.teamId === c.teamId)!.teamName} → ${c.objectiveId === null ? '—' : p.orgObjectives.find((o) => o.id === c.objectiveId)!.title}`);
    expect(cells).toEqual([
      'Cloud-Plattform → Schneller Service im Schadenfall',
      'Kfz-App → Wachstum bei jungen Kundinnen und Kunden',
      'Kfz-App → —',
      'Makler-Portal → Wachstum bei jungen Kundinnen und Kunden',
      'Schaden-Digital → Schneller Service im Schadenfall',
    ]);
    for (const c of p.heatmap) {
      const list = ofTeam(c.teamId).filter((k) => k.contributesTo === c.objectiveId);
      const expected = rolledUp(list);
      expect(c).toMatchObject({ keyResults: list.length, status: expected.status });
      if (expected.attainment === null) expect(c.attainment).toBeNull();
      else expect(c.attainment).toBeCloseTo(expected.attainment, 12);
    }
  });

  it('names the teams most off track with up to three key results, the furthest behind first', async () => {
    const p = await get();
    expect(p.offTrackTotal).toBe(1);
    // Linie nicht gehalten and Schneller bleiben: progress 0 (50 points behind); Gut 25 Punkte: 26 points; the wrong way: 100 points.
    expect(p.offTrack).toEqual([{ teamId: team.app.id, teamName: 'Kfz-App', offTrack: 5, keyResults: ['In die falsche Richtung', 'Langsamer geworden', 'Linie nicht gehalten'] }]);
  });

  it('shows the customer-value metrics, those bound to key results of the quarter first, with the value 30 days before the last one', async () => {
    const p = await get();
    expect(p.customerValue.map((m) => m.key)).toEqual(['test.app.rating', 'test.app.stp', 'test.claims.nps']);
    expect(p.customerValue[1]).toMatchObject({ id: metric.stp.id, teamName: 'Kfz-App', unit: 'percent', lastValue: 60, previousValue: 40, lastMeasuredAt: '2026-11-14T08:00:00.000Z', stale: false, ownerTeamId: team.app.id });
    // The latest point (ahead of the clock) is the last value; 30 days before it, 7.
    expect(p.customerValue[0]).toMatchObject({ lastValue: 9, previousValue: 7 });
    expect(p.customerValue[2]).toMatchObject({ teamName: 'Schaden-Digital', lastValue: 31, previousValue: null });
  });

  it('lists the stale metrics, never measured first, leaving out teams that no longer record', async () => {
    const p = await get();
    expect(p.stale.map((s) => s.metricId)).toEqual([metric.broker.id, metric.silent.id, metric.cloud.id]);
    expect(p.stale[0]).toMatchObject({ teamName: 'Makler-Portal', lastMeasuredAt: null, expectedIntervalDays: 7 });
    expect(p.stale[1]).toMatchObject({ teamId: team.claims.id, lastMeasuredAt: '2026-09-10T08:00:00.000Z' });
    expect(p.staleTotal).toBe(3);
  });

  it('reads another quarter when asked', async () => {
    const p = await get('?quarter=2026-Q3');
    expect(p.elapsedShare).toBe(1);
    expect(p.rows).toMatchObject([{ teamName: 'Altsystem', keyResults: 1, offTrack: 1, status: 'off_track', attainment: 0.3 }]);
    expect(p.orgObjectives).toEqual([]);
  });

  it('refuses a malformed quarter or sort, naming the field', async () => {
    const bad = await office.http.get('/api/v1/goals/portfolio?quarter=2026-Q5&sort=budget');
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['quarter', 'sort']));
  });
});

describe('at scale', () => {
  it('lists at most 24 customer-value metrics, the bound ones first', async () => {
    for (let i = 0; i < 25; i++) {
      await makeMetric(team.cloud.id, { unit: 'count', direction: 'higher_is_better', aggregation: 'sum', customerValue: true, key: `test.cloud.cv${String(i).padStart(2, '0')}` }, [{ at: '2026-11-15T07:00:00Z', value: i }]);
    }
    const p = await get();
    expect(p.customerValue).toHaveLength(24);
    expect(p.customerValue.slice(0, 3).map((m) => m.key)).toEqual(['test.app.rating', 'test.app.stp', 'test.cloud.cv00']);
    expect(p.staleTotal).toBe(3);
  });

  it('sends as many SQL statements for 300 more teams with goals', async () => {
    const counter = countStatements(h.database);
    const statements = async () => {
      counter.reset();
      await get();
      return counter.count;
    };
    const before = await statements();
    const teams = await queryRows<{ id: string; n: number }>(h.database.db, sql`
      insert into teams (name, kind, mandate_kind) select 'Skalierung ' || lpad(i::text, 3, '0'), 'fusion', 'product' from generate_series(1, 300) i returning id`);
    for (const [i, t] of teams.entries()) {
      const m = await makeMetric(t.id, { unit: 'count', direction: 'higher_is_better', aggregation: 'sum' }, [{ at: '2026-11-01T08:00:00Z', value: i }]);
      const o = { id: await makeObjective(t.id, `Skalierung ${i}`, i % 2 === 0 ? org.growth : null), teamId: t.id, contributesTo: i % 2 === 0 ? org.growth : null };
      await makeKr(o, m, `Skalierung ${i}`, 0, 300);
    }
    expect(await statements()).toBe(before);
    const p = await get('?limit=500');
    expect(p.totalRows).toBe(304);
    expect(p.rows).toHaveLength(304);
    expect(p.orgObjectives.find((o) => o.id === org.growth)!.contributingTeams).toBe(152);
  });
});
