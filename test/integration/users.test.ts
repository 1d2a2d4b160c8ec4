import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema.ts';
import { buildPerson, signIn, TEST_PASSWORD, type SignedIn } from '../support/factories.ts';
import { client, createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let admin: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  admin = await signIn(h, 'admin');
});
afterAll(() => h.close());

const unique = () => randomUUID().slice(0, 8);
const PASSWORD = 'ein langes Passwort 2026';

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `konto.${unique()}@example.test`,
  displayName: 'Karla Konto',
  role: 'member',
  password: PASSWORD,
  ...overrides,
});

const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();

async function userOf(id: string) {
  const list = (await admin.http.get('/api/v1/users')).json().items as { id: string; version: number; role: string; disabled: boolean }[];
  return list.find((u) => u.id === id)!;
}

describe('POST /api/v1/users', () => {
  it('creates an account that can sign in, and never echoes the password', async () => {
    const person = await buildPerson(h, { discipline: 'finance' });
    const body = newUser({ email: `Frieda.Finanz.${unique()}@Example.test`, role: 'portfolio_office', personId: person.id });
    const res = await admin.http.post('/api/v1/users', body);
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const user = res.json();
    expect(user).toMatchObject({ email: body.email.toLowerCase(), displayName: 'Karla Konto', role: 'portfolio_office', personId: person.id, disabled: false, version: 1 });
    expect(Object.keys(user).sort()).toEqual(['createdAt', 'disabled', 'displayName', 'email', 'id', 'personId', 'role', 'version']);
    expect(res.body).not.toContain(PASSWORD);

    const listed = await admin.http.get('/api/v1/users');
    expect(listed.json().items.map((u: { id: string }) => u.id)).toContain(user.id);
    expect(listed.body).not.toContain(PASSWORD);
    expect(listed.body).not.toMatch(/argon2|passwordHash/i);

    const audit = await admin.http.get(`/api/v1/audit?entityId=${user.id}`);
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['user.create']);
    expect(audit.body).not.toContain(PASSWORD);
    expect(audit.body).not.toMatch(/argon2|passwordHash/i);

    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: body.email, password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ id: user.id, role: 'portfolio_office', personId: person.id });
  });

  it('stores the password only as a hash', async () => {
    const res = await admin.http.post('/api/v1/users', newUser());
    const rows = await h.database.db.select().from(users);
    const row = rows.find((r) => r.id === res.json().id)!;
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });

  it('requires a password of at least 12 characters', async () => {
    const res = await admin.http.post('/api/v1/users', newUser({ password: 'elf Zeichen' }));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'password', message: 'must be at least 12 characters' })]);
  });

  it('names every invalid field', async () => {
    const res = await admin.http.post('/api/v1/users', { email: 'kein-email', displayName: '', role: 'owner', password: PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(fields(res.json())).toEqual(['displayName', 'email', 'role']);
  });

  it('refuses an email that already has an account, whatever its case', async () => {
    const email = `doppelt.${unique()}@example.test`;
    expect((await admin.http.post('/api/v1/users', newUser({ email }))).statusCode).toBe(201);
    for (const again of [email, email.toUpperCase()]) {
      const res = await admin.http.post('/api/v1/users', newUser({ email: again, displayName: 'Zweitkonto' }));
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'conflict', errors: [{ field: 'email' }] });
    }
    const all = (await admin.http.get('/api/v1/users')).json().items.filter((u: { email: string }) => u.email === email);
    expect(all).toHaveLength(1);
  });

  it('refuses a person that does not exist', async () => {
    const res = await admin.http.post('/api/v1/users', newUser({ personId: randomUUID() }));
    expect(res.statusCode).toBe(400);
    expect(fields(res.json())).toEqual(['personId']);
  });
});

