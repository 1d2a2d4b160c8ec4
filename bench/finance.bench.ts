/**
 * Money at scale: the portfolio P&L roll-up at XL (10,000 teams, about 5.7 million ledger entries),
 * SQL statements per roll-up, ledger ingestion through the API against COPY, and the cost of the
 * audit trail on a single booking — on PostgreSQL and on PGlite, in the same run. Every figure is
 * printed beside the baseline it is judged against, measured in the same run.
 *
 * Run: npm run bench:finance
 *   TANDEM_BENCH_DATABASE_URL  a PostgreSQL maintenance URL whose role may CREATE DATABASE
 *                              (default postgres://tandem:tandem@127.0.0.1:5432/postgres)
 *   TANDEM_BENCH_PGLITE_DIR    PGlite data folder of the XL organization (default data/bench-xl)
 *   BENCH_DATABASES            postgres,pglite (default both)
 *   BENCH_ROUNDS, BENCH_NAIVE_ROUNDS, BENCH_INGEST_ROWS, BENCH_WRITES  sizes (defaults below)
 *
 * The XL organization takes minutes to generate (`tandem seed --scale XL`); it is generated once
 * into the database `tandem_bench_xl` on the server and into TANDEM_BENCH_PGLITE_DIR, and reused
 * by later runs (the output says which). The roll-ups only read it; everything that writes
 * (ingestion, bookings) goes to a scratch S organization that is dropped at the end.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { bookLedgerEntry } from '../src/core/index.ts';
import { resolvePeriod } from '../src/core/finance/fiscal-calendar.ts';
import { appendLedgerEntries, checkLedgerInvariant, getFinanceSettings, type LedgerRow } from '../src/core/finance/ledger-store.ts';
import { portfolioRollupQuery, rollupParams } from '../src/core/finance/portfolio-queries.ts';
import { inTransaction } from '../src/core/shared/transaction.ts';
import { bookingContext } from '../src/core/finance/ledger-queries.ts';
import { queryRows, type Database, type Tx } from '../src/db/client.ts';
import { countStatements } from './support/count-statements.ts';
import {
  copyCsv, ctxOf, databaseHeading, getter, ingestClient, KINDS, load, log, logVersion, machineLine, ms, openScratch, openXl,
  postOneAtATime, postTwoInFlight, signedInApp, statementsOf, summarize, TIME_ZONE, x, type Timing,
} from './support/bench-kit.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 100);
const NAIVE_ROUNDS = Number(process.env['BENCH_NAIVE_ROUNDS'] ?? 7);
const INGEST_ROWS = Number(process.env['BENCH_INGEST_ROWS'] ?? 1_000_000);
const BATCH = 10_000;
const WRITES = Number(process.env['BENCH_WRITES'] ?? 300);
const WARMUP = 5;

async function time(rounds: number, run: () => Promise<unknown>, warmup = WARMUP): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < rounds + warmup; i++) {
    const start = performance.now();
    await run();
    const elapsed = performance.now() - start;
    if (i >= warmup) times.push(elapsed);
  }
  return summarize(times);
}

const portfolioUrl = (fiscalYear: number) => `/api/v1/finance/portfolio?fiscalYear=${fiscalYear}&limit=50`;

async function rollupFigures(database: Database, fiscalYear: number) {
  const { app, cookie } = await signedInApp(database, 'portfolio_office');
  const url = portfolioUrl(fiscalYear);
  const get = getter(app, url, cookie);
  const sample = (await get()).json() as { totals: { teams: number; overrunTeams: number; budgetCents: number }; totalRows: number };

  // The same statement through the same driver: what the use case adds is the rest.
  const settings = await getFinanceSettings(database.db);
  const currentMonth = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' }).format(new Date());
  const period = resolvePeriod(settings, { fiscalYear }, currentMonth);
  const rollupSql = portfolioRollupQuery(rollupParams(period, settings.fiscalYearStartMonth, currentMonth, { sort: 'name', order: 'asc', limit: 50, offset: 0, mandateKind: undefined }));
  const naiveSql = sql`
    select team_id,
      sum(amount_cents) filter (where kind = 'budget') as budget_cents,
      sum(amount_cents) filter (where kind in ('cost', 'allocation')) as actual_cents,
      sum(amount_cents) filter (where kind = 'revenue') as revenue_cents
    from ledger_entries where month between ${period.from} and ${period.to} group by team_id`;

  // Interleaved, so that load from elsewhere on the machine falls on all three alike.
  const appTimes: number[] = [];
  const sqlTimes: number[] = [];
  for (let i = 0; i < ROUNDS + WARMUP; i++) {
    let t = performance.now();
    await get();
    const a = performance.now() - t;
    t = performance.now();
    await queryRows(database.db, rollupSql);
    const s = performance.now() - t;
    if (i >= WARMUP) {
      appTimes.push(a);
      sqlTimes.push(s);
    }
  }
  const naive = await time(NAIVE_ROUNDS, () => queryRows(database.db, naiveSql), 1);

  const statements = await statementsOf(database, get);
  await app.close();
  return { http: summarize(appTimes), sql: summarize(sqlTimes), naive, statements, sample };
}

/** The same deterministic rows for the API and for COPY: cost entries spread over the scratch organization's teams and months. */
function ingestRows(teamIds: readonly string[], fiscalYear: number) {
  const categories = ['people', 'cloud', 'licences', 'marketing', 'external', 'other'] as const;
  const rows: { teamId: string; month: string; category: (typeof categories)[number]; expenseType: 'opex' | 'capex'; amountCents: number; reference: string }[] = [];
  for (let i = 0; i < INGEST_ROWS; i++) {
    rows.push({
      teamId: teamIds[i % teamIds.length]!,
      month: `${fiscalYear}-${String((Math.floor(i / teamIds.length) % 12) + 1).padStart(2, '0')}`,
      category: categories[i % categories.length]!,
      expenseType: i % 7 === 0 ? 'capex' : 'opex',
      amountCents: 10_000 + ((i * 7_919) % 5_000_000),
      reference: `BENCH-${i}`,
    });
  }
  return rows;
}

