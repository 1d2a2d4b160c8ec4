import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
});
afterAll(() => h.close());

const auditCount = async (entityId: string) => {
  const admin = await signIn(h, 'admin');
  const res = await admin.http.get(`/api/v1/audit?entityId=${entityId}`);
  return res.json().items.length as number;
};

describe('POST /api/v1/teams', () => {
  it('creates a proposed team and returns it with an ETag', async () => {
    const res = await office.http.post('/api/v1/teams', {
      name: 'E-Scooter-Versicherung',
      kind: 'fusion',
      mandateKind: 'customer_segment',
      mandateScope: 'App-only e-scooter liability insurance',
      customerSegment: 'Junge Erwachsene 18–29',
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const team = res.json();
    expect(team).toMatchObject({ name: 'E-Scooter-Versicherung', stage: 'proposed', headcount: 0, businessLead: null, itLead: null });
    expect(team.abilities).toMatchObject({ update: true, charter: true, sunset: true, activate: false });
    expect(await auditCount(team.id)).toBe(1);
  });

  it('rejects bad input with problem+json naming each field, and stores nothing', async () => {
    const before = (await office.http.get('/api/v1/teams')).json().items.length;
    const res = await office.http.post('/api/v1/teams', { name: '', kind: 'squad', mandateKind: 'product' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'name']);
    expect((await office.http.get('/api/v1/teams')).json().items.length).toBe(before);
  });

  it('refuses a second team with the same name, case-insensitively', async () => {
    await buildTeam(h, { name: 'Maklerportal' });
    const res = await office.http.post('/api/v1/teams', { name: 'maklerportal', kind: 'fusion', mandateKind: 'product' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ field: 'name' });
  });

  it('refuses a business lead from the IT side', async () => {
    const engineer = await buildPerson(h, { discipline: 'engineering' });
    const res = await office.http.post('/api/v1/teams', { name: 'Kfz-Tarifrechner', kind: 'fusion', mandateKind: 'product', businessLeadId: engineer.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'businessLeadId', code: 'lead_side' });
  });
});

describe('PATCH /api/v1/teams/:id', () => {
  it('updates with the version it read and bumps the ETag', async () => {
    const team = await buildTeam(h);
    const res = await office.http.patch(`/api/v1/teams/${team.id}`, { mission: 'Versicherung in 60 Sekunden' }, ifMatch(team.version));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mission: 'Versicherung in 60 Sekunden', version: team.version + 1 });
    expect(res.headers.etag).toBe(`"${team.version + 1}"`);
  });

  it('answers a stale version with 412 and changes nothing', async () => {
    const team = await buildTeam(h);
    await office.http.patch(`/api/v1/teams/${team.id}`, { mission: 'first' }, ifMatch(team.version));
    const stale = await office.http.patch(`/api/v1/teams/${team.id}`, { mission: 'second' }, ifMatch(team.version));
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_mismatch');
    expect((await office.http.get(`/api/v1/teams/${team.id}`)).json().mission).toBe('first');
  });

  it('requires If-Match', async () => {
    const team = await buildTeam(h);
    const res = await office.http.patch(`/api/v1/teams/${team.id}`, { mission: 'x' });
    expect(res.statusCode).toBe(428);
  });

  it('refuses to remove a lead from an active team, with a clear error', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const res = await office.http.patch(`/api/v1/teams/${team.id}`, { itLeadId: null }, ifMatch(team.version));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'lead_required', errors: [{ field: 'itLeadId', message: 'an active team needs an IT lead' }] });
    expect((await office.http.get(`/api/v1/teams/${team.id}`)).json().itLead).not.toBeNull();
  });

  it('refuses the same person as both leads', async () => {
    const team = await buildTeam(h);
    const p = await buildPerson(h, { discipline: 'product' });
    const res = await office.http.patch(`/api/v1/teams/${team.id}`, { businessLeadId: p.id, itLeadId: p.id }, ifMatch(team.version));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { code: string }) => e.code)).toContain('lead_same_person');
  });
});

describe('POST /api/v1/teams/:id/transitions', () => {
  it('charters only with both leads', async () => {
    const team = await buildTeam(h);
    const res = await office.http.post(`/api/v1/teams/${team.id}/transitions`, { to: 'chartered' }, ifMatch(team.version));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['businessLeadId', 'itLeadId']);
  });

  it('moves proposed → chartered → active when both leads are set', async () => {
    const bl = await buildPerson(h, { discipline: 'marketing' });
    const il = await buildPerson(h, { discipline: 'architecture' });
    let team = await buildTeam(h, { businessLeadId: bl.id, itLeadId: il.id });
    for (const to of ['chartered', 'active'] as const) {
      const res = await office.http.post(`/api/v1/teams/${team.id}/transitions`, { to }, ifMatch(team.version));
      expect(res.statusCode).toBe(200);
      team = res.json();
      expect(team.stage).toBe(to);
    }
  });

  it('refuses to skip a stage', async () => {
    const team = await buildTeam(h, { stage: 'proposed' });
    const res = await office.http.post(`/api/v1/teams/${team.id}/transitions`, { to: 'active' }, ifMatch(team.version));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invalid_transition' });
  });

  it('keeps a sunset team read-only', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const sunset = await office.http.post(`/api/v1/teams/${team.id}/transitions`, { to: 'sunset' }, ifMatch(team.version));
    expect(sunset.statusCode).toBe(200);
    const body = sunset.json();
    expect(Object.values(body.abilities).some(Boolean)).toBe(false);
    const edit = await office.http.patch(`/api/v1/teams/${team.id}`, { mission: 'revived' }, ifMatch(body.version));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('team_read_only');
    const person = await buildPerson(h);
    const join = await office.http.post(`/api/v1/teams/${team.id}/memberships`, { personId: person.id, role: 'x', allocation: 10, startDate: '2026-12-01' });
    expect(join.statusCode).toBe(409);
    expect((await office.http.get(`/api/v1/teams/${team.id}`)).json()).toMatchObject({ stage: 'sunset', mission: body.mission });
  });
});

describe('GET /api/v1/teams', () => {
  it('filters by stage and pages with a cursor', async () => {
    for (let i = 0; i < 3; i++) await buildTeam(h, { stage: 'chartered', name: `Paging ${i}` });
    const first = await office.http.get('/api/v1/teams?stage=chartered&limit=2');
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items.every((t: { stage: string }) => t.stage === 'chartered')).toBe(true);
    const page2 = (await office.http.get(`/api/v1/teams?stage=chartered&limit=2&cursor=${page1.nextCursor}`)).json();
    const names = [...page1.items, ...page2.items].map((t: { name: string }) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith('Paging'))).toHaveLength(3);
  });

  it('rejects an unknown stage filter', async () => {
    const res = await office.http.get('/api/v1/teams?stage=dormant');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('stage');
  });
});
