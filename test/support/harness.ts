import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { systemActor, type Ctx } from '../../src/core/index.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createTestDatabase, testDatabaseServerUrl } from './postgres.ts';

export interface Harness {
  app: FastifyInstance;
  database: Database;
  kind: 'pglite' | 'postgres';
  /** A core context acting as the system, for factories. */
  ctx: Ctx;
  close(): Promise<void>;
}

const MIGRATIONS = new URL('../../src/db/migrations/', import.meta.url);

/**
 * One migrated database and one in-process app per test file. PGlite files start from a migrated
 * template dump (creating a PGlite cluster from scratch costs seconds; loading one, a fraction).
 */
export async function createHarness(): Promise<Harness> {
  const serverUrl = testDatabaseServerUrl();
  let database: Database;
  let dropDatabase = async () => {};
  if (serverUrl) {
    const testDb = await createTestDatabase(serverUrl);
    database = await openDatabase({ url: testDb.url });
    dropDatabase = testDb.drop;
    await migrate(database);
  } else {
    database = await openDatabase({ dataDir: 'memory://', loadDataDir: await pgliteTemplate() });
  }
  // Tests stand in for a proxy, setting X-Forwarded-For to act from several client addresses.
  const app = await buildApp({ db: database.db, secret: 'test-secret-test-secret-test-secret!!', trustProxy: true });
  await app.ready();
  const ctx: Ctx = { db: database.db, actor: { ...systemActor, label: 'test factory' }, requestId: null, now: () => new Date(), timeZone: 'Europe/Berlin' };
  return {
    app,
    database,
    kind: database.kind,
    ctx,
    async close() {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
}

async function pgliteTemplate(): Promise<Blob> {
  const dir = MIGRATIONS.pathname;
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.sql') || f.endsWith('.json')).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  const file = join(tmpdir(), `tandem-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  if (!existsSync(file)) {
    const fresh = await openDatabase({ dataDir: 'memory://' });
    await migrate(fresh);
    const dump = await (fresh.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client.dumpDataDir('none');
    await fresh.close();
    const partial = `${file}.${process.pid}.part`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file); // atomic: parallel workers never read a half-written template
  }
  return new Blob([readFileSync(file)]);
}

export interface Client {
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** An HTTP client for the in-process app, carrying a session cookie or a bearer token if given. */
export function client(app: FastifyInstance, auth: { cookie?: string; token?: string } = {}): Client {
  const authHeaders = (): Record<string, string> => ({
    ...(auth.cookie ? { cookie: auth.cookie } : {}),
    ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
  });
  const send = (method: InjectOptions['method'], url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method, url, headers: { ...authHeaders(), ...headers }, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) });
  return {
    get: (url, headers) => send('GET', url, undefined, headers),
    post: (url, body, headers) => send('POST', url, body, headers),
    patch: (url, body, headers) => send('PATCH', url, body, headers),
    delete: (url, headers) => send('DELETE', url, undefined, headers),
    request: (options) => app.inject({ ...options, headers: { ...authHeaders(), ...(options.headers as Record<string, string>) } }),
  };
}

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