async function ingestFigures(database: Database, fiscalYear: number) {
  const { app, post } = await ingestClient(database, '/api/v1/ledger/batches');
  const teamIds = (await queryRows<{ id: string }>(database.db, sql`select id from teams order by name`)).map((r) => r.id);
  const rows = ingestRows(teamIds, fiscalYear);
  const bodiesOf = (round: string) => {
    const bodies: string[] = [];
    for (let b = 0; b < rows.length; b += BATCH) {
      bodies.push(JSON.stringify({ idempotencyKey: `bench-ingest-${process.pid}-${round}-${b / BATCH}`, items: rows.slice(b, b + BATCH).map((r) => ({ kind: 'cost', ...r })) }));
    }
    return bodies;
  };
  // One batch after the other, as a single client sends them; then with two batches in flight, as
  // a sender that does not wait for one answer before the next upload — the server then checks one
  // batch while the database writes the other.
  const apiMs = await postOneAtATime(bodiesOf('seq'), post);
  const apiTwoMs = await postTwoInFlight(bodiesOf('two'), post);
  const invariant = await checkLedgerInvariant(database.db);

  // COPY of the same rows into the raw ledger alone: no checks, no sums, no batch, no audit.
  const createdAt = new Date().toISOString();
  const csvLine = (r: (typeof rows)[number]) => `${r.teamId},${r.month},cost,${r.category},${r.expenseType},${r.amountCents},${r.reference},bench copy,${createdAt}\n`;
  const copy = 'copy ledger_entries (team_id, month, kind, category, expense_type, amount_cents, reference, created_by, created_at)';
  const copyMs = await copyCsv(database, copy, rows, csvLine);
  await app.close();
  return { apiMs, apiTwoMs, copyMs, invariantOk: invariant.ok };
}

async function auditFigures(database: Database, fiscalYear: number) {
  const [team] = await queryRows<{ id: string }>(database.db, sql`select id from teams where kind = 'fusion' order by name limit 1`);
  const ctx = ctxOf(database);
  const month = `${fiscalYear}-06`;
  const row: LedgerRow = { teamId: team!.id, month, kind: 'cost', category: 'other', expenseType: 'opex', stream: null, serviceId: null, amountCents: 4_200, reference: 'bench', reversesId: null };
  // The same write without its audit event: what bookLedgerEntry does — read the team and the
  // share-locked calendar, then append the entry with both sums — minus the audit CTE.
  const bookWithoutAudit = async (tx: Tx) => {
    await bookingContext(tx, row.teamId);
    await appendLedgerEntries(tx, [row], { batchId: null, createdBy: 'bench', createdAt: new Date() });
  };
  const audited: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < WRITES + WARMUP; i++) {
    let t = performance.now();
    await bookLedgerEntry(ctx, { kind: 'cost', teamId: team!.id, month, category: 'other', expenseType: 'opex', amountCents: 4_200, reference: 'bench' });
    const a = performance.now() - t;
    t = performance.now();
    await inTransaction(ctx, bookWithoutAudit);
    const p = performance.now() - t;
    if (i >= WARMUP) {
      audited.push(a);
      plain.push(p);
    }
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const counter = countStatements(database);
  await bookLedgerEntry(ctx, { kind: 'cost', teamId: team!.id, month, category: 'other', expenseType: 'opex', amountCents: 4_200, reference: 'bench' });
  const auditedStatements = counter.count;
  counter.reset();
  await inTransaction(ctx, bookWithoutAudit);
  return { audited: median(audited), plain: median(plain), auditedStatements, plainStatements: counter.count };
}

