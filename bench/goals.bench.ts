/**
 * Goals at scale: attainment for every key result of a quarter at XL (10,000 teams, about 5
 * million measurements) through GET /api/v1/goals/portfolio against the same SQL through the same
 * driver, SQL statements per request at S and XL, and ingestion of measurements through
 * POST /api/v1/measurements/batches against COPY — on PostgreSQL and on PGlite, in the same run.
 * Every figure is printed beside the baseline it is judged against, measured in the same run.
 *
 * Run: npm run bench:goals
 *   TANDEM_BENCH_DATABASE_URL  a PostgreSQL maintenance URL whose role may CREATE DATABASE
 *                              (default postgres://tandem:tandem@127.0.0.1:5432/postgres)
 *   TANDEM_BENCH_PGLITE_DIR    PGlite data folder of the XL organization (default data/bench-xl)
 *   BENCH_DATABASES            postgres,pglite (default both)
 *   BENCH_ROUNDS, BENCH_INGEST_ROWS  sizes (defaults below)
 *
 * The XL organization is the one bench/finance.bench.ts uses (database `tandem_bench_xl` on the
 * server, TANDEM_BENCH_PGLITE_DIR for PGlite): reused when it is there, generated when it is not.
 * An organization generated before the generator made goals gets them added (seedScaleGoals),
 * once; the output says which. The attainment reads only read it; ingestion goes to a scratch S
 * organization that is dropped at the end.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { GoalsPortfolioQuery } from '../src/contracts/index.ts';
import { goalsPortfolioParams } from '../src/core/goals/get-goals-portfolio.ts';
import { goalsPortfolioQuery, readGoalsPortfolio } from '../src/core/goals/portfolio-goals-query.ts';
import { seedScaleGoals } from '../src/core/system/seed-scale.ts';
import { queryRows, type Database } from '../src/db/client.ts';
import {
  copyCsv, ctxOf, databaseHeading, getter, ingestClient, KINDS, load, log, logVersion, machineLine, ms, openScratch, openXl,
  postOneAtATime, postTwoInFlight, signedInApp, statementsOf, summarize, x,
} from './support/bench-kit.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 100);
const INGEST_ROWS = Number(process.env['BENCH_INGEST_ROWS'] ?? 1_000_000);
const BATCH = 10_000;
const WARMUP = 5;

const n = (v: number) => v.toLocaleString('en');

/** The note for a reused XL organization; goals added first to one generated before the generator made them, with the time it took. */
async function ensureGoals(database: Database, where: string): Promise<string> {
  const [row] = await queryRows<{ metrics: number }>(database.db, sql`select count(*)::int as metrics from metrics`);
  if (row!.metrics > 0) return `reused the XL organization and its goals in ${where}`;
  log(`  adding goals to the XL organization in ${where} …`);
  const added = await seedScaleGoals(ctxOf(database), { onProgress: (m) => log(`    ${m}`) });
  return `reused the XL organization in ${where}; added its goals (${n(added.counts.metrics)} metrics, ${n(added.counts.measurements)} measurements, ${n(added.counts.keyResults)} key results) in ${(added.elapsedMs / 1000).toFixed(1)} s`;
}

/** The quarter the generated key results are in: the current one when the organization was generated this quarter. */
async function latestQuarter(database: Database): Promise<string> {
  const [row] = await queryRows<{ quarter: string }>(database.db, sql`select max(quarter) as quarter from objectives`);
  return row!.quarter;
}

const portfolioUrl = (quarter: string) => `/api/v1/goals/portfolio?quarter=${quarter}&limit=50`;

