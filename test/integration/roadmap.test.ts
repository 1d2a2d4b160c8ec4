import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Initiative, Milestone } from '../../src/contracts/index.ts';
import { today } from '../../src/core/index.ts';
import { buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
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
const list = async (query = ''): Promise<Initiative[]> => (await member.http.get(`/api/v1/initiatives${query}`)).json().items;
const read = async (id: string): Promise<Initiative> => (await member.http.get(`/api/v1/initiatives/${id}`)).json();
const create = async (body: Record<string, unknown>): Promise<Initiative> => {
  const res = await office.http.post('/api/v1/initiatives', body);
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
const addMilestone = async (initiativeId: string, title: string, dueOn: string): Promise<Milestone> => {
  const res = await office.http.post(`/api/v1/initiatives/${initiativeId}/milestones`, { title, dueOn });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json();
};
// Far enough around today that "past" and "future" hold whenever the suite runs.
const LONG = { startDate: '2020-01-01', endDate: '2099-12-31' };

describe('POST /api/v1/initiatives', () => {
  it('adds an initiative with its owner and teams, and records it', async () => {
    const owner = await buildPerson(h, { name: 'Olga Owner', discipline: 'operations' });
    const [a, b] = [await buildTeam(h, { name: 'Roadmap B-Team' }), await buildTeam(h, { name: 'Roadmap A-Team' })];
    const res = await office.http.post('/api/v1/initiatives', {
      title: 'Fusion Teams ausrollen',
      ownerId: owner.id,
      teamIds: [a.id, b.id, a.id],
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const initiative: Initiative = res.json();
    expect(initiative).toMatchObject({
      title: 'Fusion Teams ausrollen',
      description: '',
      owner: { id: owner.id, name: 'Olga Owner' },
      teams: [
        { id: b.id, name: 'Roadmap A-Team' },
        { id: a.id, name: 'Roadmap B-Team' },
      ],
      status: 'planned',
      milestones: [],
      overdueMilestones: 0,
      version: 1,
    });
    expect(await read(initiative.id)).toEqual(initiative);
    const [event] = await audit(`entityType=initiative&entityId=${initiative.id}`);
    expect(event).toMatchObject({ action: 'initiative.create', before: null, after: { ownerId: owner.id, startDate: '2026-01-01' } });
    expect(event!.after.teamIds).toEqual([a.id, b.id].sort());
  });

  it('refuses an unknown owner or team, naming the field, and an end before the start; adds nothing', async () => {
    const before = await list();
    const team = await buildTeam(h);
    const unknown = await office.http.post('/api/v1/initiatives', { title: 'Geist', ownerId: GHOST, teamIds: [team.id, GHOST], startDate: '2026-01-01', endDate: '2026-06-30' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { field: 'ownerId', code: 'not_found', message: 'no person with this id' },
      { field: 'teamIds.1', code: 'not_found', message: 'no team with this id' },
    ]);
    const crossed = await office.http.post('/api/v1/initiatives', { title: 'Rückwärts', startDate: '2026-06-30', endDate: '2026-01-01' });
    expect(crossed.statusCode).toBe(400);
    expect(fields(crossed)).toEqual(['endDate']);
    const bad = await office.http.post('/api/v1/initiatives', { title: '', status: 'someday', startDate: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).sort()).toEqual(['endDate', 'startDate', 'status', 'title']);
    expect((await member.http.post('/api/v1/initiatives', { title: 'Nicht erlaubt', startDate: '2026-01-01', endDate: '2026-02-01' })).statusCode).toBe(403);
    expect(await list()).toEqual(before);
  });
});

describe('GET /api/v1/initiatives', () => {
  it('lists initiatives by start date', async () => {
    await create({ title: 'Später', startDate: '2027-03-01', endDate: '2027-06-30' });
    await create({ title: 'Früher', startDate: '2025-09-01', endDate: '2026-03-31' });
    const starts = (await list()).map((i) => i.startDate);
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]).toBe('2025-09-01');
    expect((await member.http.get(`/api/v1/initiatives/${GHOST}`)).statusCode).toBe(404);
  });
});

describe('PATCH /api/v1/initiatives/:id', () => {
  it('changes the fields sent, replaces the teams, and records before and after', async () => {
    const [a, b] = [await buildTeam(h), await buildTeam(h)];
    const initiative = await create({ title: 'Datenplattform', teamIds: [a.id], startDate: '2026-01-01', endDate: '2026-12-31' });
    const res = await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { status: 'in_progress', teamIds: [b.id] }, ifMatch(1));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({ status: 'in_progress', teams: [{ id: b.id }], title: 'Datenplattform', version: 2 });
    const [event] = await audit(`entityType=initiative&entityId=${initiative.id}&action=initiative.update`);
    expect(event).toMatchObject({ before: { status: 'planned', teamIds: [a.id] }, after: { status: 'in_progress', teamIds: [b.id] } });

    const cleared = await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { teamIds: [], ownerId: null }, ifMatch(2));
    expect(cleared.json()).toMatchObject({ teams: [], owner: null, version: 3 });
  });

  it('keeps the end on or after the start when only one date moves', async () => {
    const initiative = await create({ title: 'Zeitplan', startDate: '2026-03-01', endDate: '2026-06-30' });
    const endEarly = await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { endDate: '2026-02-28' }, ifMatch(1));
    expect(endEarly.statusCode).toBe(422);
    expect(endEarly.json().errors).toEqual([{ field: 'endDate', code: 'date_order', message: 'must not be before the start date (2026-03-01)' }]);
    const startLate = await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { startDate: '2026-07-01' }, ifMatch(1));
    expect(startLate.statusCode).toBe(422);
    expect(startLate.json().errors).toEqual([{ field: 'startDate', code: 'date_order', message: 'must not be after the end date (2026-06-30)' }]);
    const both = await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { startDate: '2026-07-01', endDate: '2026-09-30' }, ifMatch(1));
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json()).toMatchObject({ startDate: '2026-07-01', endDate: '2026-09-30' });
  });

  it('will not strand a milestone outside the dates', async () => {
    const initiative = await create({ title: 'Meilensteine halten', startDate: '2026-01-01', endDate: '2026-12-31' });
    await addMilestone(initiative.id, 'Kick-off', '2026-02-01');
    await addMilestone(initiative.id, 'Abschluss', '2026-11-30');
    const res = await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { startDate: '2026-03-01', endDate: '2026-10-31' }, ifMatch(1));
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['startDate', 'endDate']);
    expect(res.json().errors[0].message).toContain('“Kick-off” (2026-02-01)');
    expect(await read(initiative.id)).toMatchObject({ startDate: '2026-01-01', endDate: '2026-12-31', version: 1 });
  });

  it('wants the version it read, steering, and an owner and teams that exist', async () => {
    const initiative = await create({ title: 'Versioniert', startDate: '2026-01-01', endDate: '2026-12-31' });
    expect((await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { status: 'done' })).statusCode).toBe(428);
    expect((await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { status: 'done' }, ifMatch(7))).statusCode).toBe(412);
    expect((await member.http.patch(`/api/v1/initiatives/${initiative.id}`, { status: 'done' }, ifMatch(1))).statusCode).toBe(403);
    expect((await office.http.patch(`/api/v1/initiatives/${GHOST}`, { status: 'done' }, ifMatch(1))).statusCode).toBe(404);
    const ghost = await office.http.patch(`/api/v1/initiatives/${initiative.id}`, { ownerId: GHOST, teamIds: [GHOST] }, ifMatch(1));
    expect(ghost.statusCode).toBe(422);
    expect(fields(ghost)).toEqual(['ownerId', 'teamIds.0']);
    expect(await read(initiative.id)).toEqual(initiative);
  });
});

