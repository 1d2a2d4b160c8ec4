import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import { auditEvents } from '../../src/db/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let admin: SignedIn;
let office: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  admin = await signIn(h, 'admin');
  office = await signIn(h, 'portfolio_office');
});
afterAll(() => h.close());

describe('audit events', () => {
  it('records actor, action, before/after and request id for a change', async () => {
    const team = await buildTeam(h);
    const res = await office.http.patch(`/api/v1/teams/${team.id}`, { mission: 'Neue Mission' }, { ...ifMatch(team.version), 'x-request-id': 'req-audit-0001' });
    expect(res.headers['x-request-id']).toBe('req-audit-0001');
    const events = (await admin.http.get(`/api/v1/audit?entityId=${team.id}&action=team.update`)).json().items;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'team.update',
      entityType: 'team',
      actorType: 'user',
      actorLabel: office.email,
      requestId: 'req-audit-0001',
      before: { mission: team.mission, version: 1 },
      after: { mission: 'Neue Mission', version: 2 },
    });
  });

  it('writes nothing when the change is refused', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const count = async () => (await admin.http.get(`/api/v1/audit?entityId=${team.id}`)).json().items.length;
    const before = await count();
    const refused = await office.http.patch(`/api/v1/teams/${team.id}`, { businessLeadId: null }, ifMatch(team.version));
    expect(refused.statusCode).toBe(422);
    expect(await count()).toBe(before);
  });

  it('never stores password hashes in user snapshots', async () => {
    const events = (await admin.http.get('/api/v1/audit?entityType=user&action=user.create')).json().items;
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toMatch(/argon2|passwordHash/);
  });

  it('pages newest first with a cursor', async () => {
    for (let i = 0; i < 3; i++) await buildPerson(h);
    const first = (await admin.http.get('/api/v1/audit?limit=2')).json();
    const second = (await admin.http.get(`/api/v1/audit?limit=2&cursor=${first.nextCursor}`)).json();
    const seqs = [...first.items, ...second.items].map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(4);
  });
});

describe('the hash chain', () => {
  it('verifies an untouched log', async () => {
    const res = await admin.http.get('/api/v1/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, brokenAt: null });
    expect(res.json().checked).toBeGreaterThan(5);
  });

  it('stays one unbroken chain when many changes are audited at the same time', async () => {
    // On PostgreSQL these run on separate connections and queue on the chain head's row lock.
    await Promise.all(Array.from({ length: 24 }, () => buildPerson(h, { discipline: 'engineering' })));
    const res = await admin.http.get('/api/v1/audit/verify');
    expect(res.json()).toMatchObject({ ok: true, brokenAt: null });
    const [last] = await h.database.db.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(sql`${auditEvents.seq} desc`).limit(1);
    const rows = await queryRows<{ hash: string }>(h.database.db, sql`select hash from audit_chain_head`);
    expect(rows[0]!.hash).toBe(last!.hash);
  });

  it('refuses to update or delete an audit event', async () => {
    await expect(h.database.db.execute(sql`update audit_events set actor_label = 'mallory'`)).rejects.toThrow();
    await expect(h.database.db.execute(sql`delete from audit_events`)).rejects.toThrow();
  });

  it('reports the first altered event when someone bypasses the guard', async () => {
    const team = await buildTeam(h, { name: 'Tamper Target' });
    const [row] = await h.database.db.select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.entityId, team.id)).orderBy(auditEvents.seq).limit(1);
    const seq = row!.seq;
    await h.database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await h.database.db.execute(sql`update audit_events set after = jsonb_set(after, '{name}', '"Forged"') where seq = ${seq}`);
    await h.database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    const res = (await admin.http.get('/api/v1/audit/verify')).json();
    expect(res).toMatchObject({ ok: false, brokenAt: seq });
    expect(res.reason).toContain('altered');
  });
});
