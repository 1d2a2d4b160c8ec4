import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Completion, LearningOffer, TeamEnablement } from '../../src/contracts/index.ts';
import { endMembership, today } from '../../src/core/index.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let member: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  [office, member, admin] = await Promise.all([signIn(h, 'portfolio_office'), signIn(h, 'member'), signIn(h, 'admin')]);
});
afterAll(() => h.close());

const GHOST = '00000000-0000-4000-8000-000000000000';
const audit = async (query: string) => (await admin.http.get(`/api/v1/audit?${query}`)).json().items as { action: string; before: any; after: any }[];
const fields = (res: { json(): any }) => (res.json().errors ?? []).map((e: { field: string }) => e.field);
const offers = async (): Promise<LearningOffer[]> => (await member.http.get('/api/v1/learning-offers')).json().items;
const createOffer = async (body: Record<string, unknown>): Promise<LearningOffer> => {
  const res = await office.http.post('/api/v1/learning-offers', body);
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
const complete = (offerId: string, personId: string, completedOn = '2026-03-15', as: SignedIn = office) =>
  as.http.post(`/api/v1/learning-offers/${offerId}/completions`, { personId, completedOn });
const completionsOf = async (offerId: string): Promise<Completion[]> => (await member.http.get(`/api/v1/learning-offers/${offerId}/completions`)).json().items;

describe('POST /api/v1/learning-offers', () => {
  it('adds an offer with defaults, each audience once, and records it', async () => {
    const res = await office.http.post('/api/v1/learning-offers', { title: 'Agile Grundlagen', expectedFor: ['all_members', 'leads', 'all_members'] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const offer: LearningOffer = res.json();
    expect(offer).toMatchObject({ title: 'Agile Grundlagen', description: '', expectedFor: ['all_members', 'leads'], durationHours: null, completions: 0, version: 1 });
    expect((await offers()).map((o) => o.id)).toContain(offer.id);
    const [event] = await audit(`entityType=learning_offer&entityId=${offer.id}`);
    expect(event).toMatchObject({ action: 'learning_offer.create', before: null, after: { title: 'Agile Grundlagen', expectedFor: ['all_members', 'leads'] } });
  });

  it('refuses bad input with the fields named, and adds nothing', async () => {
    const before = await offers();
    const res = await office.http.post('/api/v1/learning-offers', { title: ' ', expectedFor: ['everyone'], durationHours: 0 });
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['durationHours', 'expectedFor.0', 'title']);
    expect((await member.http.post('/api/v1/learning-offers', { title: 'Nicht erlaubt' })).statusCode).toBe(403);
    expect(await offers()).toEqual(before);
  });
});

describe('PATCH /api/v1/learning-offers/:id', () => {
  it('changes only the fields sent, and records before and after', async () => {
    const offer = await createOffer({ title: 'Design Thinking', description: 'Zwei Tage Workshop', expectedFor: ['business_side'], durationHours: 16 });
    const res = await office.http.patch(`/api/v1/learning-offers/${offer.id}`, { title: 'Design Thinking kompakt' }, ifMatch(1));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toEqual({ ...offer, title: 'Design Thinking kompakt', version: 2 });
    const [event] = await audit(`entityType=learning_offer&entityId=${offer.id}&action=learning_offer.update`);
    expect(event).toMatchObject({ before: { title: 'Design Thinking', version: 1 }, after: { title: 'Design Thinking kompakt', description: 'Zwei Tage Workshop', version: 2 } });
  });

  it('wants the version it read, steering, an existing offer and a valid change', async () => {
    const offer = await createOffer({ title: 'Kanban' });
    expect((await office.http.patch(`/api/v1/learning-offers/${offer.id}`, { durationHours: 4 })).statusCode).toBe(428);
    expect((await office.http.patch(`/api/v1/learning-offers/${offer.id}`, { durationHours: 4 }, ifMatch(2))).statusCode).toBe(412);
    expect((await member.http.patch(`/api/v1/learning-offers/${offer.id}`, { durationHours: 4 }, ifMatch(1))).statusCode).toBe(403);
    expect((await office.http.patch(`/api/v1/learning-offers/${GHOST}`, { durationHours: 4 }, ifMatch(1))).statusCode).toBe(404);
    const empty = await office.http.patch(`/api/v1/learning-offers/${offer.id}`, {}, ifMatch(1));
    expect(empty.statusCode).toBe(400);
    expect((await offers()).find((o) => o.id === offer.id)).toEqual(offer);
  });
});

describe('completions', () => {
  it('records a completion once per person; a second is a conflict and changes nothing', async () => {
    const offer = await createOffer({ title: 'Produktmanagement' });
    const anna = await buildPerson(h, { name: 'Anna Alt', discipline: 'product' });
    const res = await complete(offer.id, anna.id, '2026-02-10');
    expect(res.statusCode, res.body).toBe(201);
    const completion: Completion = res.json();
    expect(completion).toMatchObject({ offerId: offer.id, offerTitle: 'Produktmanagement', personId: anna.id, personName: 'Anna Alt', completedOn: '2026-02-10' });

    const again = await complete(offer.id, anna.id, '2026-05-01');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', errors: [{ field: 'personId', code: 'duplicate' }] });
    expect(again.json().detail).toContain('2026-02-10');
    expect(await completionsOf(offer.id)).toEqual([completion]);
    expect((await offers()).find((o) => o.id === offer.id)!.completions).toBe(1);
    expect((await audit('entityType=completion')).filter((e) => e.after.offerId === offer.id)).toHaveLength(1);
  });

  it('refuses a day that has not come yet, an unknown person and an unknown offer', async () => {
    const offer = await createOffer({ title: 'Cloud-Grundlagen' });
    const bert = await buildPerson(h);
    const future = await complete(offer.id, bert.id, '2099-01-01');
    expect(future.statusCode).toBe(422);
    expect(future.json().errors).toEqual([{ field: 'completedOn', code: 'in_future', message: `must not be after today (${today(h.ctx)})` }]);
    const nobody = await complete(offer.id, GHOST);
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json().errors).toEqual([{ field: 'personId', code: 'not_found', message: 'no person with this id' }]);
    expect((await complete(GHOST, bert.id)).statusCode).toBe(404);
    expect((await complete(offer.id, bert.id, '2026-13-01')).statusCode).toBe(400);
    expect((await complete(offer.id, bert.id, '2026-03-01', member)).statusCode).toBe(403);
    expect(await completionsOf(offer.id)).toEqual([]);
    expect((await complete(offer.id, bert.id, today(h.ctx))).statusCode).toBe(201);
  });

  it('lists a person’s completions, latest first', async () => {
    const [a, b] = [await createOffer({ title: 'OKR-Training' }), await createOffer({ title: 'Datenkompetenz' })];
    const carla = await buildPerson(h, { name: 'Carla Chen' });
    await complete(a.id, carla.id, '2026-01-20');
    await complete(b.id, carla.id, '2026-04-02');
    const res = await member.http.get(`/api/v1/people/${carla.id}/completions`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: Completion) => [c.offerTitle, c.completedOn])).toEqual([
      ['Datenkompetenz', '2026-04-02'],
      ['OKR-Training', '2026-01-20'],
    ]);
    expect((await member.http.get(`/api/v1/people/${GHOST}/completions`)).statusCode).toBe(404);
    expect((await member.http.get(`/api/v1/learning-offers/${GHOST}/completions`)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/teams/:id/enablement', () => {
  it('measures each offer against the team’s current people by audience', async () => {
    const bizLead = await buildPerson(h, { name: 'Bea Business', discipline: 'product' });
    const itLead = await buildPerson(h, { name: 'Ivo IT', discipline: 'architecture' });
    const team = await buildTeam(h, { stage: 'active', businessLeadId: bizLead.id, itLeadId: itLead.id });
    const [marketing, data, engineer, former] = [
      await buildPerson(h, { name: 'Mara Marketing', discipline: 'marketing' }),
      await buildPerson(h, { name: 'Dana Daten', discipline: 'data' }),
      await buildPerson(h, { name: 'Emil Engineer', discipline: 'engineering' }),
      await buildPerson(h, { name: 'Fritz Früher', discipline: 'sales' }),
    ];
    // The IT lead is a member too; the business lead leads without a membership.
    for (const p of [itLead, marketing, data, engineer]) await buildMembership(h, team.id, p.id, 20, '2026-01-01');
    const ended = await buildMembership(h, team.id, former.id, 20, '2025-01-01');
    await endMembership(h.ctx, { id: ended.id, expectedVersion: ended.version, endDate: '2025-12-31' });

    const all = await createOffer({ title: 'E1 Alle', expectedFor: ['all_members'] });
    const leads = await createOffer({ title: 'E2 Leads', expectedFor: ['leads'] });
    const business = await createOffer({ title: 'E3 Fachseite', expectedFor: ['business_side'] });
    const itSide = await createOffer({ title: 'E4 IT-Seite', expectedFor: ['it_side'] });
    const nobody = await createOffer({ title: 'E5 Freiwillig' });
    await complete(all.id, marketing.id);
    await complete(all.id, itLead.id);
    await complete(all.id, bizLead.id); // not a member: not expected, not counted
    await complete(all.id, former.id); // left the team: not counted
    await complete(leads.id, bizLead.id);
    await complete(itSide.id, data.id);
    await complete(itSide.id, engineer.id);
    await complete(itSide.id, itLead.id);

    const res = await member.http.get(`/api/v1/teams/${team.id}/enablement`);
    expect(res.statusCode, res.body).toBe(200);
    const enablement: TeamEnablement = res.json();
    expect(enablement.teamId).toBe(team.id);
    const byId = new Map(enablement.offers.map((o) => [o.offerId, o]));
    expect(byId.get(all.id)).toEqual({
      offerId: all.id,
      title: 'E1 Alle',
      expected: 4,
      enabled: 2,
      share: 0.5,
      missing: [
        { id: data.id, name: 'Dana Daten' },
        { id: engineer.id, name: 'Emil Engineer' },
      ],
    });
    expect(byId.get(leads.id)).toMatchObject({ expected: 2, enabled: 1, share: 0.5, missing: [{ id: itLead.id, name: 'Ivo IT' }] });
    expect(byId.get(business.id)).toMatchObject({ expected: 1, enabled: 0, share: 0, missing: [{ id: marketing.id, name: 'Mara Marketing' }] });
    expect(byId.get(itSide.id)).toMatchObject({ expected: 3, enabled: 3, share: 1, missing: [] });
    expect(byId.get(nobody.id)).toMatchObject({ expected: 0, enabled: 0, share: null, missing: [] });
    expect((await member.http.get(`/api/v1/teams/${GHOST}/enablement`)).statusCode).toBe(404);
  });

  it('expects nothing of a team without people', async () => {
    const team = await buildTeam(h);
    const res = await member.http.get(`/api/v1/teams/${team.id}/enablement`);
    expect(res.statusCode).toBe(200);
    expect(res.json().offers.every((o: TeamEnablement['offers'][number]) => o.expected === 0 && o.share === null)).toBe(true);
  });
});
