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
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { buildApp } from '../src/api/app.ts';
import { bookLedgerEntry, createApiToken, createUser, seedScale, systemActor, type Actor, type Ctx, type Scale } from '../src/core/index.ts';
import { resolvePeriod } from '../src/core/finance/fiscal-calendar.ts';
import { appendLedgerEntries, checkLedgerInvariant, getFinanceSettings, type LedgerRow } from '../src/core/finance/ledger-store.ts';
import { portfolioRollupQuery, rollupParams } from '../src/core/finance/portfolio-queries.ts';
import { inTransaction } from '../src/core/shared/transaction.ts';
import { bookingContext } from '../src/core/finance/ledger-queries.ts';
import { openDatabase, queryRows, type Database, type Tx } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { countStatements } from './support/count-statements.ts';

const SERVER = process.env['TANDEM_BENCH_DATABASE_URL'] ?? 'postgres://tandem:tandem@127.0.0.1:5432/postgres';
const PGLITE_DIR = process.env['TANDEM_BENCH_PGLITE_DIR'] ?? 'data/bench-xl';
const KINDS = (process.env['BENCH_DATABASES'] ?? 'postgres,pglite').split(',').map((k) => k.trim()) as ('postgres' | 'pglite')[];
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 100);
const NAIVE_ROUNDS = Number(process.env['BENCH_NAIVE_ROUNDS'] ?? 7);
const INGEST_ROWS = Number(process.env['BENCH_INGEST_ROWS'] ?? 1_000_000);
const BATCH = 10_000;
const WRITES = Number(process.env['BENCH_WRITES'] ?? 300);
const WARMUP = 5;
const XL_DB = 'tandem_bench_xl';
const SECRET = 'bench-secret-bench-secret-bench-secret!';
const PASSWORD = 'bench-password-1234';

const log = (line = '') => console.log(line);
const ms = (v: number) => `${v.toFixed(2).padStart(8)} ms`;
const x = (v: number) => `${v.toFixed(2)}×`;

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/**
 * Drops a database once our connections are gone. Not WITH (FORCE): an autovacuum worker that a
 * million inserts woke belongs to the superuser, and FORCE may not terminate it (a plain DROP
 * stops autovacuum itself).
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin((c) => c.query(`drop database if exists ${name}`));
      return;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

function ctxOf(database: Database, actor: Actor = { ...systemActor, label: 'bench' }): Ctx {
  return { db: database.db, actor, requestId: null, now: () => new Date(), timeZone: 'Europe/Berlin' };
}

/** The scale and seed the database was generated with, from its audit event; null if it was not (completely) generated. */
async function generatedScale(database: Database): Promise<{ scale: Scale; fiscalYears: number[] } | null> {
  const [row] = await queryRows<{ after: { scale: Scale; fiscalYears: number[] } }>(database.db, sql`select after from audit_events where action = 'scale.seed' order by seq desc limit 1`);
  return row ? { scale: row.after.scale, fiscalYears: row.after.fiscalYears } : null;
}

async function generate(database: Database, scale: Scale): Promise<number> {
  const result = await seedScale(ctxOf(database), { scale, seed: 1, onProgress: (m) => log(`    ${m}`) });
  return result.elapsedMs;
}

