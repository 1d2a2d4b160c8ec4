import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { fiscalYearOf, monthsOf } from '../finance/fiscal-calendar.ts';
import { getFinanceSettings } from '../finance/ledger-store.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { PLATFORM_EVERY, scaleSql, type ScaleMonth } from './seed-scale-sql.ts';
import { addQuarters, quarterBounds, quarterOf } from '../../contracts/index.ts';
import { MEASUREMENT_CHUNK_TEAMS, scaleGoalsSql, type GoalQuarter } from './seed-scale-goals-sql.ts';

export const SCALES = { S: 100, L: 1_000, XL: 10_000 } as const;
export type Scale = keyof typeof SCALES;

export interface ScaleCounts {
  teams: number;
  people: number;
  memberships: number;
  services: number;
  consumption: number;
  budgets: number;
  budgetLines: number;
  ledgerEntries: number;
  ledgerMonthly: number;
  ledgerTeamMonth: number;
  metrics: number;
  measurements: number;
  objectives: number;
  keyResults: number;
}

export interface ScaleResult {
  scale: Scale;
  seed: number;
  fiscalYears: number[];
  counts: ScaleCounts;
  elapsedMs: number;
}

/** Teams per statement of the ledger: bounds each statement's memory (PGlite runs in WebAssembly). */
const CHUNK_TEAMS = 500;

/**
 * Builds a synthetic organization of S (100), L (1,000) or XL (10,000) teams into an empty
 * database: leads and memberships, five services per team (priced core services on every
 * twentieth, a platform team), consumption, approved budgets for the previous and the current
 * fiscal year, and their ledger — budget spread over the months, cost by category, revenue by
 * stream on fusion teams, showback of consumption — with both aggregates computed from it.
 * Deterministic from `seed`: the same seed gives the same organization, ids included.
 *
 * Everything runs in ONE transaction, the audit event included: the generator refuses a
 * database that already has teams, so a failure half-way must leave the database empty again
 * (a partial organization could never be completed or re-generated). At XL that is one
 * transaction of about five million ledger rows; PostgreSQL and PGlite both take that in their
 * stride, and nobody else works in a database that is being generated.
 */
