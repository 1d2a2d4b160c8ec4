import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../src/db/schema.ts';
import { signIn, type SignedIn } from '../support/factories.ts';
import { client, createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  [office, admin] = await Promise.all([signIn(h, 'portfolio_office'), signIn(h, 'admin')]);
});
afterAll(() => h.close());

const unique = () => randomUUID().slice(0, 8);
const DAY_MS = 24 * 60 * 60 * 1000;

async function createToken(owner: SignedIn, scopes: string[], extra: Record<string, unknown> = {}) {
  const res = await owner.http.post('/api/v1/tokens', { name: `Import ${unique()}`, scopes, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; name: string; token: string; prefix: string; scopes: string[]; expiresAt: string | null; revokedAt: string | null };
}

const newTeam = () => ({ name: `Token-Team ${unique()}`, kind: 'fusion', mandateKind: 'product' });

describe('POST /api/v1/tokens', () => {
  it('creates a token and shows its secret once', async () => {
    const before = Date.now();
    const res = await office.http.post('/api/v1/tokens', { name: 'Finanz-Import', scopes: ['read'] });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: 'Finanz-Import', scopes: ['read'], revokedAt: null, lastUsedAt: null });
    expect(created.token).toMatch(/^tdm_[A-Za-z0-9_-]{40,}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created.prefix.length).toBeLessThan(created.token.length / 2);
    // 90 days unless asked otherwise.
    const expires = new Date(created.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 90 * DAY_MS);
    expect(expires).toBeLessThanOrEqual(Date.now() + 90 * DAY_MS);
  });

  it('creates a token that never expires when asked', async () => {
    const token = await createToken(office, ['read'], { expiresInDays: null });
    expect(token.expiresAt).toBeNull();
  });

  it('rejects a token without scopes or with an impossible lifetime, naming the field', async () => {
    const noScopes = await office.http.post('/api/v1/tokens', { name: 'Leer', scopes: [] });
    expect(noScopes.statusCode).toBe(400);
    expect(noScopes.json().errors.map((e: { field: string }) => e.field)).toEqual(['scopes']);
    const badScope = await office.http.post('/api/v1/tokens', { name: 'Admin', scopes: ['admin'] });
    expect(badScope.statusCode).toBe(400);
    const zeroDays = await office.http.post('/api/v1/tokens', { name: 'Kurz', scopes: ['read'], expiresInDays: 0 });
    expect(zeroDays.statusCode).toBe(400);
    expect(zeroDays.json().errors[0].field).toBe('expiresInDays');
  });

  it('refuses to let a token create, list or revoke tokens', async () => {
    const token = await createToken(admin, ['read', 'write']);
    const bearer = client(h.app, { token: token.token });
    const create = await bearer.post('/api/v1/tokens', { name: 'Nachwuchs', scopes: ['read'] });
    expect(create.statusCode).toBe(403);
    expect(create.json().code).toBe('forbidden');
    expect((await bearer.get('/api/v1/tokens')).statusCode).toBe(403);
    expect((await bearer.delete(`/api/v1/tokens/${token.id}`)).statusCode).toBe(403);
    const stored = await h.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(stored[0]?.revokedAt).toBeNull();
    expect((await admin.http.get('/api/v1/tokens')).json().items.some((t: { name: string }) => t.name === 'Nachwuchs')).toBe(false);
  });
});

describe('GET /api/v1/tokens', () => {
  it('lists your tokens without their secrets', async () => {
    const user = await signIn(h, 'member');
    const token = await createToken(user, ['read', 'write']);
    const res = await user.http.get('/api/v1/tokens');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: token.id, name: token.name, prefix: token.prefix, scopes: ['read', 'write'] });
    expect(items[0]).not.toHaveProperty('token');
    expect(res.body).not.toContain(token.token);
    expect(res.body).not.toContain(token.token.slice(token.prefix.length));
  });

  it("does not show other users' tokens", async () => {
    const mine = await signIn(h, 'viewer');
    const theirs = await createToken(office, ['read']);
    const res = await mine.http.get('/api/v1/tokens');
    expect(res.json().items).toEqual([]);
    expect(res.body).not.toContain(theirs.id);
  });
});

describe('token storage', () => {
  it('keeps only a hash of the token in the database', async () => {
    const token = await createToken(office, ['read']);
    const rows = await h.database.db.select().from(apiTokens);
    const row = rows.find((r) => r.id === token.id)!;
    expect(row.tokenHash).toBe(createHash('sha256').update(token.token).digest('hex'));
    const secretPart = token.token.slice(token.prefix.length);
    for (const r of rows) {
      const text = JSON.stringify(r);
      expect(text).not.toContain(token.token);
      expect(text).not.toContain(secretPart);
    }
  });
});

