import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
});
afterAll(() => h.close());

describe('/api/v1/people', () => {
  it('creates a person with side derived from discipline, lower-cased email', async () => {
    const res = await office.http.post('/api/v1/people', { name: 'Mehmet Yılmaz', email: 'Mehmet.Yilmaz@Musterversicherung.de', discipline: 'data', jobTitle: 'Data Analyst' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Mehmet Yılmaz', email: 'mehmet.yilmaz@musterversicherung.de', side: 'it', allocation: 0 });
    const dup = await office.http.post('/api/v1/people', { name: 'Other', email: 'MEHMET.YILMAZ@musterversicherung.de', discipline: 'data' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('email');
  });

  it('names every invalid field', async () => {
    const res = await office.http.post('/api/v1/people', { name: '  ', email: 'not-an-email', discipline: 'astrology' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['discipline', 'email', 'name']);
  });

  it('shows a person’s memberships and total allocation today', async () => {
    const p = await buildPerson(h, { discipline: 'legal' });
    const [a, b] = [await buildTeam(h), await buildTeam(h)];
    await buildMembership(h, a.id, p.id, 50, '2026-01-01');
    await buildMembership(h, b.id, p.id, 30, '2020-01-01', '2020-12-31');
    const res = await office.http.get(`/api/v1/people/${p.id}`);
    expect(res.json()).toMatchObject({ allocation: 50 });
    expect(res.json().memberships.map((m: { teamName: string; current: boolean }) => [m.teamName, m.current])).toEqual(
      expect.arrayContaining([[a.name, true], [b.name, false]]),
    );
  });

  it('filters by side and searches by name', async () => {
    await buildPerson(h, { name: 'Zoe Findbar', discipline: 'security' });
    const found = (await office.http.get('/api/v1/people?q=findbar')).json();
    expect(found.items.map((p: { name: string }) => p.name)).toEqual(['Zoe Findbar']);
    const it = (await office.http.get('/api/v1/people?side=it&limit=500')).json();
    expect(it.items.every((p: { side: string }) => p.side === 'it')).toBe(true);
  });

  it('refuses a discipline change that would break a team’s dual leadership', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const lead = (await office.http.get(`/api/v1/people/${team.itLead!.id}`)).json();
    const res = await office.http.patch(`/api/v1/people/${lead.id}`, { discipline: 'marketing' }, ifMatch(lead.version));
    expect(res.statusCode).toBe(422);
    expect((await office.http.get(`/api/v1/people/${lead.id}`)).json().discipline).toBe(lead.discipline);
  });

  it('answers an unknown id with 404 problem+json', async () => {
    const res = await office.http.get('/api/v1/people/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });
});
