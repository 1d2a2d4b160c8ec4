import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, MaturityModel, MaturityPortfolio } from '../../src/contracts/index.ts';
import { today } from '../../src/core/index.ts';
import { quarterOf } from '../../src/core/maturity/maturity-rules.ts';
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

const put = (as: SignedIn, body: unknown, headers: Record<string, string> = {}) => as.http.request({ method: 'PUT', url: '/api/v1/maturity-model', payload: body as object, headers });
const model = async (): Promise<MaturityModel> => (await member.http.get('/api/v1/maturity-model')).json();
const versions = async (): Promise<MaturityModel[]> => (await member.http.get('/api/v1/maturity-model/versions')).json().items;
const assessmentsOf = async (teamId: string): Promise<Assessment[]> => (await member.http.get(`/api/v1/teams/${teamId}/assessments`)).json().items;
const audit = async (query: string) => (await admin.http.get(`/api/v1/audit?${query}`)).json().items as { action: string; entityId: string; before: any; after: any }[];
const fields = (res: { json(): any }) => (res.json().errors ?? []).map((e: { field: string }) => e.field);
/** A rating for every dimension of `m`, at `level` (or per key), aiming two levels higher. */
const ratingsFor = (m: MaturityModel, level: number | Record<string, number> = 2) =>
  m.dimensions.map((d) => {
    const l = typeof level === 'number' ? level : (level[d.key] ?? 1);
    return { dimensionKey: d.key, level: l, targetLevel: Math.min(5, l + 2), evidence: '' };
  });
const assess = (as: SignedIn, teamId: string, body: unknown) => as.http.post(`/api/v1/teams/${teamId}/assessments`, body);
const levels = (texts: string) => [1, 2, 3, 4, 5].map((n) => `${texts} ${n}`);

const DEFAULT_KEYS = ['mandate_strategy', 'structure_roles', 'culture_mindset', 'ways_of_working', 'technology_platforms', 'data_ai'];
let v1: MaturityModel;
let firstTeam: Awaited<ReturnType<typeof buildTeam>>;
let firstAssessment: Assessment;

describe('GET /api/v1/maturity-model', () => {
  it('starts from the default model: version 1 with six dimensions of five levels each', async () => {
    const res = await member.http.get('/api/v1/maturity-model');
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    v1 = res.json();
    expect(v1).toMatchObject({ version: 1, current: true, createdBy: 'Tandem default' });
    expect(v1.dimensions.map((d) => d.key)).toEqual(DEFAULT_KEYS);
    expect(v1.dimensions.every((d) => d.levels.length === 5)).toBe(true);
    expect(await versions()).toEqual([v1]);
  });
});

