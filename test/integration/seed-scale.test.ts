import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale, type ScaleResult } from '../../src/core/index.ts';
import { seedScaleGoals } from '../../src/core/system/seed-scale.ts';
import { GoalsPortfolioQuery, quarterBounds, type MetricDirection, type MetricUnit } from '../../src/contracts/index.ts';
import { getGoalsPortfolio } from '../../src/core/goals/get-goals-portfolio.ts';
import { valueProblem } from '../../src/core/goals/metric-rules.ts';
import { targetProblem } from '../../src/core/goals/progress-rules.ts';
import { checkLedgerInvariant } from '../../src/core/finance/ledger-store.ts';
import { queryRows } from '../../src/db/client.ts';
import { signIn } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/harness.ts';

// Three databases: two generated from seed 1, one from seed 2.
let first: Harness;
let again: Harness;
let other: Harness;
let result: ScaleResult;
const now = () => new Date('2026-12-01T09:00:00Z');

beforeAll(async () => {
  [first, again, other] = [await createHarness(), await createHarness(), await createHarness()];
  result = await seedScale({ ...first.ctx, now }, { scale: 'S', seed: 1 });
  await seedScale({ ...again.ctx, now }, { scale: 'S', seed: 1 });
  await seedScale({ ...other.ctx, now }, { scale: 'S', seed: 2 });
});
afterAll(async () => {
  for (const h of [first, again, other]) await h?.close();
});

/** A fingerprint of everything the roll-up reads, and the ledger's sums by kind. */
async function fingerprint(h: Harness) {
  const [row] = await queryRows<{ fingerprint: string }>(h.database.db, sql`
    select md5(string_agg(t.name || ':' || a.month || ':' || a.budget_cents || ':' || a.cost_cents || ':' || a.allocated_cents || ':' || a.revenue_cents, ',' order by t.name, a.month)) as fingerprint
    from ledger_team_month a join teams t on t.id = a.team_id`);
  const sums = await queryRows<{ kind: string; cents: string | number }>(h.database.db, sql`select kind, sum(amount_cents) as cents from ledger_entries group by kind order by kind`);
  return { fingerprint: row!.fingerprint, sums: Object.fromEntries(sums.map((s) => [s.kind, Number(s.cents)])) };
}

describe('tandem seed --scale S', () => {
  it('builds the documented organization: 100 teams, their leads, five services each, two fiscal years of ledger', () => {
    expect(result.fiscalYears).toEqual([2025, 2026]);
    const c = result.counts;
    expect(c).toMatchObject({ teams: 100, people: 200, memberships: 200, services: 500, budgets: 200 });
    // 95 fusion teams consume 3 core services each, over 24 months of actuals.
    expect(c.consumption).toBe(95 * 3 * 24);
    // About 500 ledger entries per team; one team-month row per team and month.
    expect(c.ledgerEntries / c.teams).toBeGreaterThan(450);
    expect(c.ledgerEntries / c.teams).toBeLessThan(650);
    expect(c.ledgerTeamMonth).toBe(100 * 24);
  });

  it('writes aggregates exactly equal to the ledger', async () => {
    const report = await checkLedgerInvariant(first.database.db);
    expect(report).toMatchObject({ ok: true, mismatches: [], incompleteBatches: [], entries: result.counts.ledgerEntries });
  });

  it('books budgets equal to the approved budget lines, and platform teams charge out exactly what their consumers are allocated', async () => {
    const [row] = await queryRows<{ lines: string | number; budget: string | number; allocated: string | number }>(first.database.db, sql`
      select (select sum(amount_cents) from budget_lines) as lines,
             (select sum(amount_cents) from ledger_entries where kind = 'budget') as budget,
             (select sum(amount_cents) from ledger_entries where kind = 'allocation') as allocated`);
    expect(Number(row!.budget)).toBe(Number(row!.lines));
    expect(Number(row!.allocated)).toBe(0);
    const [platform] = await queryRows<{ revenue: string | number | null; charged: string | number }>(first.database.db, sql`
      select sum(a.revenue_cents) as revenue, sum(a.allocated_cents) as charged from ledger_team_month a join teams t on t.id = a.team_id where t.kind = 'platform'`);
    expect(Number(platform!.revenue)).toBe(0);
    expect(Number(platform!.charged)).toBeLessThan(0);
  });

  it('is deterministic: the same seed gives the same figures, another seed different ones', async () => {
    const a = await fingerprint(first);
    expect(await fingerprint(again)).toEqual(a);
    const b = await fingerprint(other);
    expect(b.fingerprint).not.toBe(a.fingerprint);
    expect(b.sums['cost']).not.toBe(a.sums['cost']);
  });

  it('records one audit event with the parameters and counts, and the chain stays intact', async () => {
    const events = await queryRows<{ action: string; entity_type: string; after: { scale: string; seed: number; counts: { ledgerEntries: number } } }>(
      first.database.db,
      sql`select action, entity_type, after from audit_events where action = 'scale.seed'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity_type: 'organization', after: { scale: 'S', seed: 1, counts: { ledgerEntries: result.counts.ledgerEntries } } });
    const admin = await signIn(first, 'admin');
    expect((await admin.http.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('makes teams the API serves: valid ids, active, with both leads', async () => {
    const admin = await signIn(first, 'admin');
    const list = await admin.http.get('/api/v1/teams?limit=500');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; name: string }[];
    const team = items.find((t) => t.name === 'Team 00001')!;
    const one = await admin.http.get(`/api/v1/teams/${team.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ stage: 'active', kind: 'fusion', businessLead: { name: 'Business Lead 00001' }, itLead: { name: 'IT-Lead 00001' } });
  });

  it('refuses a database that already has teams, and writes nothing', async () => {
    const before = await fingerprint(first);
    await expect(seedScale(first.ctx, { scale: 'S', seed: 3 })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already has 100 teams/) });
    expect(await fingerprint(first)).toEqual(before);
  });
});