log(machineLine());
log(`Sizes: ${ROUNDS} roll-up rounds (+${WARMUP} warm-up), ${NAIVE_ROUNDS} naive scans, ${INGEST_ROWS.toLocaleString('en')} ingested rows, ${WRITES} bookings`);

const results: Record<string, { rollup: Awaited<ReturnType<typeof rollupFigures>>; statementsS: number; ingest: Awaited<ReturnType<typeof ingestFigures>>; audit: Awaited<ReturnType<typeof auditFigures>>; note: string }> = {};

for (const kind of KINDS) {
  log(databaseHeading(kind));
  const xl = await openXl(kind);
  await logVersion(xl.database);
  const [{ teams, entries }] = await queryRows<{ teams: number; entries: number }>(xl.database.db, sql`select (select count(*) from teams)::int as teams, (select count(*) from ledger_entries)::int as entries`) as [{ teams: number; entries: number }];
  log(`  ${xl.note}: ${teams.toLocaleString('en')} teams, ${entries.toLocaleString('en')} ledger entries, fiscal year ${xl.fiscalYear}`);
  const rollup = await rollupFigures(xl.database, xl.fiscalYear);
  await xl.database.close();
  const r = rollup;
  log(`  portfolio roll-up, GET ${portfolioUrl(xl.fiscalYear)} (${r.sample.totals.teams} teams, ${r.sample.totals.overrunTeams} over budget), ${r.http.n} rounds:`);
  log(`    through the app        p50 ${ms(r.http.p50)}   p95 ${ms(r.http.p95)}`);
  log(`    the same SQL, direct   p50 ${ms(r.sql.p50)}   p95 ${ms(r.sql.p95)}   app / SQL: p50 ${x(r.http.p50 / r.sql.p50)}, p95 ${x(r.http.p95 / r.sql.p95)}   (target ≤ 1.15×)`);
  log(`    naive ledger scan      p50 ${ms(r.naive.p50)}   (${r.naive.n} rounds)   app / naive: p50 ${x(r.http.p50 / r.naive.p50)}   (target ≤ 0.15×)`);
  log(`  load average now ${load()}`);

  log('  scratch S organization for the writes:');
  const scratch = await openScratch(kind, 'tandem_bench_scratch');
  try {
    const s = await rollupFigures(scratch.database, xl.fiscalYear);
    log(`  SQL statements per roll-up request: ${s.statements} at S, ${r.statements} at XL   (must be equal: ${s.statements === r.statements ? 'yes' : 'NO'})`);
    const ingest = await ingestFigures(scratch.database, xl.fiscalYear);
    log(`  ingestion of ${INGEST_ROWS.toLocaleString('en')} rows: POST /api/v1/ledger/batches × ${Math.ceil(INGEST_ROWS / BATCH)} ${(ingest.apiMs / 1000).toFixed(1)} s (${Math.round(INGEST_ROWS / (ingest.apiMs / 1000)).toLocaleString('en')} rows/s; ledger invariant ${ingest.invariantOk ? 'ok' : 'BROKEN'})`);
    log(`    the same rows again, two batches in flight ${(ingest.apiTwoMs / 1000).toFixed(1)} s (${Math.round(INGEST_ROWS / (ingest.apiTwoMs / 1000)).toLocaleString('en')} rows/s)`);
    log(`    COPY of the same rows ${(ingest.copyMs / 1000).toFixed(1)} s (${Math.round(INGEST_ROWS / (ingest.copyMs / 1000)).toLocaleString('en')} rows/s)   API throughput / COPY: ${x(ingest.copyMs / ingest.apiMs)} one at a time, ${x(ingest.copyMs / ingest.apiTwoMs)} two in flight   (target ≥ 0.5×)`);
    const audit = await auditFigures(scratch.database, xl.fiscalYear);
    log(`  one booking, median of ${WRITES}: bookLedgerEntry ${ms(audit.audited)}, the same booking without its audit event ${ms(audit.plain)}   audited / plain: ${x(audit.audited / audit.plain)}   (target ≤ 1.2×; ${audit.auditedStatements} statements against ${audit.plainStatements})`);
    log(`  load average now ${load()}`);
    results[kind] = { rollup, statementsS: s.statements, ingest, audit, note: xl.note };
  } finally {
    await scratch.close();
  }
}

const pgR = results['postgres'];
const liteR = results['pglite'];
if (pgR && liteR) {
  log(`\n== PGlite over PostgreSQL, the same roll-up through the app: p50 ${x(liteR.rollup.http.p50 / pgR.rollup.http.p50)}, p95 ${x(liteR.rollup.http.p95 / pgR.rollup.http.p95)}   (target ≤ 2.5×)`);
  log(`   PostgreSQL roll-up p95 ${pgR.rollup.http.p95.toFixed(1)} ms   (target ≤ 150 ms)`);
}