describe('POST /api/v1/teams/:id/assessments', () => {
  it('rates a team against the current version, stores the ratings in model order and records the event', async () => {
    firstTeam = await buildTeam(h, { stage: 'active' });
    const ratings = ratingsFor(v1, { mandate_strategy: 3, structure_roles: 2, culture_mindset: 2, ways_of_working: 4, technology_platforms: 1, data_ai: 2 }).reverse();
    const res = await assess(office, firstTeam.id, { modelVersion: 1, assessedOn: '2026-04-15', ratings, notes: 'Erste Standortbestimmung' });
    expect(res.statusCode, res.body).toBe(201);
    firstAssessment = res.json();
    expect(firstAssessment).toMatchObject({ teamId: firstTeam.id, teamName: firstTeam.name, modelVersion: 1, assessedOn: '2026-04-15', average: 2.33, notes: 'Erste Standortbestimmung', assessedBy: office.email });
    expect(firstAssessment.ratings.map((r) => r.dimensionKey)).toEqual(DEFAULT_KEYS);
    expect(firstAssessment.ratings[0]).toEqual({ dimensionKey: 'mandate_strategy', dimensionName: 'Mandate & strategy', level: 3, targetLevel: 5, evidence: '' });
    expect(await assessmentsOf(firstTeam.id)).toEqual([firstAssessment]);
    const [event] = await audit(`entityType=assessment&entityId=${firstAssessment.id}`);
    expect(event).toMatchObject({ action: 'assessment.create', before: null, after: { teamId: firstTeam.id, modelVersion: 1, assessedOn: '2026-04-15' } });
    expect(event!.after.ratings).toHaveLength(6);
  });

  it('wants every dimension exactly once, and only dimensions of the model', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const all = ratingsFor(v1);
    const missing = await assess(office, team.id, { modelVersion: 1, assessedOn: '2026-04-15', ratings: all.filter((r) => r.dimensionKey !== 'data_ai') });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([{ field: 'ratings', code: 'missing', message: 'rate every dimension; missing: Data & AI (data_ai)' }]);

    const unknown = await assess(office, team.id, { modelVersion: 1, assessedOn: '2026-04-15', ratings: [...all.slice(0, 5), { ...all[5]!, dimensionKey: 'budget_agility' }] });
    expect(unknown.statusCode).toBe(422);
    expect(fields(unknown)).toEqual(['ratings.5.dimensionKey', 'ratings']);
    expect(unknown.json().errors[0]).toMatchObject({ code: 'not_found', message: 'the model has no dimension "budget_agility"' });

    const twice = await assess(office, team.id, { modelVersion: 1, assessedOn: '2026-04-15', ratings: [...all, { ...all[2]!, level: 5 }] });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors).toEqual([{ field: 'ratings.6.dimensionKey', code: 'duplicate', message: '"culture_mindset" is rated by ratings.2 already' }]);
    expect(await assessmentsOf(team.id)).toEqual([]);
  });

  it('refuses a day that has not come yet, an unknown version and levels outside 1–5', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const future = await assess(office, team.id, { modelVersion: 1, assessedOn: '2099-01-01', ratings: ratingsFor(v1) });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors).toEqual([{ field: 'assessedOn', code: 'in_future', message: `must not be after today (${today(h.ctx)})` }]);

    const today_ = await assess(office, team.id, { modelVersion: 1, assessedOn: today(h.ctx), ratings: ratingsFor(v1) });
    expect(today_.statusCode, today_.body).toBe(201);

    const noSuch = await assess(office, team.id, { modelVersion: 9, assessedOn: '2026-04-15', ratings: ratingsFor(v1) });
    expect(noSuch.statusCode).toBe(422);
    expect(noSuch.json().errors).toEqual([{ field: 'modelVersion', code: 'not_found', message: 'there is no version 9; rate against version 1' }]);

    const outOfRange = await assess(office, team.id, { modelVersion: 1, assessedOn: '2026-04-15', ratings: ratingsFor(v1).map((r, i) => (i === 0 ? { ...r, level: 6 } : i === 1 ? { ...r, targetLevel: 0 } : r)) });
    expect(outOfRange.statusCode).toBe(400);
    expect(fields(outOfRange)).toEqual(['ratings.0.level', 'ratings.1.targetLevel']);
    expect(await assessmentsOf(team.id)).toHaveLength(1);
  });

  it('is for the team’s leads and steering; a sunset team keeps its history read-only', async () => {
    const leadPerson = await buildPerson(h, { discipline: 'product' });
    const lead = await signIn(h, 'member', leadPerson.id);
    const team = await buildTeam(h, { stage: 'active', businessLeadId: leadPerson.id });
    const body = { modelVersion: 1, assessedOn: '2026-05-01', ratings: ratingsFor(v1) };
    expect((await assess(member, team.id, body)).statusCode).toBe(403);
    expect((await assess(lead, team.id, body)).statusCode).toBe(201);
    expect((await assess(lead, firstTeam.id, body)).statusCode).toBe(403);

    const sunset = await buildTeam(h, { stage: 'sunset' });
    const refused = await assess(office, sunset.id, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('team_read_only');
    expect((await assess(office, '00000000-0000-4000-8000-000000000000', body)).statusCode).toBe(404);
  });
});

describe('PUT /api/v1/maturity-model', () => {
  it('refuses duplicate dimension keys, naming each repeat, and changes nothing', async () => {
    const dims = [...v1.dimensions, { ...v1.dimensions[1]!, name: 'Noch einmal' }];
    const res = await put(office, { dimensions: dims }, ifMatch(1));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'dimensions.6.key', code: 'duplicate', message: '"structure_roles" is used by dimensions.1 already' }]);
    expect(await versions()).toEqual([v1]);
    expect(await audit('entityType=maturity_model')).toEqual([]);
  });

  it('validates the document: five levels per dimension, keys in snake case', async () => {
    const res = await put(office, { dimensions: [{ key: 'Data AI', name: '', description: '', levels: ['a', 'b'] }] }, ifMatch(1));
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['dimensions.0.key', 'dimensions.0.levels', 'dimensions.0.name']);
  });

  it('wants the version it read, and steering', async () => {
    const body = { dimensions: v1.dimensions };
    expect((await put(office, body)).statusCode).toBe(428);
    expect((await put(office, body, ifMatch(0))).statusCode).toBe(412);
    expect((await put(member, body, ifMatch(1))).statusCode).toBe(403);
    expect((await model()).version).toBe(1);
  });

  it('appends version 2, retires version 1, and records before and after', async () => {
    const dims = [
      ...v1.dimensions.filter((d) => d.key !== 'technology_platforms'),
      { key: 'customer_value', name: 'Customer value', description: 'Outcomes for customers, measured.', levels: levels('Kundennutzen Stufe') },
    ];
    const res = await put(office, { dimensions: dims }, ifMatch(1));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({ version: 2, current: true, createdBy: office.email, dimensions: dims });
    expect(await model()).toEqual(res.json());
    const all = await versions();
    expect(all.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(all[1]).toEqual({ ...v1, current: false });
    const [event] = await audit('entityType=maturity_model');
    expect(event).toMatchObject({ action: 'maturity_model.update', entityId: '2', before: { version: 1 }, after: { version: 2 } });
  });
});

