import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScale, type ScaleResult } from '../../src/core/index.ts';
import { checkLedgerInvariant } from '../../src/core/finance/ledger-store.ts';
import { queryRows } from '../../src/db/client.ts';
import { signIn } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/harness.ts';

// Three databases: two generated from seed 1, one from seed 2.
let first: Harness;
let again: Harness;
let other: Harness;
let result: ScaleResult;
const now = () => new Date('2026-12-01T09:00:00Z');

beforeAll(async () => {
  [first, again, other] = [await createHarness(), await createHarness(), await createHarness()];
  result = await seedScale({ ...first.ctx, now }, { scale: 'S', seed: 1 });
  await seedScale({ ...again.ctx, now }, { scale: 'S', seed: 1 });
  await seedScale({ ...other.ctx, now }, { scale: 'S', seed: 2 });
});
afterAll(async () => {
  for (const h of [first, again, other]) await h?.close();
});

/** A fingerprint of everything the roll-up reads, and the ledger's sums by kind. */
async function fingerprint(h: Harness) {
  const [row] = await queryRows<{ fingerprint: string }>(h.database.db, sql`
    select md5(string_agg(t.name || ':' || a.month || ':' || a.budget_cents || ':' || a.cost_cents || ':' || a.allocated_cents || ':' || a.revenue_cents, ',' order by t.name, a.month)) as fingerprint
    from ledger_team_month a join teams t on t.id = a.team_id`);
  const sums = await queryRows<{ kind: string; cents: string | number }>(h.database.db, sql`select kind, sum(amount_cents) as cents from ledger_entries group by kind order by kind`);
  return { fingerprint: row!.fingerprint, sums: Object.fromEntries(sums.map((s) => [s.kind, Number(s.cents)])) };
}

describe('tandem seed --scale S', () => {
  it('builds the documented organization: 100 teams, their leads, five services each, two fiscal years of ledger', () => {
    expect(result.fiscalYears).toEqual([2025, 2026]);
    const c = result.counts;
    expect(c).toMatchObject({ teams: 100, people: 200, memberships: 200, services: 500, budgets: 200 });
    // 95 fusion teams consume 3 core services each, over 24 months of actuals.
    expect(c.consumption).toBe(95 * 3 * 24);
    // About 500 ledger entries per team; one team-month row per team and month.
    expect(c.ledgerEntries / c.teams).toBeGreaterThan(450);
    expect(c.ledgerEntries / c.teams).toBeLessThan(650);
    expect(c.ledgerTeamMonth).toBe(100 * 24);
  });

  it('writes aggregates exactly equal to the ledger', async () => {
    const report = await checkLedgerInvariant(first.database.db);
    expect(report).toMatchObject({ ok: true, mismatches: [], incompleteBatches: [], entries: result.counts.ledgerEntries });
  });

  it('books budgets equal to the approved budget lines, and platform teams charge out exactly what their consumers are allocated', async () => {
    const [row] = await queryRows<{ lines: string | number; budget: string | number; allocated: string | number }>(first.database.db, sql`
      select (select sum(amount_cents) from budget_lines) as lines,
             (select sum(amount_cents) from ledger_entries where kind = 'budget') as budget,
             (select sum(amount_cents) from ledger_entries where kind = 'allocation') as allocated`);
    expect(Number(row!.budget)).toBe(Number(row!.lines));
    expect(Number(row!.allocated)).toBe(0);
    const [platform] = await queryRows<{ revenue: string | number | null; charged: string | number }>(first.database.db, sql`
      select sum(a.revenue_cents) as revenue, sum(a.allocated_cents) as charged from ledger_team_month a join teams t on t.id = a.team_id where t.kind = 'platform'`);
    expect(Number(platform!.revenue)).toBe(0);
    expect(Number(platform!.charged)).toBeLessThan(0);
  });

  it('is deterministic: the same seed gives the same figures, another seed different ones', async () => {
    const a = await fingerprint(first);
    expect(await fingerprint(again)).toEqual(a);
    const b = await fingerprint(other);
    expect(b.fingerprint).not.toBe(a.fingerprint);
    expect(b.sums['cost']).not.toBe(a.sums['cost']);
  });

  it('records one audit event with the parameters and counts, and the chain stays intact', async () => {
    const events = await queryRows<{ action: string; entity_type: string; after: { scale: string; seed: number; counts: { ledgerEntries: number } } }>(
      first.database.db,
      sql`select action, entity_type, after from audit_events where action = 'scale.seed'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity_type: 'organization', after: { scale: 'S', seed: 1, counts: { ledgerEntries: result.counts.ledgerEntries } } });
    const admin = await signIn(first, 'admin');
    expect((await admin.http.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('makes teams the API serves: valid ids, active, with both leads', async () => {
    const admin = await signIn(first, 'admin');
    const list = await admin.http.get('/api/v1/teams?limit=500');
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; name: string }[];
    const team = items.find((t) => t.name === 'Team 00001')!;
    const one = await admin.http.get(`/api/v1/teams/${team.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ stage: 'active', kind: 'fusion', businessLead: { name: 'Business Lead 00001' }, itLead: { name: 'IT-Lead 00001' } });
  });

  it('refuses a database that already has teams, and writes nothing', async () => {
    const before = await fingerprint(first);
    await expect(seedScale(first.ctx, { scale: 'S', seed: 3 })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already has 100 teams/) });
    expect(await fingerprint(first)).toEqual(before);
  });
});
