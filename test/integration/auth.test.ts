import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgRole } from '../../src/contracts/index.ts';
import { createUser } from '../../src/core/index.ts';
import { signIn, TEST_PASSWORD, type SignedIn } from '../support/factories.ts';
import { client, createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let admin: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  admin = await signIn(h, 'admin');
});
afterAll(() => h.close());

const unique = () => randomUUID().slice(0, 8);

// Failed sign-ins are also counted per source address. Each test that fails on purpose comes from
// its own address (the app trusts X-Forwarded-For), so it never locks out the harness's signIn().
let lastOctet = 0;
const freshIp = () => `198.51.100.${++lastOctet}`;

interface LoginOptions {
  ip?: string;
  cookie?: string;
}

const login = (payload: unknown, { ip = freshIp(), cookie }: LoginOptions = {}) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: payload as Record<string, unknown>,
    headers: { 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) },
  });

const sessionCookie = (res: LightMyRequestResponse) => {
  const c = res.cookies.find((cookie) => cookie.name === 'tandem_session');
  return c ? `tandem_session=${c.value}` : undefined;
};

const me = (cookie: string) => client(h.app, { cookie }).get('/api/v1/me');

async function account(role: OrgRole = 'member', email = `konto.${unique()}@example.test`) {
  const user = await createUser(h.ctx, { email, displayName: `Konto ${role}`, role, personId: null, password: TEST_PASSWORD });
  return { ...user, email };
}