export async function seedScale(
  ctx: Ctx,
  input: { scale: Scale; seed: number; onProgress?: (message: string) => void; /** false: the organization as it was generated before goals (metrics, measurements, OKRs) existed; seedScaleGoals adds them */ goals?: boolean },
): Promise<ScaleResult> {
  authorize(ctx.actor, 'team.create');
  authorize(ctx.actor, 'finance.manage');
  if (!Number.isSafeInteger(input.seed)) throw new DomainError('validation_failed', 'The seed must be a whole number', [{ field: 'seed', message: 'must be a whole number' }]);
  const teams = SCALES[input.scale];
  const progress = input.onProgress ?? (() => {});
  const started = performance.now();
  const q = scaleSql(input.seed);

  const result = await inTransaction(ctx, async (tx) => {
    const [existing] = await queryRows<{ teams: number | string }>(tx, sql`select count(*) as teams from teams`);
    if (Number(existing?.teams ?? 0) > 0) {
      throw new DomainError('conflict', `The database already has ${existing!.teams} teams; the scale generator only fills an empty one (use a new data folder or database)`);
    }
    const settings = await getFinanceSettings(tx);
    const currentMonth = today(ctx).slice(0, 7);
    const currentYear = fiscalYearOf(currentMonth, settings.fiscalYearStartMonth);
    const fiscalYears = [currentYear - 1, currentYear];
    const months: ScaleMonth[] = fiscalYears.flatMap((fiscalYear) => monthsOf(fiscalYear, settings.fiscalYearStartMonth)).map((month, index) => ({
      month,
      fiscalYear: fiscalYears[Math.floor(index / 12)]!,
      index,
      actual: month <= currentMonth,
    }));
    const now = ctx.now();
    const firstDay = `${months[0]!.month}-01`;
    const run = async (label: string, statements: ReturnType<typeof sql>[]) => {
      const t = performance.now();
      for (const s of statements) await tx.execute(s);
      progress(`${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };

    // Sorting and grouping millions of rows: more memory than the default 4 MB, for this transaction only.
    await tx.execute(sql`set local work_mem = '64MB'`);
    await run('working tables', q.workingTables(teams, months));
    await run('people, teams and memberships', q.people(firstDay));
    await run('services', [q.services()]);
    await run('consumption', [q.consumption(Math.floor(teams / PLATFORM_EVERY))]);
    await run('budgets', q.budgets(new Date(`${firstDay}T08:00:00Z`), new Date(`${firstDay}T10:00:00Z`)));
    for (let from = 1; from <= teams; from += CHUNK_TEAMS) {
      const to = Math.min(teams, from + CHUNK_TEAMS - 1);
      await run(`ledger of teams ${from}–${to}`, q.ledgerChunk(from, to, now));
    }
    await run('allocations charged out by the platform teams', [q.providerAllocations(now)]);
    for (let from = 1; from <= teams; from += CHUNK_TEAMS * 4) {
      const to = Math.min(teams, from + CHUNK_TEAMS * 4 - 1);
      await run(`aggregates of teams ${from}–${to}`, q.aggregatesChunk(from, to));
    }
    if (input.goals !== false) await generateGoals(ctx, input.seed, teams, run);
    // Fresh statistics, so the first reports on the new organization get good plans.
    await run('statistics', [sql`analyze teams, people, memberships, services, consumption, budgets, budget_lines, ledger_entries, ledger_monthly, ledger_team_month, metrics, measurements, objectives, key_results`]);

    const counts: ScaleCounts = { ...(await readCounts(tx, q.counts())), ...(await readGoalCounts(tx, input.seed, ctx)) };
    await recordAuditEvent(tx, ctx, {
      action: 'scale.seed',
      entityType: 'organization',
      entityId: 'organization',
      after: { scale: input.scale, seed: input.seed, fiscalYears, counts },
    });
    return { fiscalYears, counts };
  });
  if (input.goals !== false) await markMeasurementsVisible(ctx, progress);
  return { scale: input.scale, seed: input.seed, ...result, elapsedMs: Math.round(performance.now() - started) };
}

async function readCounts(tx: Tx, query: ReturnType<typeof sql>): Promise<Omit<ScaleCounts, 'metrics' | 'measurements' | 'objectives' | 'keyResults'>> {
  const [row] = await queryRows<Record<string, number | string>>(tx, query);
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    teams: n('teams'),
    people: n('people'),
    memberships: n('memberships'),
    services: n('services'),
    consumption: n('consumption'),
    budgets: n('budgets'),
    budgetLines: n('budget_lines'),
    ledgerEntries: n('ledger_entries'),
    ledgerMonthly: n('ledger_monthly'),
    ledgerTeamMonth: n('ledger_team_month'),
  };
}

/**
 * After the commit (VACUUM cannot run in a transaction): a key result's figure is read from the
 * measurements' primary key index alone only on pages VACUUM has marked all-visible. PostgreSQL's
 * autovacuum would get there some minutes later, PGlite has none; until then every point read
 * also visits the table.
 */
async function markMeasurementsVisible(ctx: Ctx, progress: (message: string) => void) {
  const t = performance.now();
  await ctx.db.execute(sql`vacuum (analyze) measurements`);
  progress(`visibility map of the measurements (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

/** The previous and the current quarter, seen from the organization's today. */
function goalQuarters(ctx: Ctx): [GoalQuarter, GoalQuarter] {
  const current = quarterOf(today(ctx));
  return [addQuarters(current, -1), current].map((quarter) => ({ quarter, ...quarterBounds(quarter) })) as [GoalQuarter, GoalQuarter];
}

/**
 * The goals of a scale organization whose teams are in `scale_team`: metrics, their measurements
 * (in chunks of teams, each one `insert … select` from generate_series, all in one batch), and the
 * objectives and key results of the previous and the current quarter.
 */
async function generateGoals(ctx: Ctx, seed: number, teams: number, run: (label: string, statements: ReturnType<typeof sql>[]) => Promise<void>) {
  const g = scaleGoalsSql(seed, { today: today(ctx), now: ctx.now(), timeZone: ctx.timeZone, quarters: goalQuarters(ctx) });
  const createdAt = ctx.now();
  await run('goals: working tables', g.workingTables());
  await run('metrics', [g.metrics(createdAt), g.batch(createdAt)]);
  for (let from = 1; from <= teams; from += MEASUREMENT_CHUNK_TEAMS) {
    const to = Math.min(teams, from + MEASUREMENT_CHUNK_TEAMS - 1);
    await run(`measurements of teams ${from}–${to}`, [g.measurementsChunk(from, to)]);
  }
  await run('objectives and key results', [g.objectives(createdAt), g.keyResults(createdAt)]);
}

async function readGoalCounts(tx: Tx, seed: number, ctx: Ctx) {
  const g = scaleGoalsSql(seed, { today: today(ctx), now: ctx.now(), timeZone: ctx.timeZone, quarters: goalQuarters(ctx) });
  const [row] = await queryRows<Record<string, number | string>>(tx, g.counts());
  return { metrics: Number(row?.['metrics'] ?? 0), measurements: Number(row?.['measurements'] ?? 0), objectives: Number(row?.['objectives'] ?? 0), keyResults: Number(row?.['key_results'] ?? 0) };
}

/**
 * Adds the goals to a scale organization generated before the generator made them (its metrics
 * table is empty): the same statements, from the teams the generator made and the seed of its
 * `scale.seed` event, in one transaction with one more `scale.seed` event that repeats the
 * organization's parameters and carries the new counts.
 */
export async function seedScaleGoals(ctx: Ctx, input: { onProgress?: (message: string) => void } = {}): Promise<{ scale: Scale; seed: number; counts: Pick<ScaleCounts, 'metrics' | 'measurements' | 'objectives' | 'keyResults'>; elapsedMs: number }> {
  authorize(ctx.actor, 'team.create');
  authorize(ctx.actor, 'finance.manage');
  const progress = input.onProgress ?? (() => {});
  const started = performance.now();
  const result = await inTransaction(ctx, async (tx) => {
    const [event] = await queryRows<{ after: { scale: Scale; seed: number; fiscalYears: number[]; counts: ScaleCounts } }>(tx, sql`select after from audit_events where action = 'scale.seed' order by seq desc limit 1`);
    if (!event) throw new DomainError('conflict', 'The database holds no generated scale organization (tandem seed --scale)');
    const [goals] = await queryRows<{ metrics: number | string }>(tx, sql`select count(*) as metrics from metrics`);
    if (Number(goals?.metrics ?? 0) > 0) throw new DomainError('conflict', `The database already has ${goals!.metrics} metrics; goals are only added to a scale organization without any`);
    const { scale, seed, fiscalYears } = event.after;
    const run = async (label: string, statements: ReturnType<typeof sql>[]) => {
      const t = performance.now();
      for (const s of statements) await tx.execute(s);
      progress(`${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };
    await tx.execute(sql`set local work_mem = '64MB'`);
    // The generator numbers its teams in their names (Team 00001, Plattform 00020).
    await run('teams', [
      sql`create temp table scale_team on commit drop as
        select substring(name from '[0-9]+$')::int as n, id, kind = 'platform' as platform from teams where name ~ '^(Team|Plattform) [0-9]{5}$'`,
      sql`alter table scale_team add primary key (n)`,
    ]);
    const [{ teams }] = (await queryRows<{ teams: number }>(tx, sql`select count(*)::int as teams from scale_team`)) as [{ teams: number }];
    await generateGoals(ctx, seed, teams, run);
    await run('statistics', [sql`analyze metrics, measurements, objectives, key_results`]);
    const counts = await readGoalCounts(tx, seed, ctx);
    await recordAuditEvent(tx, ctx, {
      action: 'scale.seed',
      entityType: 'organization',
      entityId: 'organization',
      after: { scale, seed, fiscalYears, counts: { ...event.after.counts, ...counts }, goalsAdded: true },
    });
    return { scale, seed, counts };
  });
  await markMeasurementsVisible(ctx, progress);
  return { ...result, elapsedMs: Math.round(performance.now() - started) };
}