/** The XL organization: reused when a complete one is there, generated otherwise. */
async function openXl(kind: 'postgres' | 'pglite'): Promise<{ database: Database; fiscalYear: number; note: string }> {
  if (kind === 'postgres') {
    const exists = await admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [XL_DB])).rowCount === 1);
    if (exists) {
      const database = await openDatabase({ url: withDatabase(SERVER, XL_DB) });
      await migrate(database);
      const generated = await generatedScale(database);
      if (generated?.scale === 'XL') return { database, fiscalYear: generated.fiscalYears.at(-1)!, note: `reused the XL organization in database ${XL_DB}` };
      await database.close();
      await dropDatabase(XL_DB);
    }
    await admin((c) => c.query(`create database ${XL_DB}`));
    const database = await openDatabase({ url: withDatabase(SERVER, XL_DB) });
    await migrate(database);
    log(`  generating XL into database ${XL_DB} …`);
    const elapsed = await generate(database, 'XL');
    return { database, fiscalYear: (await generatedScale(database))!.fiscalYears.at(-1)!, note: `generated the XL organization into database ${XL_DB} in ${(elapsed / 1000).toFixed(0)} s` };
  }
  let database = await openDatabase({ dataDir: PGLITE_DIR });
  await migrate(database);
  const generated = await generatedScale(database);
  if (generated?.scale === 'XL') return { database, fiscalYear: generated.fiscalYears.at(-1)!, note: `reused the XL organization in ${PGLITE_DIR}` };
  await database.close();
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  database = await openDatabase({ dataDir: PGLITE_DIR });
  await migrate(database);
  log(`  generating XL into ${PGLITE_DIR} …`);
  const elapsed = await generate(database, 'XL');
  return { database, fiscalYear: (await generatedScale(database))!.fiscalYears.at(-1)!, note: `generated the XL organization into ${PGLITE_DIR} in ${(elapsed / 1000).toFixed(0)} s` };
}

/** A scratch S organization for the measurements that write; dropped by `close`. */
async function openScratch(kind: 'postgres' | 'pglite'): Promise<{ database: Database; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    await generate(database, 'S');
    return { database, close: () => database.close() };
  }
  const name = `tandem_bench_scratch_${process.pid}`;
  await admin((c) => c.query(`create database ${name}`));
  const database = await openDatabase({ url: withDatabase(SERVER, name) });
  await migrate(database);
  await generate(database, 'S');
  return {
    database,
    async close() {
      await database.close();
      await dropDatabase(name);
    },
  };
}

/** An account of `role` (created once per database) and a signed-in app for it. */
async function signedInApp(database: Database, role: 'portfolio_office' | 'admin') {
  const email = `bench.${role}@bench.test`;
  const [existing] = await queryRows<{ id: string }>(database.db, sql`select id from users where lower(email) = ${email}`);
  const userId = existing?.id ?? (await createUser(ctxOf(database), { email, displayName: `Bench ${role}`, role, personId: null, password: PASSWORD })).id;
  const app = await buildApp({ db: database.db, secret: SECRET });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
  const cookie = `tandem_session=${login.cookies.find((c) => c.name === 'tandem_session')!.value}`;
  const actor: Actor = { type: 'user', userId, label: email, role, personId: null, scopes: null };
  return { app, cookie, actor };
}

interface Timing {
  p50: number;
  p95: number;
  n: number;
}

async function time(rounds: number, run: () => Promise<unknown>, warmup = WARMUP): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < rounds + warmup; i++) {
    const start = performance.now();
    await run();
    const elapsed = performance.now() - start;
    if (i >= warmup) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), n: times.length };
}

const portfolioUrl = (fiscalYear: number) => `/api/v1/finance/portfolio?fiscalYear=${fiscalYear}&limit=50`;