describe('bearer tokens', () => {
  it('read the portfolio', async () => {
    const token = await createToken(office, ['read']);
    const res = await client(h.app, { token: token.token }).get('/api/v1/teams');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveProperty('items');
    const listed = (await office.http.get('/api/v1/tokens')).json().items.find((t: { id: string }) => t.id === token.id);
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('are accepted whatever the case of the scheme name', async () => {
    const token = await createToken(office, ['read']);
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `${scheme} ${token.token}` } });
      expect(res.statusCode, scheme).toBe(200);
      expect(res.json().id).toBe(office.userId);
    }
  });

  it('with read scope cannot write', async () => {
    const token = await createToken(office, ['read']);
    const res = await client(h.app, { token: token.token }).post('/api/v1/teams', newTeam());
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('with write scope act as their owner, and the audit log names the token', async () => {
    const token = await createToken(office, ['write']);
    const bearer = client(h.app, { token: token.token });
    const created = await bearer.post('/api/v1/teams', newTeam());
    expect(created.statusCode).toBe(201);
    const team = created.json();
    const edited = await bearer.patch(`/api/v1/teams/${team.id}`, { mission: 'Per Skript gepflegt' }, ifMatch(team.version));
    expect(edited.statusCode).toBe(200);

    const audit = (await admin.http.get(`/api/v1/audit?entityId=${team.id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['team.update', 'team.create']);
    for (const event of audit) {
      // The token is the actor; its label names the owner.
      expect(event).toMatchObject({ actorType: 'token', actorId: token.id });
      expect(event.actorLabel).toContain(office.email);
      expect(event.actorLabel).toContain(token.name);
    }
  });

  it('with write scope can also read what it changes', async () => {
    const token = await createToken(office, ['write']);
    const res = await client(h.app, { token: token.token }).get('/api/v1/teams');
    expect(res.statusCode).toBe(200);
  });

  it("carry no more rights than their owner's role", async () => {
    const viewer = await signIn(h, 'viewer');
    const token = await createToken(viewer, ['read', 'write']);
    const res = await client(h.app, { token: token.token }).post('/api/v1/teams', newTeam());
    expect(res.statusCode).toBe(403);
  });

  it('are refused when unknown or malformed, even next to a valid session cookie', async () => {
    for (const bad of [`tdm_${unique()}`, 'not-a-tandem-token']) {
      const res = await client(h.app, { token: bad }).get('/api/v1/teams');
      expect(res.statusCode, bad).toBe(401);
    }
    const mixed = await h.app.inject({
      method: 'GET',
      url: '/api/v1/teams',
      headers: { cookie: office.cookie, authorization: `Bearer tdm_${unique()}` },
    });
    expect(mixed.statusCode).toBe(401);
  });

  it('stop working when their owner is disabled', async () => {
    const owner = await signIn(h, 'member');
    const token = await createToken(owner, ['read']);
    const bearer = client(h.app, { token: token.token });
    expect((await bearer.get('/api/v1/teams')).statusCode).toBe(200);
    const user = (await admin.http.get('/api/v1/users')).json().items.find((u: { id: string }) => u.id === owner.userId);
    expect((await admin.http.patch(`/api/v1/users/${owner.userId}`, { disabled: true }, ifMatch(user.version))).statusCode).toBe(200);
    expect((await bearer.get('/api/v1/teams')).statusCode).toBe(401);
  });
});

describe('DELETE /api/v1/tokens/:id', () => {
  it('revokes a token: 204, then the token is refused and listed as revoked', async () => {
    const token = await createToken(office, ['read']);
    const bearer = client(h.app, { token: token.token });
    expect((await bearer.get('/api/v1/teams')).statusCode).toBe(200);
    const res = await office.http.delete(`/api/v1/tokens/${token.id}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const refused = await bearer.get('/api/v1/teams');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('unauthenticated');
    const listed = (await office.http.get('/api/v1/tokens')).json().items.find((t: { id: string }) => t.id === token.id);
    expect(listed.revokedAt).not.toBeNull();
    // Revoking twice is harmless.
    expect((await office.http.delete(`/api/v1/tokens/${token.id}`)).statusCode).toBe(204);
  });

  it("answers 404 for someone else's token and leaves it working", async () => {
    const theirs = await createToken(admin, ['read']);
    const res = await office.http.delete(`/api/v1/tokens/${theirs.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
    expect((await client(h.app, { token: theirs.token }).get('/api/v1/teams')).statusCode).toBe(200);
  });

  it('answers 404 for an id that does not exist, and 400 for one that is not an id', async () => {
    expect((await office.http.delete(`/api/v1/tokens/${randomUUID()}`)).statusCode).toBe(404);
    const bad = await office.http.delete('/api/v1/tokens/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('id');
  });
});

describe('token expiry', () => {
  it('refuses a token once it has expired', async () => {
    const token = await createToken(office, ['read'], { expiresInDays: 1 });
    const expires = new Date(token.expiresAt!).getTime();
    expect(Math.abs(expires - (Date.now() + DAY_MS))).toBeLessThan(60_000);
    const bearer = client(h.app, { token: token.token });
    expect((await bearer.get('/api/v1/teams')).statusCode).toBe(200);

    await h.database.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, token.id));
    const res = await bearer.get('/api/v1/teams');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });
});