describe('POST /api/v1/auth/login', () => {
  it.each([
    ['admin', { createTeam: true, managePeople: true, readAudit: true, manageUsers: true, manageChange: true, readPortfolioFinance: true, manageFinance: true, readPortfolioGoals: true, manageGoals: true }],
    ['portfolio_office', { createTeam: true, managePeople: true, readAudit: false, manageUsers: false, manageChange: true, readPortfolioFinance: true, manageFinance: true, readPortfolioGoals: true, manageGoals: true }],
    ['member', { createTeam: false, managePeople: false, readAudit: false, manageUsers: false, manageChange: false, readPortfolioFinance: false, manageFinance: false, readPortfolioGoals: false, manageGoals: false }],
    ['viewer', { createTeam: false, managePeople: false, readAudit: false, manageUsers: false, manageChange: false, readPortfolioFinance: true, manageFinance: false, readPortfolioGoals: true, manageGoals: false }],
  ] as const)('signs in a %s and tells them what they may do', async (role, abilities) => {
    const user = await account(role);
    const res = await login({ email: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: user.id, email: user.email, displayName: user.displayName, role, personId: null, abilities });
    const cookie = sessionCookie(res)!;
    expect((await me(cookie)).json()).toMatchObject({ id: user.id, role, abilities });
  });

  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site that expires in 12 hours', async () => {
    const user = await account();
    const before = Date.now();
    const res = await login({ email: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('tandem_session='));
    expect(setCookie).toBeDefined();
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/);
    const cookie = res.cookies.find((c) => c.name === 'tandem_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const expires = new Date(cookie.expires!).getTime();
    const twelveHours = 12 * 60 * 60 * 1000;
    // Cookie dates have one-second precision.
    expect(expires).toBeGreaterThanOrEqual(before + twelveHours - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + twelveHours + 1000);
  });

  it('refuses a wrong password and an unknown email alike, without saying which was wrong', async () => {
    const user = await account();
    const wrongPassword = await login({ email: user.email, password: 'not the password at all' });
    const unknownEmail = await login({ email: `niemand.${unique()}@example.test`, password: TEST_PASSWORD });
    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('invalid_credentials');
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(wrongPassword.json().detail).toBe(unknownEmail.json().detail);
    expect(wrongPassword.json().title).toBe(unknownEmail.json().title);
  });

  it('treats the email case-insensitively', async () => {
    const user = await account('viewer', `Grete.Gross.${unique()}@Example.test`);
    const lower = await login({ email: user.email.toLowerCase(), password: TEST_PASSWORD });
    expect(lower.statusCode).toBe(200);
    expect(lower.json().id).toBe(user.id);
    const upper = await login({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(upper.statusCode).toBe(200);
    expect(upper.json().id).toBe(user.id);
  });

  it('issues a new session when signing in again and ends the old one', async () => {
    const user = await account();
    const first = sessionCookie(await login({ email: user.email, password: TEST_PASSWORD }))!;
    expect((await me(first)).statusCode).toBe(200);
    const again = await login({ email: user.email, password: TEST_PASSWORD }, { cookie: first });
    expect(again.statusCode).toBe(200);
    const second = sessionCookie(again)!;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).json().id).toBe(user.id);
  });

  it('leaves a second browser signed in when the user signs in elsewhere', async () => {
    const user = await account();
    const laptop = sessionCookie(await login({ email: user.email, password: TEST_PASSWORD }))!;
    const phone = sessionCookie(await login({ email: user.email, password: TEST_PASSWORD }))!;
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(200);
  });

  it('rejects a bad body with problem+json naming each field', async () => {
    const missingPassword = await login({ email: 'jemand@example.test' });
    expect(missingPassword.statusCode).toBe(400);
    expect(missingPassword.headers['content-type']).toContain('application/problem+json');
    expect(missingPassword.json()).toMatchObject({ code: 'validation_failed', status: 400 });
    expect(missingPassword.json().errors.map((e: { field: string }) => e.field)).toEqual(['password']);

    const invalidEmail = await login({ email: 'not-an-email', password: TEST_PASSWORD });
    expect(invalidEmail.statusCode).toBe(400);
    expect(invalidEmail.json().errors.map((e: { field: string }) => e.field)).toEqual(['email']);

    const empty = await login({});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
  });

  it('does not count a malformed request as a failed attempt', async () => {
    const user = await account();
    for (let i = 0; i < 10; i++) expect((await login({ email: user.email }, { ip: freshIp() })).statusCode).toBe(400);
    expect((await login({ email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });
});

describe('login rate limit', () => {
  it('blocks an email after 10 failed attempts, even with the right password and from another address', async () => {
    const user = await account();
    for (let i = 0; i < 10; i++) {
      const res = await login({ email: user.email, password: `wrong guess ${i}` }, { ip: freshIp() });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await login({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, { ip: freshIp() });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json()).toMatchObject({ status: 429, code: 'too_many_attempts' });
    expect(sessionCookie(blocked)).toBeUndefined();
    // Other accounts are not affected.
    const other = await account();
    expect((await login({ email: other.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('blocks an address after 10 failed attempts, whatever email it tries next', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect((await login({ email: `rate.${unique()}@example.test`, password: 'guess' }, { ip })).statusCode).toBe(401);
    }
    const user = await account();
    const blocked = await login({ email: user.email, password: TEST_PASSWORD }, { ip });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_attempts');
    // The same person from another address gets in.
    expect((await login({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() })).statusCode).toBe(200);
  });

  // KNOWN BUG (src/core/identity/login.ts:36-45): the failure count is read before the slow password
  // check and the failure is written after it, with nothing serialising the two, so guesses sent in
  // parallel all pass the check — 30 parallel wrong passwords all get 401, none 429. Turn this into
  // a plain `it` once the check and the insert are atomic (e.g. insert first, then count).
  it('holds the limit against guesses sent in parallel', async () => {
    const user = await account();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login({ email: user.email, password: `parallel guess ${i}` }, { ip: freshIp() })),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20);
  });

  it('starts counting again after a successful sign-in', async () => {
    const user = await account();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect((await login({ email: user.email, password: 'wrong' }, { ip: freshIp() })).statusCode).toBe(401);
      expect((await login({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() })).statusCode).toBe(200);
    }
  });
});

describe('POST /api/v1/auth/logout', () => {
  it('ends the session: 204, the cookie is cleared and no longer works', async () => {
    const user = await account();
    const cookie = sessionCookie(await login({ email: user.email, password: TEST_PASSWORD }))!;
    const res = await client(h.app, { cookie }).post('/api/v1/auth/logout');
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const cleared = res.cookies.find((c) => c.name === 'tandem_session');
    expect(cleared?.value).toBe('');
    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('answers 204 without a session too', async () => {
    expect((await client(h.app).post('/api/v1/auth/logout')).statusCode).toBe(204);
  });
});

describe('GET /api/v1/me', () => {
  it('answers 401 without a session', async () => {
    const res = await client(h.app).get('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('answers 401 to a tampered or unsigned session cookie', async () => {
    const user = await account();
    const cookie = sessionCookie(await login({ email: user.email, password: TEST_PASSWORD }))!;
    const value = cookie.slice('tandem_session='.length);
    const dot = value.lastIndexOf('.');
    const raw = value.slice(0, dot);
    const signature = value.slice(dot + 1);
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const tampered = [
      `tandem_session=${flip(raw, 3)}.${signature}`, // changed token, old signature
      `tandem_session=${raw}.${flip(signature, 3)}`, // token intact, forged signature
      `tandem_session=${raw}`, // the bare token without a signature
      'tandem_session=garbage',
    ];
    for (const forged of tampered) expect((await me(forged)).statusCode, forged).toBe(401);
    expect((await me(cookie)).statusCode).toBe(200);
  });
});

describe('disabled accounts', () => {
  it('cannot sign in, and their open session stops working at once', async () => {
    const user = await account('portfolio_office');
    const cookie = sessionCookie(await login({ email: user.email, password: TEST_PASSWORD }))!;
    expect((await me(cookie)).statusCode).toBe(200);

    const disable = await admin.http.patch(`/api/v1/users/${user.id}`, { disabled: true }, ifMatch(user.version));
    expect(disable.statusCode).toBe(200);
    expect(disable.json()).toMatchObject({ id: user.id, disabled: true });

    expect((await me(cookie)).statusCode).toBe(401);
    expect((await client(h.app, { cookie }).post('/api/v1/teams', { name: `Zu spät ${unique()}`, kind: 'fusion', mandateKind: 'product' })).statusCode).toBe(401);
    const res = await login({ email: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
    expect(sessionCookie(res)).toBeUndefined();

    // Enabling the account again lets the user back in.
    const enable = await admin.http.patch(`/api/v1/users/${user.id}`, { disabled: false }, ifMatch(disable.json().version));
    expect(enable.statusCode).toBe(200);
    expect((await login({ email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });
});
