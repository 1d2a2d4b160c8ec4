import type { Database } from '../../src/db/client.ts';

/**
 * Counts the SQL statements a database handle sends, by wrapping the driver's query function:
 * node-postgres' pool and the clients it hands out for transactions, or PGlite and the
 * transaction objects it passes to callbacks. BEGIN and COMMIT are counted where the driver sends
 * them as statements (node-postgres); PGlite issues them itself.
 */
export function countStatements(database: Database): { reset(): void; readonly count: number } {
  let count = 0;
  const wrapQuery = <T extends { query: (...args: never[]) => unknown }>(target: T): T => {
    const original = target.query.bind(target) as (...args: unknown[]) => unknown;
    (target as { query: unknown }).query = (...args: unknown[]) => {
      count++;
      return original(...args);
    };
    return target;
  };
  const client = (database.db as unknown as { $client: Record<string, unknown> }).$client;
  if (database.kind === 'postgres') {
    // pool.query checks out a client with connect(callback) and queries on it: wrapping the
    // clients the pool hands out counts both plain queries and transactions, each once.
    type Release = (error?: Error) => void;
    type PgClient = { query: (...a: never[]) => unknown };
    type Callback = (error: Error | undefined, c: PgClient | undefined, release: Release) => void;
    const pool = client as unknown as { connect: (cb?: Callback) => Promise<PgClient> | undefined };
    const wrapped = new WeakSet<object>();
    const once = (c: PgClient | undefined) => {
      if (c && !wrapped.has(c)) {
        wrapped.add(c);
        wrapQuery(c);
      }
      return c;
    };
    const connect = pool.connect.bind(pool);
    pool.connect = (cb?: Callback) => {
      if (cb) return connect((error, c, release) => cb(error, once(c), release));
      return connect()!.then((c) => once(c)!);
    };
  } else {
    const pglite = client as unknown as { query: (...a: never[]) => unknown; transaction: (fn: (tx: { query: (...a: never[]) => unknown }) => unknown) => unknown };
    wrapQuery(pglite);
    const transaction = pglite.transaction.bind(pglite);
    pglite.transaction = (fn) => transaction((tx) => fn(wrapQuery(tx)));
  }
  return {
    reset() {
      count = 0;
    },
    get count() {
      return count;
    },
  };
}