describe('milestones', () => {
  it('adds a milestone due within the initiative, and refuses one outside it', async () => {
    const initiative = await create({ title: 'Pilot', startDate: '2026-01-01', endDate: '2026-06-30' });
    const res = await office.http.post(`/api/v1/initiatives/${initiative.id}/milestones`, { title: 'Pilotteam live', dueOn: '2026-06-30' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const milestone: Milestone = res.json();
    expect(milestone).toMatchObject({ initiativeId: initiative.id, title: 'Pilotteam live', dueOn: '2026-06-30', doneOn: null, version: 1 });
    const [event] = await audit(`entityType=milestone&entityId=${milestone.id}`);
    expect(event).toMatchObject({ action: 'milestone.create', after: { dueOn: '2026-06-30' } });

    const outside = await office.http.post(`/api/v1/initiatives/${initiative.id}/milestones`, { title: 'Zu spät', dueOn: '2026-07-01' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors).toEqual([{ field: 'dueOn', code: 'outside_initiative', message: 'must be within the initiative, 2026-01-01 to 2026-06-30' }]);
    expect((await office.http.post(`/api/v1/initiatives/${GHOST}/milestones`, { title: 'Nirgends', dueOn: '2026-03-01' })).statusCode).toBe(404);
    expect((await member.http.post(`/api/v1/initiatives/${initiative.id}/milestones`, { title: 'Nicht erlaubt', dueOn: '2026-03-01' })).statusCode).toBe(403);
    expect((await read(initiative.id)).milestones.map((m) => m.title)).toEqual(['Pilotteam live']);
  });

  it('marks milestones past their due date and not done as overdue, counts them, and filters by them', async () => {
    const late = await create({ title: 'Überfällig', ...LONG });
    const past = await addMilestone(late.id, 'Längst fällig', '2021-01-01');
    await addMilestone(late.id, 'Auch fällig', '2022-01-01');
    const ahead = await addMilestone(late.id, 'Noch Zeit', '2099-01-01');
    expect(past.overdue).toBe(true);
    expect(ahead.overdue).toBe(false);
    const onTime = await create({ title: 'Im Plan', ...LONG });
    await addMilestone(onTime.id, 'Kommt noch', '2098-01-01');

    const read_ = await read(late.id);
    expect(read_.overdueMilestones).toBe(2);
    expect(read_.milestones.map((m) => [m.title, m.overdue])).toEqual([
      ['Längst fällig', true],
      ['Auch fällig', true],
      ['Noch Zeit', false],
    ]);
    const overdue = await list('?overdue=true');
    expect(overdue.map((i) => i.id)).toContain(late.id);
    expect(overdue.map((i) => i.id)).not.toContain(onTime.id);
    expect(overdue.every((i) => i.overdueMilestones > 0)).toBe(true);
    expect((await list('?overdue=false')).map((i) => i.id)).toContain(onTime.id);
    expect((await member.http.get('/api/v1/initiatives?overdue=yes')).statusCode).toBe(400);
  });

  it('completes a milestone with doneOn, which ends its being overdue; reopening brings it back', async () => {
    const initiative = await create({ title: 'Abhaken', ...LONG });
    const m = await addMilestone(initiative.id, 'Vergessen', '2021-06-30');
    const done = await office.http.patch(`/api/v1/milestones/${m.id}`, { doneOn: '2021-07-15' }, ifMatch(1));
    expect(done.statusCode, done.body).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.json()).toMatchObject({ doneOn: '2021-07-15', overdue: false, version: 2 });
    expect((await read(initiative.id)).overdueMilestones).toBe(0);
    expect((await list('?overdue=true')).map((i) => i.id)).not.toContain(initiative.id);
    const [event] = await audit(`entityType=milestone&entityId=${m.id}&action=milestone.update`);
    expect(event).toMatchObject({ before: { doneOn: null, version: 1 }, after: { doneOn: '2021-07-15', version: 2 } });

    const reopened = await office.http.patch(`/api/v1/milestones/${m.id}`, { doneOn: null }, ifMatch(2));
    expect(reopened.json()).toMatchObject({ doneOn: null, overdue: true, version: 3 });
  });

  it('refuses a due date outside the initiative, a completion in the future, a stale version; changes nothing', async () => {
    const initiative = await create({ title: 'Grenzen', startDate: '2026-01-01', endDate: '2026-12-31' });
    const m = await addMilestone(initiative.id, 'Review', '2026-06-30');
    const outside = await office.http.patch(`/api/v1/milestones/${m.id}`, { dueOn: '2027-01-15' }, ifMatch(1));
    expect(outside.statusCode).toBe(422);
    expect(fields(outside)).toEqual(['dueOn']);
    const future = await office.http.patch(`/api/v1/milestones/${m.id}`, { doneOn: '2099-01-01' }, ifMatch(1));
    expect(future.statusCode).toBe(422);
    expect(future.json().errors).toEqual([{ field: 'doneOn', code: 'in_future', message: `must not be after today (${today(h.ctx)})` }]);
    expect((await office.http.patch(`/api/v1/milestones/${m.id}`, { title: 'Neu' })).statusCode).toBe(428);
    expect((await office.http.patch(`/api/v1/milestones/${m.id}`, { title: 'Neu' }, ifMatch(3))).statusCode).toBe(412);
    expect((await member.http.patch(`/api/v1/milestones/${m.id}`, { title: 'Neu' }, ifMatch(1))).statusCode).toBe(403);
    expect((await office.http.patch(`/api/v1/milestones/${GHOST}`, { title: 'Neu' }, ifMatch(1))).statusCode).toBe(404);
    expect((await office.http.patch(`/api/v1/milestones/${m.id}`, {}, ifMatch(1))).statusCode).toBe(400);
    expect((await read(initiative.id)).milestones).toEqual([m]);

    const moved = await office.http.patch(`/api/v1/milestones/${m.id}`, { dueOn: '2026-12-31', title: 'Jahresreview' }, ifMatch(1));
    expect(moved.json()).toMatchObject({ dueOn: '2026-12-31', title: 'Jahresreview', version: 2 });
  });
});