async function rollupFigures(database: Database, fiscalYear: number) {
  const { app, cookie } = await signedInApp(database, 'portfolio_office');
  const url = portfolioUrl(fiscalYear);
  const get = async () => {
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
    return res;
  };
  const sample = (await get()).json() as { totals: { teams: number; overrunTeams: number; budgetCents: number }; totalRows: number };

  // The same statement through the same driver: what the use case adds is the rest.
  const settings = await getFinanceSettings(database.db);
  const currentMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date());
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
  const summarize = (times: number[]): Timing => {
    times.sort((p, q) => p - q);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    return { p50: at(0.5), p95: at(0.95), n: times.length };
  };
  const naive = await time(NAIVE_ROUNDS, () => queryRows(database.db, naiveSql), 1);

  const counter = countStatements(database);
  counter.reset();
  await get();
  const statements = counter.count;
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
  const { app, actor } = await signedInApp(database, 'admin');
  const token = (await createApiToken(ctxOf(database, actor), { name: 'bench ingest', scopes: ['ingest'], expiresInDays: 1 })).token;
  const teamIds = (await queryRows<{ id: string }>(database.db, sql`select id from teams order by name`)).map((r) => r.id);
  const rows = ingestRows(teamIds, fiscalYear);
  const bodiesOf = (round: string) => {
    const bodies: string[] = [];
    for (let b = 0; b < rows.length; b += BATCH) {
      bodies.push(JSON.stringify({ idempotencyKey: `bench-ingest-${process.pid}-${round}-${b / BATCH}`, items: rows.slice(b, b + BATCH).map((r) => ({ kind: 'cost', ...r })) }));
    }
    return bodies;
  };
  const post = async (payload: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/ledger/batches', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload });
    if (res.statusCode !== 201) throw new Error(`POST /api/v1/ledger/batches → ${res.statusCode}: ${res.body.slice(0, 300)}`);
  };
  // One batch after the other, as a single client sends them; then with two batches in flight, as
  // a sender that does not wait for one answer before the next upload — the server then checks one
  // batch while the database writes the other.
  const sequential = bodiesOf('seq');
  let start = performance.now();
  for (const payload of sequential) await post(payload);
  const apiMs = performance.now() - start;
  const inFlight = bodiesOf('two');
  start = performance.now();
  await Promise.all([0, 1].map(async (lane) => {
    for (let i = lane; i < inFlight.length; i += 2) await post(inFlight[i]!);
  }));
  const apiTwoMs = performance.now() - start;
  const invariant = await checkLedgerInvariant(database.db);

  // COPY of the same rows into the raw ledger alone: no checks, no sums, no batch, no audit.
  const createdAt = new Date().toISOString();
  const csvLine = (r: (typeof rows)[number]) => `${r.teamId},${r.month},cost,${r.category},${r.expenseType},${r.amountCents},${r.reference},bench copy,${createdAt}\n`;
  const copy = 'copy ledger_entries (team_id, month, kind, category, expense_type, amount_cents, reference, created_by, created_at)';
  start = performance.now();
  if (database.kind === 'postgres') {
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    const client = await pool.connect();
    try {
      const chunks = function* () {
        for (let i = 0; i < rows.length; i += 10_000) yield rows.slice(i, i + 10_000).map(csvLine).join('');
      };
      await pipeline(Readable.from(chunks()), client.query(copyFrom(`${copy} from stdin with (format csv)`)));
    } finally {
      client.release();
    }
  } else {
    const pglite = (database.db as unknown as { $client: { query(q: string, p: unknown[], o: { blob: Blob }): Promise<unknown> } }).$client;
    await pglite.query(`${copy} from '/dev/blob' with (format csv)`, [], { blob: new Blob(rows.map(csvLine)) });
  }
  const copyMs = performance.now() - start;
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

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at start ${load()}`);
log(`Sizes: ${ROUNDS} roll-up rounds (+${WARMUP} warm-up), ${NAIVE_ROUNDS} naive scans, ${INGEST_ROWS.toLocaleString('en')} ingested rows, ${WRITES} bookings`);

const results: Record<string, { rollup: Awaited<ReturnType<typeof rollupFigures>>; statementsS: number; ingest: Awaited<ReturnType<typeof ingestFigures>>; audit: Awaited<ReturnType<typeof auditFigures>>; note: string }> = {};

for (const kind of KINDS) {
  log(`\n== ${kind === 'postgres' ? `PostgreSQL (${SERVER.replace(/\/\/[^@]*@/, '//')})` : `PGlite`}`);
  const xl = await openXl(kind);
  const [version] = await queryRows<{ v: string }>(xl.database.db, sql`select version() as v`);
  log(`  ${version?.v}`);
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
  const scratch = await openScratch(kind);
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
