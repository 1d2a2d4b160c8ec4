import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/core/index.ts';
import { inTransaction } from '../../src/core/shared/transaction.ts';
import { appendLedgerEntries, checkLedgerInvariant, type LedgerRow } from '../../src/core/finance/ledger-store.ts';
import { queryRows } from '../../src/db/client.ts';
import { ledgerTeamMonth } from '../../src/db/schema.ts';
import { buildTeam } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const row = (teamId: string, over: Partial<LedgerRow> = {}): LedgerRow => ({
  teamId,
  month: '2026-03',
  kind: 'cost',
  category: 'cloud',
  expenseType: 'opex',
  stream: null,
  serviceId: null,
  amountCents: 1000,
  reference: null,
  reversesId: null,
  ...over,
});
const meta = () => ({ batchId: null, createdBy: 'test', createdAt: new Date() });

describe('the ledger store', () => {
  it('keeps both monthly aggregates equal to the raw ledger across many writes', async () => {
    const a = await buildTeam(h);
    const b = await buildTeam(h);
    await inTransaction(h.ctx, (tx) =>
      appendLedgerEntries(tx, [row(a.id), row(a.id, { amountCents: 250 }), row(b.id, { kind: 'revenue', category: null, expenseType: null, stream: 'App', amountCents: 99_999 })], meta()),
    );
    const second = await inTransaction(h.ctx, (tx) => appendLedgerEntries(tx, [row(a.id, { amountCents: -1000, reversesId: null }), row(a.id, { month: '2026-04', kind: 'budget', amountCents: 5 })], meta()));
    expect(second.count).toBe(2);
    expect(second.firstId).toBeGreaterThan(0);

    const sums = await h.database.db.select().from(ledgerTeamMonth).where(sql`${ledgerTeamMonth.teamId} in (${a.id}, ${b.id})`).orderBy(ledgerTeamMonth.month);
    const march = sums.find((s) => s.teamId === a.id && s.month === '2026-03');
    expect(march).toMatchObject({ costCents: 250, revenueCents: 0, budgetCents: 0 });
    expect(sums.find((s) => s.teamId === b.id)).toMatchObject({ revenueCents: 99_999 });
    expect(sums.find((s) => s.teamId === a.id && s.month === '2026-04')).toMatchObject({ budgetCents: 5 });

    const report = await checkLedgerInvariant(h.database.db);
    expect(report).toMatchObject({ ok: true, mismatches: [], incompleteBatches: [] });
    expect(report.entries).toBeGreaterThanOrEqual(5);
  });

  it('refuses to edit or delete a ledger entry', async () => {
    const a = await buildTeam(h);
    await inTransaction(h.ctx, (tx) => appendLedgerEntries(tx, [row(a.id)], meta()));
    await expect(h.database.db.execute(sql`update ledger_entries set amount_cents = 1`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
    await expect(h.database.db.execute(sql`delete from ledger_entries`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
  });

  it('finds an aggregate that no longer matches the ledger', async () => {
    const a = await buildTeam(h);
    await inTransaction(h.ctx, (tx) => appendLedgerEntries(tx, [row(a.id, { month: '2025-01' })], meta()));
    await h.database.db.execute(sql`update ledger_team_month set cost_cents = cost_cents + 1 where team_id = ${a.id}`);
    const report = await checkLedgerInvariant(h.database.db);
    expect(report.ok).toBe(false);
    expect(report.mismatches).toContainEqual({ teamId: a.id, month: '2025-01', kind: 'cost', storedCents: 1001, ledgerCents: 1000 });
    await h.database.db.execute(sql`update ledger_team_month set cost_cents = cost_cents - 1 where team_id = ${a.id}`);
    const rows = await queryRows<{ n: number | string }>(h.database.db, sql`select count(*) as n from ledger_monthly where team_id = ${a.id}`);
    expect(Number(rows[0]!.n)).toBe(1);
  });
});

describe('a ledger write with its audit event', () => {
  it('appends the event in the same statement and keeps the chain intact', async () => {
    const a = await buildTeam(h);
    const before = await queryRows<{ n: number | string }>(h.database.db, sql`select count(*) as n from audit_events where action = 'ledger.book'`);
    await inTransaction(h.ctx, (tx) =>
      appendLedgerEntries(tx, [row(a.id, { amountCents: 4200 })], meta(), { ctx: h.ctx, event: { action: 'ledger.book', entityType: 'ledger', entityId: a.id, after: { amountCents: 4200 } } }),
    );
    const after = await queryRows<{ n: number | string; entity_id: string }>(
      h.database.db,
      sql`select count(*) over () as n, entity_id from audit_events where action = 'ledger.book' order by seq desc limit 1`,
    );
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n) + 1);
    expect(after[0]!.entity_id).toBe(a.id);
    expect(await verifyChain(h.database.db)).toMatchObject({ ok: true });
  });
});
