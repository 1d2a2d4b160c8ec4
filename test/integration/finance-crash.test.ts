// The ledger survives its server being killed in the middle of booking: a batch the server
// acknowledged is there, whole and once; a batch it did not acknowledge is there whole or not at
// all; the monthly sums agree with the entries; and a retry of every batch books nothing twice.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createTeam, createUser } from '../../src/core/index.ts';
import { checkLedgerInvariant } from '../../src/core/finance/ledger-store.ts';
import { queryRows } from '../../src/db/client.ts';
import { createWorkspace, ctxOn, serve, tandem, type Workspace } from '../support/tandem-process.ts';

const ROWS_PER_BATCH = 200;
const WORKERS = 3;
/** Batches acknowledged before the server is killed. */
const ACKED_BEFORE_KILL = 12;

let ws: Workspace;
let token: string;
let teamIds: string[];

beforeAll(async () => {
  ws = await createWorkspace('tandem-finance-crash-');
  const database = await ws.open();
  const ctx = ctxOn(database);
  const team = { kind: 'fusion' as const, mission: '', mandateKind: 'product' as const, mandateScope: '', customerSegment: '', businessLeadId: null, itLeadId: null };
  teamIds = [];
  for (const name of ['Kfz-Direkt', 'Leben-Digital', 'Hausrat-Flex']) teamIds.push((await createTeam(ctx, { ...team, name })).id);
  const admin = await createUser(ctx, { email: 'buchhaltung@example.test', displayName: 'Buchhaltung', role: 'admin', personId: null, password: 'a long enough password' });
  const asAdmin = { ...ctx, actor: { type: 'user' as const, userId: admin.id, label: admin.email, role: 'admin' as const, personId: null, scopes: null } };
  token = (await createApiToken(asAdmin, { name: 'SAP FI', scopes: ['ingest'], expiresInDays: null })).token;
  // PGlite has one owner at a time: the server takes the database over from here.
  await database.close();
});
afterAll(() => ws?.cleanup());

const itemsOf = (n: number) =>
  Array.from({ length: ROWS_PER_BATCH }, (_, i) =>
    i % 5 === 4
      ? { kind: 'revenue', teamId: teamIds[i % 3], month: `2026-0${(n % 9) + 1}`, stream: 'Telematik', amountCents: n * 1000 + i + 1 }
      : { kind: 'cost', teamId: teamIds[i % 3], month: `2026-0${(i % 9) + 1}`, category: 'cloud', amountCents: n * 1000 + i + 1, reference: `B${n}-${i}` },
  );

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/v1/ledger/batches`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function batchesInDatabase(): Promise<Map<string, { entries: number; found: number }>> {
  const database = await ws.open();
  try {
    const rows = await queryRows<{ key: string; entries: number | string; found: number | string }>(
      database.db,
      sql`select b.idempotency_key as key, b.entries, count(e.id) as found from ledger_batches b left join ledger_entries e on e.batch_id = b.id group by b.id`,
    );
    const orphans = await queryRows<{ n: number | string }>(database.db, sql`select count(*) as n from ledger_entries where batch_id is null`);
    expect(Number(orphans[0]!.n)).toBe(0);
    expect(await checkLedgerInvariant(database.db)).toMatchObject({ ok: true, mismatches: [], incompleteBatches: [] });
    return new Map(rows.map((r) => [r.key, { entries: Number(r.entries), found: Number(r.found) }]));
  } finally {
    await database.close();
  }
}

describe('a server killed while booking batches', () => {
  it('keeps every acknowledged batch whole and once, and no batch in part', async () => {
    const server = await serve(ws);
    const sent = new Map<string, ReturnType<typeof itemsOf>>();
    const acked = new Set<string>();
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const n = next++;
        const key = `crash-test-batch-${n}`;
        const items = itemsOf(n);
        sent.set(key, items);
        try {
          const res = await post(server.url, { idempotencyKey: key, items });
          if (res.status === 201) acked.add(key);
          else throw new Error(`batch ${n}: ${res.status} ${await res.text()}`);
        } catch (error) {
          if (killed) return; // the connection died with the server
          throw error;
        }
      }
    };
    const workers = Array.from({ length: WORKERS }, worker);
    while (acked.size < ACKED_BEFORE_KILL) await new Promise((resolve) => setTimeout(resolve, 5));
    // Killed with requests in flight: some are mid-transaction, some unanswered.
    killed = true;
    await server.kill();
    await Promise.all(workers);
    const ackedAtKill = new Set(acked);
    expect(ackedAtKill.size).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL);

    // The database as the killed server left it.
    const stored = await batchesInDatabase();
    for (const key of ackedAtKill) expect(stored.get(key), key).toEqual({ entries: ROWS_PER_BATCH, found: ROWS_PER_BATCH });
    for (const [key, batch] of stored) {
      expect(sent.has(key), key).toBe(true);
      expect(batch, key).toEqual({ entries: ROWS_PER_BATCH, found: ROWS_PER_BATCH });
    }

    const verified = await tandem(ws, ['finance', 'verify']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`Ledger intact: ${stored.size * ROWS_PER_BATCH} entries`);

    // Restarted, the sender retries everything it sent: nothing is booked twice.
    const restarted = await serve(ws);
    try {
      for (const [key, items] of sent) {
        const res = await post(restarted.url, { idempotencyKey: key, items });
        const body = (await res.json()) as { replayed: boolean; entries: number };
        expect(res.status, key).toBe(stored.has(key) ? 200 : 201);
        expect(body).toMatchObject({ replayed: stored.has(key), entries: ROWS_PER_BATCH });
      }
    } finally {
      await restarted.stop();
    }
    const after = await batchesInDatabase();
    expect([...after.keys()].sort()).toEqual([...sent.keys()].sort());
    for (const batch of after.values()) expect(batch).toEqual({ entries: ROWS_PER_BATCH, found: ROWS_PER_BATCH });
    expect((await tandem(ws, ['finance', 'verify'])).code).toBe(0);
  }, 300_000);
});
