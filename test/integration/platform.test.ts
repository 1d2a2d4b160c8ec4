import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoLogins, isDemoWorkspace, seedDemoWorkspace } from '../../src/core/index.ts';
import { createHarness, client, type Harness } from '../support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('GET /api/health and the OpenAPI document', () => {
  it('reports the database as up without signing in', async () => {
    const res = await h.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves an OpenAPI 3.1 document generated from the contracts', async () => {
    const doc = (await h.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/teams', '/api/v1/teams/{id}', '/api/v1/people', '/api/v1/audit/verify']));
    const create = doc.paths['/api/v1/teams'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['name', 'kind', 'mandateKind']));
    expect(create.properties.kind.enum).toEqual(['fusion', 'platform']);
  });

  it('serves interactive docs', async () => {
    const res = await h.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });

  it('answers unknown API routes and malformed JSON with problem+json', async () => {
    const missing = await h.app.inject({ url: '/api/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
    const broken = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
  });
});

describe('the demo workspace', () => {
  it('seeds Musterversicherung AG through the use cases and lets the demo admin in', async () => {
    const seeded = await seedDemoWorkspace(h.ctx);
    expect(seeded.teams).toBeGreaterThanOrEqual(7);
    expect(await isDemoWorkspace(h.database.db)).toBe(true);
    const admin = demoLogins.find((u) => u.role === 'admin')!;
    const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: admin.email, password: DEMO_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const cookie = `tandem_session=${login.cookies.find((c) => c.name === 'tandem_session')!.value}`;
    const http = client(h.app, { cookie });
    const teams = (await http.get('/api/v1/teams')).json().items;
    const escooter = teams.find((t: { name: string }) => t.name === 'E-Scooter-Versicherung');
    expect(escooter).toMatchObject({ stage: 'active', kind: 'fusion', mandateKind: 'customer_segment' });
    expect(escooter.businessLead).not.toBeNull();
    expect(escooter.itLead).not.toBeNull();
    expect(escooter.headcount).toBeGreaterThanOrEqual(8);
    expect((await http.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('is refused once the workspace has accounts', async () => {
    await expect(seedDemoWorkspace(h.ctx)).rejects.toThrow(/empty/);
  });
});