async function attainmentFigures(database: Database, rounds: number) {
  const quarter = await latestQuarter(database);
  const { app, cookie } = await signedInApp(database, 'portfolio_office');
  const url = portfolioUrl(quarter);
  const get = getter(app, url, cookie);
  const sample = (await get()).json() as { elapsedShare: number; totals: Record<string, number | null>; staleTotal: number; offTrackTotal: number };

  // The use case's three statements through the same driver, in the same read-only transaction with
  // the same settings: what the request adds is authentication, validation, presentation and
  // serialization. The roll-up alone is timed too (in its own transaction, with the same settings).
  const params = () => goalsPortfolioParams(ctxOf(database), GoalsPortfolioQuery.parse({ quarter, limit: 50 }));
  const runSql = () => readGoalsPortfolio(database.db, params());
  const mainOnly = () =>
    database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`);
      await queryRows(tx, goalsPortfolioQuery(params()));
    });

  // Interleaved, so that load from elsewhere on the machine falls on all of them alike.
  const appTimes: number[] = [];
  const sqlTimes: number[] = [];
  const mainTimes: number[] = [];
  for (let i = 0; i < rounds + WARMUP; i++) {
    let t = performance.now();
    await get();
    const a = performance.now() - t;
    t = performance.now();
    await runSql();
    const s = performance.now() - t;
    t = performance.now();
    await mainOnly();
    const m = performance.now() - t;
    if (i >= WARMUP) {
      appTimes.push(a);
      sqlTimes.push(s);
      mainTimes.push(m);
    }
  }
  const count = await statementsOf(database, get);
  await app.close();
  return { quarter, http: summarize(appTimes), sql: summarize(sqlTimes), main: summarize(mainTimes), statements: count, sample };
}

interface IngestRow {
  metricId: string;
  measuredAt: string;
  value: number;
}

/**
 * Deterministic points for the scratch organization's metrics, valid for each (whole numbers within
 * the metric's bounds): point i goes to metric i mod M, one minute after the previous one of that
 * metric, ending before now; `second` keeps the sets of several rounds apart (no point replaces another).
 */
function ingestRows(metrics: readonly { id: string; min_value: number | null; max_value: number | null }[], second: number): IngestRow[] {
  const perMetric = Math.ceil(INGEST_ROWS / metrics.length);
  const start = Math.floor(Date.now() / 60_000) * 60_000 - (perMetric + 10) * 60_000;
  const rows: IngestRow[] = [];
  for (let i = 0; i < INGEST_ROWS; i++) {
    const m = metrics[i % metrics.length]!;
    const low = m.min_value ?? 0;
    const span = Math.max(1, Math.floor((m.max_value ?? low + 100) - low));
    rows.push({ metricId: m.id, measuredAt: new Date(start + Math.floor(i / metrics.length) * 60_000 + second * 1000).toISOString(), value: low + ((i * 7_919) % (span + 1)) });
  }
  return rows;
}

async function ingestFigures(database: Database) {
  const { app, post } = await ingestClient(database, '/api/v1/measurements/batches');
  const metrics = await queryRows<{ id: string; min_value: number | null; max_value: number | null }>(database.db, sql`select id, min_value, max_value from metrics order by key`);
  const bodiesOf = (round: string, rows: IngestRow[]) => {
    const bodies: string[] = [];
    for (let b = 0; b < rows.length; b += BATCH) bodies.push(JSON.stringify({ idempotencyKey: `bench-measurements-${process.pid}-${round}-${b / BATCH}`, items: rows.slice(b, b + BATCH) }));
    return bodies;
  };
  const [before] = await queryRows<{ points: number }>(database.db, sql`select count(*)::int as points from measurements`);

  // One batch after the other, as a single client sends them; then another million with two
  // batches in flight, as a sender that does not wait for one answer before the next upload.
  const apiMs = await postOneAtATime(bodiesOf('seq', ingestRows(metrics, 7)), post);
  const apiTwoMs = await postTwoInFlight(bodiesOf('two', ingestRows(metrics, 8)), post);
  const [after] = await queryRows<{ points: number; stale_last: number }>(database.db, sql`
    select (select count(*)::int from measurements) as points,
      (select count(*)::int from metrics m where m.last_measured_at is distinct from (select max(measured_at) from measurements v where v.metric_id = m.id)) as stale_last`);

  // COPY of the same rows (one second later, so that none replaces a point) into the table alone:
  // no checks, no latest values, no revisions, no batch of its own, no audit.
  const copyRows = ingestRows(metrics, 9);
  const [batch] = await queryRows<{ id: string }>(database.db, sql`
    insert into measurement_batches (idempotency_key, payload_hash, points, source, created_by) values (${`bench-copy-${process.pid}`}, 'bench', ${copyRows.length}, 'import', 'bench copy') returning id`);
  const csvLine = (r: IngestRow) => `${r.metricId},${r.measuredAt},${r.value},${batch!.id}\n`;
  const copy = 'copy measurements (metric_id, measured_at, value, batch_id)';
  const copyMs = await copyCsv(database, copy, copyRows, csvLine);
  await app.close();
  return { apiMs, apiTwoMs, copyMs, added: after!.points - before!.points, lastValuesOk: after!.stale_last === 0 };
}

log(machineLine());
log(`Sizes: ${ROUNDS} attainment rounds (+${WARMUP} warm-up), ${n(INGEST_ROWS)} ingested measurements per round`);

const results: Record<string, Awaited<ReturnType<typeof attainmentFigures>>> = {};
for (const kind of KINDS) {
  log(databaseHeading(kind));
  const xl = await openXl(kind, ensureGoals);
  await logVersion(xl.database);
  const [size] = (await queryRows<{ teams: number; metrics: number; measurements: number; key_results: number }>(xl.database.db, sql`
    select (select count(*)::int from teams) as teams, (select count(*)::int from metrics) as metrics,
      (select count(*)::int from measurements) as measurements, (select count(*)::int from key_results) as key_results`)) as [{ teams: number; metrics: number; measurements: number; key_results: number }];
  log(`  ${xl.note}: ${n(size.teams)} teams, ${n(size.metrics)} metrics, ${n(size.measurements)} measurements, ${n(size.key_results)} key results`);
  const r = await attainmentFigures(xl.database, ROUNDS);
  await xl.database.close();
  const t = r.sample.totals;
  log(`  attainment, GET ${portfolioUrl(r.quarter)} (elapsed ${(r.sample.elapsedShare * 100).toFixed(0)} %; ${n(t['keyResults'] ?? 0)} key results of ${n(t['teams'] ?? 0)} teams: ${n(t['onTrack'] ?? 0)} on track, ${n(t['atRisk'] ?? 0)} at risk, ${n(t['offTrack'] ?? 0)} off track, ${n(t['notStarted'] ?? 0)} not started, ${n(t['noData'] ?? 0)} without data; ${n(r.sample.offTrackTotal)} teams off track, ${n(r.sample.staleTotal)} stale metrics), ${r.http.n} rounds:`);
  log(`    through the app             p50 ${ms(r.http.p50)}   p95 ${ms(r.http.p95)}`);
  log(`    the same SQL, direct        p50 ${ms(r.sql.p50)}   p95 ${ms(r.sql.p95)}   app / SQL: p50 ${x(r.http.p50 / r.sql.p50)}, p95 ${x(r.http.p95 / r.sql.p95)}   (target ≤ 1.15×)`);
  log(`    of which the roll-up        p50 ${ms(r.main.p50)}   p95 ${ms(r.main.p95)}`);
  log(`  load average now ${load()}`);

  log('  scratch S organization for the writes:');
  const scratch = await openScratch(kind, 'tandem_bench_goals_scratch');
  try {
    const s = await attainmentFigures(scratch.database, 3);
    log(`  SQL statements per attainment request: ${s.statements} at S, ${r.statements} at XL   (must be equal: ${s.statements === r.statements ? 'yes' : 'NO'})`);
    const ingest = await ingestFigures(scratch.database);
    const rate = (msTaken: number) => `${n(Math.round(INGEST_ROWS / (msTaken / 1000)))} points/s`;
    log(`  ingestion of ${n(INGEST_ROWS)} measurements: POST /api/v1/measurements/batches × ${Math.ceil(INGEST_ROWS / BATCH)} one at a time ${(ingest.apiMs / 1000).toFixed(1)} s (${rate(ingest.apiMs)})`);
    log(`    another ${n(INGEST_ROWS)}, two batches in flight ${(ingest.apiTwoMs / 1000).toFixed(1)} s (${rate(ingest.apiTwoMs)}); ${n(ingest.added)} points added, latest values ${ingest.lastValuesOk ? 'consistent' : 'INCONSISTENT'}`);
    log(`    COPY of the same rows ${(ingest.copyMs / 1000).toFixed(1)} s (${rate(ingest.copyMs)})   API throughput / COPY: ${x(ingest.copyMs / ingest.apiMs)} one at a time, ${x(ingest.copyMs / ingest.apiTwoMs)} two in flight   (target ≥ 0.5×)`);
    log(`  load average now ${load()}`);
    results[kind] = r;
  } finally {
    await scratch.close();
  }
}

const pgR = results['postgres'];
const liteR = results['pglite'];
if (pgR && liteR) log(`\n== PGlite over PostgreSQL, the same attainment request through the app: p50 ${x(liteR.http.p50 / pgR.http.p50)}, p95 ${x(liteR.http.p95 / pgR.http.p95)}`);