describe('PATCH /api/v1/users/:id', () => {
  it('changes an account with the version it read and bumps the ETag', async () => {
    const created = (await admin.http.post('/api/v1/users', newUser())).json();
    const res = await admin.http.patch(`/api/v1/users/${created.id}`, { displayName: 'Karla Neu' }, ifMatch(created.version));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Karla Neu', version: created.version + 1 });
    expect(res.headers.etag).toBe(`"${created.version + 1}"`);
  });

  it('does not let an admin disable themselves or give up their own admin role', async () => {
    const me = await userOf(admin.userId);
    const disable = await admin.http.patch(`/api/v1/users/${admin.userId}`, { disabled: true }, ifMatch(me.version));
    expect(disable.statusCode).toBe(422);
    expect(disable.json()).toMatchObject({ code: 'rule_violation', errors: [{ field: 'disabled' }] });
    const demote = await admin.http.patch(`/api/v1/users/${admin.userId}`, { role: 'viewer' }, ifMatch(me.version));
    expect(demote.statusCode).toBe(422);
    expect(demote.json()).toMatchObject({ code: 'rule_violation', errors: [{ field: 'role' }] });
    // Still an admin, still signed in, nothing changed.
    expect((await admin.http.get('/api/v1/me')).json()).toMatchObject({ role: 'admin', abilities: { manageUsers: true } });
    expect(await userOf(admin.userId)).toMatchObject({ version: me.version, disabled: false, role: 'admin' });
    // Renaming yourself is fine.
    expect((await admin.http.patch(`/api/v1/users/${admin.userId}`, { displayName: 'Chefin' }, ifMatch(me.version))).statusCode).toBe(200);
  });

  it('lets another admin disable an admin', async () => {
    const other = await signIn(h, 'admin');
    const target = await userOf(other.userId);
    const res = await admin.http.patch(`/api/v1/users/${other.userId}`, { disabled: true }, ifMatch(target.version));
    expect(res.statusCode).toBe(200);
    expect((await other.http.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('answers a stale version with 412 and changes nothing', async () => {
    const created = (await admin.http.post('/api/v1/users', newUser())).json();
    expect((await admin.http.patch(`/api/v1/users/${created.id}`, { displayName: 'Erste' }, ifMatch(created.version))).statusCode).toBe(200);
    const stale = await admin.http.patch(`/api/v1/users/${created.id}`, { role: 'admin' }, ifMatch(created.version));
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_mismatch');
    expect(await userOf(created.id)).toMatchObject({ role: 'member', version: created.version + 1 });
  });

  it('requires If-Match, in the right shape', async () => {
    const created = (await admin.http.post('/api/v1/users', newUser())).json();
    const missing = await admin.http.patch(`/api/v1/users/${created.id}`, { displayName: 'x' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');
    const malformed = await admin.http.patch(`/api/v1/users/${created.id}`, { displayName: 'x' }, { 'if-match': 'eins' });
    expect(malformed.statusCode).toBe(400);
    expect(fields(malformed.json())).toEqual(['If-Match']);
  });

  it('refuses an empty change and answers 404 for an unknown account', async () => {
    const created = (await admin.http.post('/api/v1/users', newUser())).json();
    expect((await admin.http.patch(`/api/v1/users/${created.id}`, {}, ifMatch(created.version))).statusCode).toBe(400);
    const unknown = await admin.http.patch(`/api/v1/users/${randomUUID()}`, { displayName: 'x' }, ifMatch(1));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not_found');
  });

  it("applies a role change on the user's next request", async () => {
    const viewer = await signIn(h, 'viewer');
    expect((await viewer.http.get('/api/v1/me')).json()).toMatchObject({
      role: 'viewer',
      abilities: { createTeam: false, managePeople: false, readAudit: false, manageUsers: false, manageChange: false, readPortfolioFinance: true, manageFinance: false },
    });
    const team = { name: `Befördert ${unique()}`, kind: 'fusion', mandateKind: 'product' };
    expect((await viewer.http.post('/api/v1/teams', team)).statusCode).toBe(403);

    const before = await userOf(viewer.userId);
    const promote = await admin.http.patch(`/api/v1/users/${viewer.userId}`, { role: 'portfolio_office' }, ifMatch(before.version));
    expect(promote.statusCode).toBe(200);

    // Same session, no new sign-in.
    expect((await viewer.http.get('/api/v1/me')).json()).toMatchObject({
      role: 'portfolio_office',
      abilities: { createTeam: true, managePeople: true, readAudit: false, manageUsers: false, manageChange: true, readPortfolioFinance: true, manageFinance: true },
    });
    expect((await viewer.http.post('/api/v1/teams', team)).statusCode).toBe(201);

    const demote = await admin.http.patch(`/api/v1/users/${viewer.userId}`, { role: 'viewer' }, ifMatch(promote.json().version));
    expect(demote.statusCode).toBe(200);
    expect((await viewer.http.get('/api/v1/me')).json().abilities.createTeam).toBe(false);
    expect((await viewer.http.post('/api/v1/teams', { ...team, name: `${team.name} 2` })).statusCode).toBe(403);
  });

  it('links an account to a person, which makes them lead of the teams that person leads', async () => {
    const member = await signIn(h, 'member');
    const lead = await buildPerson(h, { discipline: 'product' });
    const office = await signIn(h, 'portfolio_office');
    const created = await office.http.post('/api/v1/teams', { name: `Geführt ${unique()}`, kind: 'fusion', mandateKind: 'product', businessLeadId: lead.id });
    const team = created.json();
    expect((await member.http.get(`/api/v1/teams/${team.id}`)).json().abilities.update).toBe(false);

    const before = await userOf(member.userId);
    const link = await admin.http.patch(`/api/v1/users/${member.userId}`, { personId: lead.id }, ifMatch(before.version));
    expect(link.statusCode).toBe(200);
    expect(link.json().personId).toBe(lead.id);
    expect((await member.http.get(`/api/v1/teams/${team.id}`)).json().abilities).toMatchObject({ update: true, manageMembers: true, charter: false });
    const edit = await member.http.patch(`/api/v1/teams/${team.id}`, { mission: 'Vom Lead gepflegt' }, ifMatch(team.version));
    expect(edit.statusCode).toBe(200);
  });
});

describe('GET /api/v1/users', () => {
  it('is for admins only', async () => {
    const office = await signIn(h, 'portfolio_office');
    expect((await office.http.get('/api/v1/users')).statusCode).toBe(403);
    expect((await client(h.app).get('/api/v1/users')).statusCode).toBe(401);
  });

  it('shows each account without secrets', async () => {
    const res = await admin.http.get('/api/v1/users');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.length).toBeGreaterThan(0);
    for (const u of items) expect(u).not.toHaveProperty('passwordHash');
    expect(res.body).not.toContain(TEST_PASSWORD);
  });
});