describe('assessments across model versions', () => {
  it('keeps earlier assessments on version 1, with version 1’s dimensions', async () => {
    const [kept] = await assessmentsOf(firstTeam.id);
    expect(kept).toEqual(firstAssessment);
    expect(kept!.ratings.map((r) => r.dimensionKey)).toContain('technology_platforms');
  });

  it('refuses a rating against the retired version, telling which one to use', async () => {
    const res = await assess(office, firstTeam.id, { modelVersion: 1, assessedOn: '2026-08-01', ratings: ratingsFor(v1) });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'modelVersion', code: 'retired', message: 'version 1 was retired; rate against version 2' }]);
    expect(await assessmentsOf(firstTeam.id)).toHaveLength(1);
  });

  it('takes ratings against version 2 and lists the team’s assessments newest first', async () => {
    const v2 = await model();
    const res = await assess(office, firstTeam.id, { modelVersion: 2, assessedOn: '2026-08-01', ratings: ratingsFor(v2, 3) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ratings.at(-1)).toMatchObject({ dimensionKey: 'customer_value', dimensionName: 'Customer value', level: 3, targetLevel: 5 });
    // An older date recorded later still sorts by the date it was assessed on.
    const backdated = await assess(office, firstTeam.id, { modelVersion: 2, assessedOn: '2026-03-01', ratings: ratingsFor(v2, 1) });
    expect(backdated.statusCode).toBe(201);
    const list = await assessmentsOf(firstTeam.id);
    expect(list.map((a) => [a.assessedOn, a.modelVersion])).toEqual([
      ['2026-08-01', 2],
      ['2026-04-15', 1],
      ['2026-03-01', 2],
    ]);
  });
});

describe('GET /api/v1/maturity/portfolio', () => {
  it('shows every running team’s latest maturity beside its outcomes, and the levels per quarter', async () => {
    const v2 = await model();
    const [biz, it_] = [await buildPerson(h, { discipline: 'marketing' }), await buildPerson(h, { discipline: 'data' })];
    const staffed = await buildTeam(h, { stage: 'active', name: 'Portfolio Staffed' });
    await buildMembership(h, staffed.id, biz.id, 60, '2026-01-01');
    await buildMembership(h, staffed.id, it_.id, 20, '2026-01-01');
    const proposed = await buildTeam(h, { stage: 'proposed', name: 'Portfolio Proposed' });
    const sunset = await buildTeam(h, { stage: 'sunset', name: 'Portfolio Sunset' });
    expect((await assess(office, staffed.id, { modelVersion: 2, assessedOn: '2026-07-10', ratings: ratingsFor(v2, 2) })).statusCode).toBe(201);
    expect((await assess(office, staffed.id, { modelVersion: 2, assessedOn: '2026-09-20', ratings: ratingsFor(v2, { data_ai: 4, culture_mindset: 3 }) })).statusCode).toBe(201);

    const res = await member.http.get('/api/v1/maturity/portfolio');
    expect(res.statusCode).toBe(200);
    const portfolio: MaturityPortfolio = res.json();
    expect(portfolio.model).toEqual(v2);
    const ids = portfolio.teams.map((t) => t.teamId);
    expect(ids).not.toContain(sunset.id);
    expect(portfolio.teams.find((t) => t.teamId === proposed.id)).toEqual({
      teamId: proposed.id,
      teamName: 'Portfolio Proposed',
      stage: 'proposed',
      latest: null,
      businessShare: null,
      headcount: 0,
      leadershipComplete: false,
    });
    const row = portfolio.teams.find((t) => t.teamId === staffed.id)!;
    expect(row).toMatchObject({ stage: 'active', businessShare: 0.75, headcount: 2, leadershipComplete: true });
    expect(row.latest).toEqual({
      assessedOn: '2026-09-20',
      modelVersion: 2,
      average: 1.83,
      levels: { mandate_strategy: 1, structure_roles: 1, culture_mindset: 3, ways_of_working: 1, data_ai: 4, customer_value: 1 },
    });
    expect(portfolio.teams.find((t) => t.teamId === firstTeam.id)!.latest).toMatchObject({ assessedOn: '2026-08-01', modelVersion: 2, average: 3 });

    // Q3: firstTeam (3 everywhere, 2026-08-01) and staffed (its September assessment replaces July's).
    const q3 = (key: string) => portfolio.distribution.find((d) => d.dimensionKey === key && d.quarter === '2026-Q3')?.counts;
    expect(q3('data_ai')).toEqual([0, 0, 1, 1, 0]);
    expect(q3('culture_mindset')).toEqual([0, 0, 2, 0, 0]);
    expect(q3('customer_value')).toEqual([1, 0, 1, 0, 0]);
    // Retired dimensions still show for the quarters rated with them (April, and the team assessed today), after the current ones.
    expect(portfolio.distribution.filter((d) => d.dimensionKey === 'technology_platforms').map((d) => d.quarter)).toEqual([...new Set(['2026-Q2', quarterOf(today(h.ctx))])].sort());
    const keys = [...new Set(portfolio.distribution.map((d) => d.dimensionKey))];
    expect(keys).toEqual([...v2.dimensions.map((d) => d.key), 'technology_platforms']);
    for (const d of portfolio.distribution) expect(d.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
