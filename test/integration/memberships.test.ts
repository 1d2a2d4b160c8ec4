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

const join = (teamId: string, body: Record<string, unknown>) => office.http.post(`/api/v1/teams/${teamId}/memberships`, body);

describe('POST /api/v1/teams/:id/memberships', () => {
  it('adds a member; the team shows headcount, FTE and business/IT mix', async () => {
    const team = await buildTeam(h);
    const marketer = await buildPerson(h, { discipline: 'marketing' });
    const engineer = await buildPerson(h, { discipline: 'engineering' });
    expect((await join(team.id, { personId: marketer.id, role: 'Performance Marketing', allocation: 100, startDate: '2026-01-01' })).statusCode).toBe(201);
    expect((await join(team.id, { personId: engineer.id, role: 'Backend', allocation: 50, startDate: '2026-01-01' })).statusCode).toBe(201);
    const view = (await office.http.get(`/api/v1/teams/${team.id}`)).json();
    expect(view).toMatchObject({ headcount: 2, fte: 1.5, businessShare: 0.67 });
    expect(view.memberships.map((m: { personName: string; side: string }) => [m.personName, m.side])).toEqual(
      expect.arrayContaining([[marketer.name, 'business'], [engineer.name, 'it']]),
    );
  });

  it('refuses an allocation that would take a person above 100 % on any date', async () => {
    const a = await buildTeam(h);
    const b = await buildTeam(h);
    const lawyer = await buildPerson(h, { discipline: 'legal', name: 'Julia Weiß' });
    await buildMembership(h, a.id, lawyer.id, 60, '2026-01-01', '2026-06-30');
    // Overlaps only in June: 60 + 50 = 110 on 2026-06-01.
    const res = await join(b.id, { personId: lawyer.id, role: 'Legal', allocation: 50, startDate: '2026-06-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'allocation_exceeded', errors: [{ field: 'allocation' }] });
    expect(res.json().detail).toContain('110 % on 2026-06-01');
    expect((await office.http.get(`/api/v1/teams/${b.id}`)).json().memberships).toHaveLength(0);
    // Starting after the first membership ends fits.
    expect((await join(b.id, { personId: lawyer.id, role: 'Legal', allocation: 50, startDate: '2026-07-01' })).statusCode).toBe(201);
  });

  it('validates dates and the allocation range', async () => {
    const team = await buildTeam(h);
    const p = await buildPerson(h);
    const res = await join(team.id, { personId: p.id, role: 'Dev', allocation: 120, startDate: '2026-05-01', endDate: '2026-04-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['allocation', 'endDate']);
    const badDate = await join(team.id, { personId: p.id, role: 'Dev', allocation: 10, startDate: '2026-02-30x' });
    expect(badDate.statusCode).toBe(400);
  });

  it('gives two concurrent additions for one person one place between them', async () => {
    const [a, b] = [await buildTeam(h), await buildTeam(h)];
    const p = await buildPerson(h);
    const results = await Promise.all([
      join(a.id, { personId: p.id, role: 'Dev', allocation: 60, startDate: '2026-03-01' }),
      join(b.id, { personId: p.id, role: 'Dev', allocation: 60, startDate: '2026-03-01' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 422]);
    expect((await office.http.get(`/api/v1/people/${p.id}`)).json().memberships).toHaveLength(1);
  });
});

describe('PATCH /api/v1/memberships/:id and POST …/end', () => {
  it('changes an allocation within the limit, refuses one beyond it', async () => {
    const team = await buildTeam(h);
    const other = await buildTeam(h);
    const p = await buildPerson(h);
    const m = await buildMembership(h, team.id, p.id, 50);
    await buildMembership(h, other.id, p.id, 40);
    const ok = await office.http.patch(`/api/v1/memberships/${m.id}`, { allocation: 60 }, ifMatch(m.version));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ allocation: 60, version: 2 });
    const tooMuch = await office.http.patch(`/api/v1/memberships/${m.id}`, { allocation: 70 }, ifMatch(2));
    expect(tooMuch.statusCode).toBe(422);
    const stale = await office.http.patch(`/api/v1/memberships/${m.id}`, { allocation: 55 }, ifMatch(1));
    expect(stale.statusCode).toBe(412);
  });

  it('ends a membership and keeps it in the team’s history', async () => {
    const team = await buildTeam(h);
    const p = await buildPerson(h);
    const m = await buildMembership(h, team.id, p.id, 50, '2025-01-01');
    const res = await office.http.post(`/api/v1/memberships/${m.id}/end`, { endDate: '2025-12-31' }, ifMatch(m.version));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ endDate: '2025-12-31', current: false });
    const view = (await office.http.get(`/api/v1/teams/${team.id}`)).json();
    expect(view.headcount).toBe(0);
    expect(view.memberships).toHaveLength(1);
  });

  it('refuses an end date before the start', async () => {
    const team = await buildTeam(h);
    const p = await buildPerson(h);
    const m = await buildMembership(h, team.id, p.id, 50, '2026-05-01');
    const res = await office.http.post(`/api/v1/memberships/${m.id}/end`, { endDate: '2026-04-30' }, ifMatch(m.version));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('endDate');
  });

  it('refuses to end the membership of the current lead of an active team', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const m = await buildMembership(h, team.id, team.businessLead!.id, 80, '2026-01-01');
    const res = await office.http.post(`/api/v1/memberships/${m.id}/end`, { endDate: '2026-01-31' }, ifMatch(m.version));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'lead_required' });
  });
});
