// A fresh PostgreSQL database per integration test file.
//
// Given a server URL pointing at a maintenance database (TANDEM_TEST_DATABASE_URL, e.g.
// postgres://tandem:tandem@127.0.0.1:5432/postgres), createTestDatabase() creates a uniquely named
// empty database on that server and returns its URL and a drop() that removes it again.
// The role in the URL needs CREATEDB (scripts/pg-start.sh sets that up).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  /** Connection URL of the new database (same server, credentials and query parameters). */
  url: string;
  /** Drops the database, closing any connections still open to it. Safe to call twice. */
  drop(): Promise<void>;
}

/** Databases created here start with this prefix, followed by `<unix seconds>_<pid>_<random>`. */
export const TEST_DATABASE_PREFIX = 'tandem_test_';

/** The PostgreSQL server URL for the integration suite, or undefined to use embedded PGlite. */
export function testDatabaseServerUrl(): string | undefined {
  const url = process.env['TANDEM_TEST_DATABASE_URL']?.trim();
  return url ? url : undefined;
}

function uniqueName(): string {
  const seconds = Math.floor(Date.now() / 1000);
  return `${TEST_DATABASE_PREFIX}${seconds}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dropDatabaseOnce(client, name);
    } catch (error) {
      // 42501: FORCE may not end an autovacuum worker (a superuser's process) busy in the database
      // after a large test; it finishes within moments, so wait and try again.
      if ((error as { code?: string }).code !== '42501' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function dropDatabaseOnce(client: pg.Client, name: string): Promise<void> {
  try {
    // PostgreSQL 13+: terminates remaining connections itself.
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42601') throw error; // syntax error: server < 13
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
  }
}

/**
 * Creates an empty, uniquely named database on the server given by `serverUrl`
 * (default: TANDEM_TEST_DATABASE_URL). Throws when neither is set.
 */
export async function createTestDatabase(serverUrl: string | undefined = testDatabaseServerUrl()): Promise<TestDatabase> {
  if (!serverUrl) {
    throw new Error('createTestDatabase: TANDEM_TEST_DATABASE_URL is not set');
  }
  const name = uniqueName(); // [a-z0-9_] only, well under PostgreSQL's 63-byte limit: safe to quote
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));

  let dropped: Promise<void> | undefined;
  return {
    url: withDatabase(serverUrl, name),
    drop() {
      dropped ??= withAdmin(serverUrl, (client) => dropDatabase(client, name));
      return dropped;
    },
  };
}
