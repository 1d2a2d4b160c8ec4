/**
 * What the XL benches (bench/finance.bench.ts, bench/goals.bench.ts) share: the databases they run
 * on, the XL organization they reuse, the scratch organization they write to, a signed-in app, the
 * output's formats, latency percentiles, and the bulk-API and COPY runs that ingestion is timed
 * with. The environment variables are described in the benches' headers.
 */
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { buildApp } from '../../src/api/app.ts';
import { createApiToken, createUser, seedScale, systemActor, type Actor, type Ctx, type Scale } from '../../src/core/index.ts';
import { openDatabase, queryRows, type Database } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { countStatements } from './count-statements.ts';

export type Kind = 'postgres' | 'pglite';

export const SERVER = process.env['TANDEM_BENCH_DATABASE_URL'] ?? 'postgres://tandem:tandem@127.0.0.1:5432/postgres';
export const PGLITE_DIR = process.env['TANDEM_BENCH_PGLITE_DIR'] ?? 'data/bench-xl';
export const KINDS = (process.env['BENCH_DATABASES'] ?? 'postgres,pglite').split(',').map((k) => k.trim()) as Kind[];
export const XL_DB = 'tandem_bench_xl';
export const TIME_ZONE = 'Europe/Berlin';
const SECRET = 'bench-secret-bench-secret-bench-secret!';
const PASSWORD = 'bench-password-1234';

export const log = (line = '') => console.log(line);
export const ms = (v: number) => `${v.toFixed(2).padStart(8)} ms`;
export const x = (v: number) => `${v.toFixed(2)}×`;
export const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The first line of a bench's output: the machine, and how busy it is as the bench starts. */
export const machineLine = () => `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at start ${load()}`;

/** The heading of one database's section, without the password in the server URL. */
export const databaseHeading = (kind: Kind) => `\n== ${kind === 'postgres' ? `PostgreSQL (${SERVER.replace(/\/\/[^@]*@/, '//')})` : 'PGlite'}`;

export async function logVersion(database: Database): Promise<void> {
  const [version] = await queryRows<{ v: string }>(database.db, sql`select version() as v`);
  log(`  ${version?.v}`);
}

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

export function ctxOf(database: Database, actor: Actor = { ...systemActor, label: 'bench' }): Ctx {
  return { db: database.db, actor, requestId: null, now: () => new Date(), timeZone: TIME_ZONE };
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

/**
 * The XL organization (database XL_DB on the server, PGLITE_DIR for PGlite): reused when a complete
 * one is there, generated otherwise. `reused` may complete a reused organization (`where` names the
 * database or folder) and returns the note the output prints for it. `fiscalYear` is the last
 * fiscal year the generator booked.
 */
export async function openXl(
  kind: Kind,
  reused: (database: Database, where: string) => Promise<string> = async (_database, where) => `reused the XL organization in ${where}`,
): Promise<{ database: Database; fiscalYear: number; note: string }> {
  if (kind === 'postgres') {
    const exists = await admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [XL_DB])).rowCount === 1);
    if (exists) {
      const database = await openDatabase({ url: withDatabase(SERVER, XL_DB) });
      await migrate(database);
      const generated = await generatedScale(database);
      if (generated?.scale === 'XL') return { database, fiscalYear: generated.fiscalYears.at(-1)!, note: await reused(database, `database ${XL_DB}`) };
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
  if (generated?.scale === 'XL') return { database, fiscalYear: generated.fiscalYears.at(-1)!, note: await reused(database, PGLITE_DIR) };
  await database.close();
  rmSync(PGLITE_DIR, { recursive: true, force: true });
  database = await openDatabase({ dataDir: PGLITE_DIR });
  await migrate(database);
  log(`  generating XL into ${PGLITE_DIR} …`);
  const elapsed = await generate(database, 'XL');
  return { database, fiscalYear: (await generatedScale(database))!.fiscalYears.at(-1)!, note: `generated the XL organization into ${PGLITE_DIR} in ${(elapsed / 1000).toFixed(0)} s` };
}

/**
 * A scratch S organization for the measurements that write, dropped by `close`: in memory for
 * PGlite, a database `${prefix}_${pid}` on the server.
 */
export async function openScratch(kind: Kind, prefix: string): Promise<{ database: Database; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    await generate(database, 'S');
    return { database, close: () => database.close() };
  }
  const name = `${prefix}_${process.pid}`;
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
export async function signedInApp(database: Database, role: 'portfolio_office' | 'admin') {
  const email = `bench.${role}@bench.test`;
  const [existing] = await queryRows<{ id: string }>(database.db, sql`select id from users where lower(email) = ${email}`);
  const userId = existing?.id ?? (await createUser(ctxOf(database), { email, displayName: `Bench ${role}`, role, personId: null, password: PASSWORD })).id;
  const app = await buildApp({ db: database.db, secret: SECRET, timeZone: TIME_ZONE });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
  const cookie = `tandem_session=${login.cookies.find((c) => c.name === 'tandem_session')!.value}`;
  const actor: Actor = { type: 'user', userId, label: email, role, personId: null, scopes: null };
  return { app, cookie, actor };
}

/** GET `url` as the signed-in account of `cookie`; anything but 200 is an error. */
export function getter(app: FastifyInstance, url: string, cookie: string) {
  return async () => {
    const res = await app.inject({ url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
    return res;
  };
}

/** The SQL statements `run` sends through `database`. */
export async function statementsOf(database: Database, run: () => Promise<unknown>): Promise<number> {
  const counter = countStatements(database);
  counter.reset();
  await run();
  return counter.count;
}

export interface Timing {
  p50: number;
  p95: number;
  n: number;
}

export function summarize(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), n: sorted.length };
}

/** A signed-in admin's app and a function that POSTs a JSON body to `url` with an ingest token; anything but 201 is an error. */
export async function ingestClient(database: Database, url: string) {
  const { app, actor } = await signedInApp(database, 'admin');
  const token = (await createApiToken(ctxOf(database, actor), { name: 'bench ingest', scopes: ['ingest'], expiresInDays: 1 })).token;
  const post = async (payload: string) => {
    const res = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload });
    if (res.statusCode !== 201) throw new Error(`POST ${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
  };
  return { app, post };
}

/** Milliseconds to post the bodies one after the other, as a single client sends them. */
export async function postOneAtATime(bodies: readonly string[], post: (payload: string) => Promise<void>): Promise<number> {
  const start = performance.now();
  for (const payload of bodies) await post(payload);
  return performance.now() - start;
}

/** Milliseconds to post the bodies with two in flight, as a sender that does not wait for one answer before the next upload. */
export async function postTwoInFlight(bodies: readonly string[], post: (payload: string) => Promise<void>): Promise<number> {
  const start = performance.now();
  await Promise.all([0, 1].map(async (lane) => {
    for (let i = lane; i < bodies.length; i += 2) await post(bodies[i]!);
  }));
  return performance.now() - start;
}

/**
 * Milliseconds to COPY the rows as CSV with `copy` (`copy table (columns)`): streamed from stdin
 * in chunks of 10,000 rows on PostgreSQL, from one blob on PGlite.
 */
export async function copyCsv<T>(database: Database, copy: string, rows: readonly T[], csvLine: (row: T) => string): Promise<number> {
  const start = performance.now();
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
  return performance.now() - start;
}