// ── Goals: metrics, measurements, objectives and key results of the previous and current quarter ──

/** A fingerprint of the generated goals: metrics with their last value, every point, every key result. */
async function goalsFingerprint(h: Harness) {
  const [row] = await queryRows<{ metrics: string; points: string; krs: string }>(h.database.db, sql`
    select
      (select md5(string_agg(key || ':' || unit || ':' || aggregation || ':' || coalesce(last_value::text, '-') || ':' || coalesce(last_measured_at::text, '-'), ',' order by key)) from metrics) as metrics,
      (select md5(string_agg(metric_id::text || ':' || measured_at::text || ':' || value::text, ',' order by metric_id, measured_at)) from measurements) as points,
      (select md5(string_agg(k.id::text || ':' || o.quarter || ':' || k.title || ':' || k.baseline || ':' || k.target || ':' || k.period_start, ',' order by k.id)) from key_results k join objectives o on o.id = k.objective_id) as krs`);
  return row!;
}

describe('tandem seed --scale S: goals', () => {
  let later: Harness;
  let added: Awaited<ReturnType<typeof seedScaleGoals>>;
  beforeAll(async () => {
    // The same organization generated without goals, and the goals added afterwards.
    later = await createHarness();
    await seedScale({ ...later.ctx, now }, { scale: 'S', seed: 1, goals: false });
    added = await seedScaleGoals({ ...later.ctx, now });
  });
  afterAll(() => later?.close());

  it('gives every team two or three metrics and about eighteen months of daily or weekly points', () => {
    const c = result.counts;
    expect(c.metrics).toBeGreaterThanOrEqual(200);
    expect(c.metrics).toBeLessThanOrEqual(300);
    // About 500 points per team: 5 million at XL.
    expect(c.measurements / c.teams).toBeGreaterThan(400);
    expect(c.measurements / c.teams).toBeLessThan(650);
    // Five organization objectives per quarter, one to three objectives per team and quarter, one to three key results each.
    expect(c.objectives).toBeGreaterThanOrEqual(10 + 2 * 100);
    expect(c.objectives).toBeLessThanOrEqual(10 + 2 * 300);
    expect(c.keyResults).toBeGreaterThanOrEqual(c.objectives - 10);
  });

  it('writes values each metric accepts, and last_measured_at / last_value equal to its latest point', async () => {
    const points = await queryRows<{ unit: MetricUnit; min_value: number | null; max_value: number | null; value: number; measured_at: Date | string }>(first.database.db, sql`
      select m.unit, m.min_value, m.max_value, v.value, v.measured_at from measurements v join metrics m on m.id = v.metric_id`);
    expect(points).toHaveLength(result.counts.measurements);
    const problems = points.filter((p) => valueProblem({ unit: p.unit, minValue: p.min_value, maxValue: p.max_value }, p.value) !== null || new Date(p.measured_at) > now());
    expect(problems).toEqual([]);
    const [mismatch] = await queryRows<{ n: number | string }>(first.database.db, sql`
      select count(*) as n from metrics m
      left join lateral (select measured_at, value from measurements v where v.metric_id = m.id order by measured_at desc limit 1) l on true
      where m.last_measured_at is distinct from l.measured_at or m.last_value is distinct from l.value`);
    expect(Number(mismatch!.n)).toBe(0);
    const [batch] = await queryRows<{ points: number; batches: number | string }>(first.database.db, sql`select max(points) as points, count(*) as batches from measurement_batches`);
    expect({ points: batch!.points, batches: Number(batch!.batches) }).toEqual({ points: result.counts.measurements, batches: 1 });
  });

  it('binds key results to metrics of the objective’s own team, with targets on the right side of the baseline', async () => {
    const krs = await queryRows<{ baseline: number; target: number; direction: MetricDirection; team_id: string | null; owner_team_id: string; quarter: string; period_start: string; period_end: string }>(first.database.db, sql`
      select k.baseline, k.target, m.direction, o.team_id, m.owner_team_id, o.quarter, to_char(k.period_start, 'YYYY-MM-DD') as period_start, to_char(k.period_end, 'YYYY-MM-DD') as period_end
      from key_results k join metrics m on m.id = k.metric_id join objectives o on o.id = k.objective_id`);
    expect(krs).toHaveLength(result.counts.keyResults);
    expect(krs.filter((k) => targetProblem(k.baseline, k.target, k.direction) !== null)).toEqual([]);
    expect(krs.filter((k) => k.team_id !== null && k.team_id !== k.owner_team_id)).toEqual([]);
    expect(new Set(krs.map((k) => k.quarter))).toEqual(new Set(['2026-Q3', '2026-Q4']));
    const q4 = quarterBounds('2026-Q4');
    expect(krs.filter((k) => k.quarter === '2026-Q4' && (k.period_start < q4.start || k.period_end !== q4.end))).toEqual([]);
  });

  it('makes a realistic mix: most key results on track, some at risk or off track, a few not started or without data, some metrics stale', async () => {
    // Read on the day it was generated.
    const p = await getGoalsPortfolio({ ...first.ctx, now }, GoalsPortfolioQuery.parse({ limit: 5 }));
    expect(p.quarter).toBe('2026-Q4');
    const t = p.totals;
    expect(t.teams).toBe(100);
    expect(t.onTrack).toBeGreaterThan(t.keyResults * 0.35);
    expect(t.atRisk).toBeGreaterThan(t.keyResults * 0.08);
    expect(t.offTrack).toBeGreaterThan(t.keyResults * 0.1);
    expect(t.onTrack).toBeGreaterThan(t.offTrack);
    expect(t.notStarted).toBeGreaterThan(0);
    expect(t.noData).toBeGreaterThan(0);
    expect(p.orgObjectives).toHaveLength(5);
    expect(p.orgObjectives.every((o) => o.contributingTeams > 0)).toBe(true);
    expect(p.customerValue.length).toBeGreaterThan(0);
    expect(p.staleTotal).toBeGreaterThan(result.counts.metrics * 0.03);
    expect(p.staleTotal).toBeLessThan(result.counts.metrics * 0.15);
  });

  it('is deterministic: the same seed gives the same goals, another seed different ones', async () => {
    const a = await goalsFingerprint(first);
    expect(await goalsFingerprint(again)).toEqual(a);
    const b = await goalsFingerprint(other);
    expect(b.points).not.toBe(a.points);
    expect(b.krs).not.toBe(a.krs);
  });

  it('adds the same goals to an organization generated without them, with one more scale.seed event carrying the counts', async () => {
    expect(added).toMatchObject({ scale: 'S', seed: 1, counts: { metrics: result.counts.metrics, measurements: result.counts.measurements, objectives: result.counts.objectives, keyResults: result.counts.keyResults } });
    expect(await goalsFingerprint(later)).toEqual(await goalsFingerprint(first));
    const events = await queryRows<{ after: { scale: string; fiscalYears: number[]; counts: { ledgerEntries: number; measurements: number } } }>(later.database.db, sql`select after from audit_events where action = 'scale.seed' order by seq`);
    expect(events).toHaveLength(2);
    expect(events[1]!.after).toMatchObject({ scale: 'S', fiscalYears: [2025, 2026], counts: { ledgerEntries: result.counts.ledgerEntries, measurements: result.counts.measurements } });
    const admin = await signIn(later, 'admin');
    expect((await admin.http.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('adds goals only once', async () => {
    await expect(seedScaleGoals({ ...later.ctx, now })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already has \d+ metrics/) });
  });
});
