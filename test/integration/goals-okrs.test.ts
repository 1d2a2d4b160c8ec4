// Objectives, key results and check-ins as their authors meet them: what may be set, what is
// refused (naming the field), who may do it, and what the audit log keeps — on a fixed "today",
// 16 May 2026 in Berlin, in the middle of 2026-Q2.
import type { LightMyRequestResponse } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckIn, KeyResult, Objective, Team } from '../../src/contracts/index.ts';
import { queryRows } from '../../src/db/client.ts';
import { auditEvents } from '../../src/db/schema.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { buildKeyResult, buildObjective, insertMeasurements, insertMetric, type MetricRecord } from '../support/goals.ts';
import { createHarness, ifMatch, type Client, type Harness } from '../support/harness.ts';

vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
vi.setSystemTime(new Date('2026-05-16T10:00:00+02:00'));

let h: Harness;
let office: SignedIn;
let viewer: SignedIn;
/** Business lead of `app` and of `sunset`. */
let lead: SignedIn;
let leadPersonId: string;
/** A current member of `app`, leading nothing. */
let member: SignedIn;
/** Business lead of `broker` only. */
let brokerLead: SignedIn;
const team = {} as Record<'app' | 'broker' | 'sunset', Team>;
const metric = {} as Record<'policies' | 'stp' | 'minutes' | 'nps' | 'broker' | 'sunset', MetricRecord>;

const fields = (res: { json(): { errors?: { field: string }[] } }) => (res.json().errors ?? []).map((e) => e.field);
const eventsFor = (entityId: string) => h.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(auditEvents.seq);
const put = (http: Client, url: string, body: unknown, headers: Record<string, string> = {}) => http.request({ method: 'PUT', url, payload: body as object, headers });

/** Everything a goals mutation could write: refused calls leave all of it as it was. */
async function footprint() {
  const [row] = await queryRows<Record<string, number | string | null>>(
    h.database.db,
    sql`select (select max(seq) from audit_events) as audit, (select count(*) from objectives) as objectives,
               (select coalesce(sum(version), 0) from objectives) as objective_versions, (select count(*) from key_results) as key_results,
               (select coalesce(sum(version), 0) from key_results) as key_result_versions, (select count(*) from check_ins) as check_ins,
               (select version from goal_settings) as settings_version`,
  );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

async function expectNothingWritten(call: () => Promise<LightMyRequestResponse>, status: number): Promise<LightMyRequestResponse> {
  const before = await footprint();
  const res = await call();
  expect(res.statusCode, res.body).toBe(status);
  expect(await footprint()).toEqual(before);
  return res;
}

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  viewer = await signIn(h, 'viewer');
  const leadPerson = await buildPerson(h, { discipline: 'product', name: 'Lena Ziel' });
  leadPersonId = leadPerson.id;
  lead = await signIn(h, 'member', leadPerson.id);
  const brokerPerson = await buildPerson(h, { discipline: 'sales', name: 'Bruno Makler' });
  brokerLead = await signIn(h, 'member', brokerPerson.id);
  team.app = await buildTeam(h, { name: 'E-Scooter', stage: 'active', businessLeadId: leadPerson.id });
  team.broker = await buildTeam(h, { name: 'Makler-Portal', stage: 'active', businessLeadId: brokerPerson.id });
  team.sunset = await buildTeam(h, { name: 'Altvertrag', stage: 'sunset', businessLeadId: leadPerson.id });
  const memberPerson = await buildPerson(h, { discipline: 'data' });
  await buildMembership(h, team.app.id, memberPerson.id, 50, '2026-01-01');
  member = await signIn(h, 'member', memberPerson.id);

  metric.policies = await insertMetric(h, { ownerTeamId: team.app.id, key: 'escooter.policies_sold', unit: 'count', aggregation: 'sum' });
  metric.stp = await insertMetric(h, { ownerTeamId: team.app.id, key: 'escooter.stp_rate', unit: 'percent', aggregation: 'last' });
  metric.minutes = await insertMetric(h, { ownerTeamId: team.app.id, key: 'escooter.minutes_to_plate', unit: 'minutes', direction: 'lower_is_better', aggregation: 'average' });
  metric.nps = await insertMetric(h, { ownerTeamId: team.app.id, key: 'escooter.nps', unit: 'score', aggregation: 'last', minValue: -100, maxValue: 100 });
  metric.broker = await insertMetric(h, { ownerTeamId: team.broker.id, key: 'broker.leads', unit: 'count' });
  metric.sunset = await insertMetric(h, { ownerTeamId: team.sunset.id, key: 'legacy.contracts', unit: 'count' });
});
afterAll(async () => {
  await h.close();
  vi.useRealTimers();
});

describe('goal settings', () => {
  it('are read by every signed-in person with their version', async () => {
    for (const who of [viewer, member, lead]) {
      const res = await who.http.get('/api/v1/goals/settings');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ atRiskGapPercent: 10, offTrackGapPercent: 25, version: 1 });
      expect(res.headers.etag).toBe('"1"');
    }
  });

  it('are set by the portfolio office with the version it read, audited with before and after', async () => {
    await expectNothingWritten(() => put(office.http, '/api/v1/goals/settings', { atRiskGapPercent: 15, offTrackGapPercent: 30 }), 428);
    await expectNothingWritten(() => put(office.http, '/api/v1/goals/settings', { atRiskGapPercent: 15, offTrackGapPercent: 30 }, ifMatch(7)), 412);
    await expectNothingWritten(() => put(lead.http, '/api/v1/goals/settings', { atRiskGapPercent: 15, offTrackGapPercent: 30 }, ifMatch(1)), 403);
    const below = await expectNothingWritten(() => put(office.http, '/api/v1/goals/settings', { atRiskGapPercent: 30, offTrackGapPercent: 20 }, ifMatch(1)), 400);
    expect(fields(below)).toEqual(['offTrackGapPercent']);
    const outOfRange = await expectNothingWritten(() => put(office.http, '/api/v1/goals/settings', { atRiskGapPercent: -1, offTrackGapPercent: 101 }, ifMatch(1)), 400);
    expect(fields(outOfRange).sort()).toEqual(['atRiskGapPercent', 'offTrackGapPercent']);

    const res = await put(office.http, '/api/v1/goals/settings', { atRiskGapPercent: 15, offTrackGapPercent: 30 }, ifMatch(1));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ atRiskGapPercent: 15, offTrackGapPercent: 30, version: 2 });
    expect(res.headers.etag).toBe('"2"');
    const [event] = (await eventsFor('goal_settings')).filter((e) => e.action === 'goal_settings.update');
    expect(event).toMatchObject({ entityType: 'goal_settings', before: { atRiskGapPercent: 10, offTrackGapPercent: 25 }, after: { atRiskGapPercent: 15, offTrackGapPercent: 30 } });

    // Back to the defaults for the tests below.
    expect((await put(office.http, '/api/v1/goals/settings', { atRiskGapPercent: 10, offTrackGapPercent: 25 }, ifMatch(2))).statusCode).toBe(200);
  });
});

describe('objectives', () => {
  let orgQ2: Objective;
  let orgQ3: Objective;

  beforeAll(async () => {
    orgQ2 = await buildObjective(h, { teamId: null, title: 'Junge Kundschaft gewinnen' });
    orgQ3 = await buildObjective(h, { teamId: null, quarter: '2026-Q3', title: 'Schaden schneller regulieren' });
  });

  it('lets a lead set one for their team, contributing to an organization objective of the same quarter', async () => {
    const res = await lead.http.post('/api/v1/objectives', { teamId: team.app.id, quarter: '2026-Q2', title: 'Die App verkauft sich selbst', contributesTo: orgQ2.id });
    expect(res.statusCode, res.body).toBe(201);
    const objective = res.json() as Objective;
    expect(objective).toMatchObject({
      teamId: team.app.id,
      teamName: 'E-Scooter',
      quarter: '2026-Q2',
      title: 'Die App verkauft sich selbst',
      description: '',
      contributesTo: { id: orgQ2.id, title: 'Junge Kundschaft gewinnen', quarter: '2026-Q2' },
      attainment: null,
      status: 'not_started',
      keyResults: [],
      version: 1,
      abilities: { update: true, addKeyResult: true },
    });
    expect(res.headers.etag).toBe('"1"');
    const [event] = await eventsFor(objective.id);
    expect(event).toMatchObject({ action: 'objective.create', entityType: 'objective', after: { teamId: team.app.id, quarter: '2026-Q2', contributesTo: orgQ2.id } });
  });

  it('keeps organization-wide objectives to the portfolio office', async () => {
    const body = { teamId: null, quarter: '2026-Q2', title: 'Kosten je Police senken' };
    await expectNothingWritten(() => lead.http.post('/api/v1/objectives', body), 403);
    const res = await office.http.post('/api/v1/objectives', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ teamId: null, teamName: null, contributesTo: null, abilities: { update: true, addKeyResult: true } });
  });

  it('refuses a contribution to an objective of another quarter, to a team objective, to an unknown one, and from an organization objective', async () => {
    const teamObjective = await buildObjective(h, { teamId: team.broker.id });
    const cases = [
      { body: { teamId: team.app.id, quarter: '2026-Q2', title: 'Falsches Quartal', contributesTo: orgQ3.id }, status: 422, by: lead, says: '2026-Q2' },
      { body: { teamId: team.app.id, quarter: '2026-Q2', title: 'An ein Teamziel', contributesTo: teamObjective.id }, status: 422, by: lead, says: 'organization-wide' },
      { body: { teamId: team.app.id, quarter: '2026-Q2', title: 'Ins Leere', contributesTo: '7d1f2a3b-0000-4000-8000-000000000000' }, status: 400, by: lead, says: 'no objective' },
      { body: { teamId: null, quarter: '2026-Q2', title: 'Organisation an Organisation', contributesTo: orgQ2.id }, status: 422, by: office, says: 'team objectives' },
    ];
    for (const c of cases) {
      const res = await expectNothingWritten(() => c.by.http.post('/api/v1/objectives', c.body), c.status);
      expect(fields(res), c.body.title).toEqual(['contributesTo']);
      expect(res.json().errors[0].message).toContain(c.says);
    }
  });

  it('refuses bad fields, naming each, and teams that do not exist or no longer run', async () => {
    const bad = await expectNothingWritten(() => lead.http.post('/api/v1/objectives', { teamId: team.app.id, quarter: '2026-Q5', title: 'x' }), 400);
    expect(fields(bad).sort()).toEqual(['quarter', 'title']);
    const unknown = await expectNothingWritten(() => office.http.post('/api/v1/objectives', { teamId: '7d1f2a3b-0000-4000-8000-000000000001', quarter: '2026-Q2', title: 'Kein Team' }), 400);
    expect(fields(unknown)).toEqual(['teamId']);
    const sunset = await expectNothingWritten(() => lead.http.post('/api/v1/objectives', { teamId: team.sunset.id, quarter: '2026-Q2', title: 'Nach dem Ende' }), 409);
    expect(sunset.json().code).toBe('team_read_only');
    await expectNothingWritten(() => brokerLead.http.post('/api/v1/objectives', { teamId: team.app.id, quarter: '2026-Q2', title: 'Fremdes Team' }), 403);
    await expectNothingWritten(() => member.http.post('/api/v1/objectives', { teamId: team.app.id, quarter: '2026-Q2', title: 'Als Mitglied' }), 403);
  });

  it('are read by whoever reads the team’s goals; organization objectives by everyone signed in', async () => {
    const teamObjective = await buildObjective(h, { teamId: team.app.id });
    for (const who of [lead, member, viewer, office]) expect((await who.http.get(`/api/v1/objectives/${teamObjective.id}`)).statusCode).toBe(200);
    expect((await brokerLead.http.get(`/api/v1/objectives/${teamObjective.id}`)).statusCode).toBe(403);
    const asMember = (await member.http.get(`/api/v1/objectives/${teamObjective.id}`)).json() as Objective;
    expect(asMember.abilities).toEqual({ update: false, addKeyResult: false });
    const org = await brokerLead.http.get(`/api/v1/objectives/${orgQ2.id}`);
    expect(org.statusCode).toBe(200);
    expect(org.json().abilities).toEqual({ update: false, addKeyResult: false });
    expect(org.headers.etag).toBe(`"${orgQ2.version}"`);
    expect((await lead.http.get('/api/v1/objectives/7d1f2a3b-0000-4000-8000-000000000002')).statusCode).toBe(404);
  });

  it('are edited with the version read, audited with before and after; the contribution is checked as on creation', async () => {
    const objective = await buildObjective(h, { teamId: team.app.id, title: 'Erster Entwurf' });
    const url = `/api/v1/objectives/${objective.id}`;
    await expectNothingWritten(() => lead.http.patch(url, { title: 'Zweiter Entwurf' }), 428);
    await expectNothingWritten(() => lead.http.patch(url, { title: 'Zweiter Entwurf' }, ifMatch(objective.version + 1)), 412);
    await expectNothingWritten(() => member.http.patch(url, { title: 'Zweiter Entwurf' }, ifMatch(objective.version)), 403);
    const otherQuarter = await expectNothingWritten(() => lead.http.patch(url, { contributesTo: orgQ3.id }, ifMatch(objective.version)), 422);
    expect(fields(otherQuarter)).toEqual(['contributesTo']);

    const res = await lead.http.patch(url, { title: 'Zweiter Entwurf', description: 'Mehr Policen in der App', contributesTo: orgQ2.id }, ifMatch(objective.version));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Zweiter Entwurf', description: 'Mehr Policen in der App', contributesTo: { id: orgQ2.id }, version: objective.version + 1 });
    expect(res.headers.etag).toBe(`"${objective.version + 1}"`);
    const event = (await eventsFor(objective.id)).find((e) => e.action === 'objective.update');
    expect(event).toMatchObject({ before: { title: 'Erster Entwurf', contributesTo: null }, after: { title: 'Zweiter Entwurf', contributesTo: orgQ2.id } });

    const cleared = await lead.http.patch(url, { contributesTo: null }, ifMatch(objective.version + 1));
    expect(cleared.json().contributesTo).toBeNull();
  });
});

describe('key results', () => {
  let objective: Objective;
  const krUrl = () => `/api/v1/objectives/${objective.id}/key-results`;

  beforeAll(async () => {
    objective = await buildObjective(h, { teamId: team.app.id, title: 'Mehr junge Kundschaft' });
  });

  it('bind a metric with baseline and target; the period defaults to the quarter and positions follow on', async () => {
    const res = await lead.http.post(krUrl(), { metricId: metric.policies.id, title: 'Policen pro Quartal', baseline: 0, target: 900 });
    expect(res.statusCode, res.body).toBe(201);
    const kr = res.json() as KeyResult;
    expect(kr).toMatchObject({
      objectiveId: objective.id,
      metric: { id: metric.policies.id, key: 'escooter.policies_sold', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', ownerTeamId: team.app.id },
      baseline: 0,
      target: 900,
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      current: null,
      progress: null,
      status: 'no_data',
      lastCheckIn: null,
      version: 1,
      abilities: { update: true, checkIn: true },
    });
    expect(kr.elapsedShare).toBeCloseTo(46 / 91, 10);
    expect(kr.sparkline).toHaveLength(46);
    const [event] = await eventsFor(kr.id);
    expect(event).toMatchObject({ action: 'key_result.create', entityType: 'key_result', after: { metricId: metric.policies.id, baseline: 0, target: 900, periodStart: '2026-04-01', periodEnd: '2026-06-30', position: 0 } });

    const second = await lead.http.post(krUrl(), { metricId: metric.stp.id, title: 'Dunkelverarbeitung', baseline: 40, target: 60, periodStart: '2026-05-01', periodEnd: '2026-05-31' });
    expect(second.statusCode, second.body).toBe(201);
    const [secondEvent] = await eventsFor(second.json().id);
    expect(secondEvent!.after).toMatchObject({ position: 1, periodStart: '2026-05-01', periodEnd: '2026-05-31' });
    const read = (await lead.http.get(`/api/v1/objectives/${objective.id}`)).json() as Objective;
    expect(read.keyResults.map((k) => k.title)).toEqual(['Policen pro Quartal', 'Dunkelverarbeitung']);
  });

  it('allow a target equal to the baseline (holding the line), in either direction', async () => {
    const hold = await lead.http.post(krUrl(), { metricId: metric.nps.id, title: 'NPS halten', baseline: 40, target: 40 });
    expect(hold.statusCode, hold.body).toBe(201);
    const lower = await lead.http.post(krUrl(), { metricId: metric.minutes.id, title: 'Zeit halten', baseline: 8, target: 8 });
    expect(lower.statusCode, lower.body).toBe(201);
  });

  it('refuse a target on the wrong side of the baseline, naming target', async () => {
    const higher = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.policies.id, title: 'Weniger Policen', baseline: 500, target: 400 }), 422);
    expect(fields(higher)).toEqual(['target']);
    expect(higher.json().errors[0].message).toContain('higher is better');
    const lower = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.minutes.id, title: 'Länger warten', baseline: 8, target: 12 }), 422);
    expect(fields(lower)).toEqual(['target']);
    expect(lower.json().errors[0].message).toContain('lower is better');
  });

  it('refuse baselines and targets the metric cannot take, naming each', async () => {
    const percent = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.stp.id, title: 'Über hundert', baseline: -5, target: 150 }), 422);
    expect(fields(percent).sort()).toEqual(['baseline', 'target']);
    const count = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.policies.id, title: 'Halbe Policen', baseline: 0, target: 10.5 }), 422);
    expect(fields(count)).toEqual(['target']);
    const bounded = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.nps.id, title: 'NPS jenseits', baseline: 40, target: 120 }), 422);
    expect(bounded.json().errors).toEqual([expect.objectContaining({ field: 'target', message: 'must be at most 100' })]);
    const notFinite = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.nps.id, title: 'NPS kaputt', baseline: 'viel', target: 50 }), 400);
    expect(fields(notFinite)).toEqual(['baseline']);
  });

  it('refuse a period outside the objective’s quarter, naming periodStart or periodEnd', async () => {
    const early = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.policies.id, title: 'Zu früh', baseline: 0, target: 10, periodStart: '2026-03-15' }), 422);
    expect(fields(early)).toEqual(['periodStart']);
    expect(early.json().errors[0].message).toContain('2026-Q2 (2026-04-01 to 2026-06-30)');
    const late = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.policies.id, title: 'Zu spät', baseline: 0, target: 10, periodEnd: '2026-07-01' }), 422);
    expect(fields(late)).toEqual(['periodEnd']);
    const reversed = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.policies.id, title: 'Verkehrt', baseline: 0, target: 10, periodStart: '2026-05-10', periodEnd: '2026-05-01' }), 400);
    expect(fields(reversed)).toEqual(['periodEnd']);
    const notADate = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.policies.id, title: 'Kein Datum', baseline: 0, target: 10, periodStart: '16.05.2026' }), 400);
    expect(fields(notADate)).toEqual(['periodStart']);
  });

  it('refuse a metric that does not exist and one of a team whose goals the lead may not read, alike, naming metricId', async () => {
    const unknown = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: '7d1f2a3b-0000-4000-8000-000000000003', title: 'Unbekannt', baseline: 0, target: 10 }), 400);
    const hidden = await expectNothingWritten(() => lead.http.post(krUrl(), { metricId: metric.broker.id, title: 'Fremde Kennzahl', baseline: 0, target: 10 }), 400);
    expect(fields(unknown)).toEqual(['metricId']);
    expect(fields(hidden)).toEqual(['metricId']);
    expect(hidden.json().errors[0].message).toContain('not a metric you can see');
    // Told apart by nothing: the caller learns no more about a hidden metric than about a missing one.
    expect(hidden.json().errors).toEqual(unknown.json().errors);
    expect(hidden.json().detail).toBe(unknown.json().detail);
  });

  it('may bind a metric of another team the caller can see, and the portfolio office binds any metric to an organization objective', async () => {
    const data = await buildTeam(h, { name: 'Datenplattform', stage: 'active' });
    const claims = await insertMetric(h, { ownerTeamId: data.id, key: 'data.claims_reported', unit: 'count' });
    const body = { metricId: claims.id, title: 'Schadenmeldungen aus der App', baseline: 0, target: 50 };
    await expectNothingWritten(() => lead.http.post(krUrl(), body), 400);
    // Once the lead is a member of the data team, its goals, and so its metrics, are theirs to read.
    await buildMembership(h, data.id, leadPersonId, 10, '2026-01-01');
    const res = await lead.http.post(krUrl(), body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().metric.ownerTeamId).toBe(data.id);

    const org = await buildObjective(h, { teamId: null, title: 'Wachstum' });
    const orgKr = await office.http.post(`/api/v1/objectives/${org.id}/key-results`, { metricId: metric.broker.id, title: 'Makler-Leads', baseline: 0, target: 100 });
    expect(orgKr.statusCode, orgKr.body).toBe(201);
    expect(orgKr.json().abilities).toEqual({ update: true, checkIn: true });
    await expectNothingWritten(() => lead.http.post(`/api/v1/objectives/${org.id}/key-results`, { metricId: metric.policies.id, title: 'Vom Team', baseline: 0, target: 100 }), 403);
  });

  it('are kept to the team’s leads and steering, and not added once the team is sunset', async () => {
    await expectNothingWritten(() => member.http.post(krUrl(), { metricId: metric.policies.id, title: 'Als Mitglied', baseline: 0, target: 10 }), 403);
    await expectNothingWritten(() => viewer.http.post(krUrl(), { metricId: metric.policies.id, title: 'Als Leser', baseline: 0, target: 10 }), 403);
    const byOffice = await office.http.post(krUrl(), { metricId: metric.policies.id, title: 'Vom Portfoliobüro', baseline: 0, target: 10 });
    expect(byOffice.statusCode, byOffice.body).toBe(201);
    // Objectives set before the team was sunset stay as they were.
    const [legacy] = await queryRows<{ id: string }>(
      h.database.db,
      sql`insert into objectives (team_id, quarter, title, created_by) values (${team.sunset.id}::uuid, '2026-Q2', 'Altbestand', 'test') returning id`,
    );
    const sunset = await expectNothingWritten(() => lead.http.post(`/api/v1/objectives/${legacy!.id}/key-results`, { metricId: metric.sunset.id, title: 'Zu spät', baseline: 0, target: 10 }), 409);
    expect(sunset.json().code).toBe('team_read_only');
    await expectNothingWritten(() => lead.http.patch(`/api/v1/objectives/${legacy!.id}`, { title: 'Umbenannt' }, ifMatch(1)), 409);
  });

  it('are edited with the version read, checked as on creation, audited with before and after', async () => {
    const kr = await buildKeyResult(h, objective.id, { metricId: metric.minutes.id, title: 'Schneller zum Kennzeichen', baseline: 12, target: 6 });
    const url = `/api/v1/key-results/${kr.id}`;
    await expectNothingWritten(() => lead.http.patch(url, { target: 5 }), 428);
    await expectNothingWritten(() => lead.http.patch(url, { target: 5 }, ifMatch(kr.version + 1)), 412);
    await expectNothingWritten(() => member.http.patch(url, { target: 5 }, ifMatch(kr.version)), 403);
    // A baseline below the target turns the target to the wrong side of a lower-is-better metric.
    const wrongSide = await expectNothingWritten(() => lead.http.patch(url, { baseline: 4 }, ifMatch(kr.version)), 422);
    expect(fields(wrongSide)).toEqual(['target']);
    const negative = await expectNothingWritten(() => lead.http.patch(url, { target: -1 }, ifMatch(kr.version)), 422);
    expect(fields(negative)).toEqual(['target']);
    const startAfterEnd = await expectNothingWritten(() => lead.http.patch(url, { periodStart: '2026-06-30', periodEnd: '2026-06-01' }, ifMatch(kr.version)), 400);
    expect(fields(startAfterEnd)).toEqual(['periodEnd']);
    const outside = await expectNothingWritten(() => lead.http.patch(url, { periodEnd: '2026-07-31' }, ifMatch(kr.version)), 422);
    expect(fields(outside)).toEqual(['periodEnd']);

    const res = await lead.http.patch(url, { title: 'Schneller zum Versicherungskennzeichen', target: 5, periodEnd: '2026-05-31' }, ifMatch(kr.version));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Schneller zum Versicherungskennzeichen', baseline: 12, target: 5, periodStart: '2026-04-01', periodEnd: '2026-05-31', version: kr.version + 1 });
    expect(res.headers.etag).toBe(`"${kr.version + 1}"`);
    const event = (await eventsFor(kr.id)).find((e) => e.action === 'key_result.update');
    expect(event).toMatchObject({ before: { target: 6, periodEnd: '2026-06-30', version: 1 }, after: { target: 5, periodEnd: '2026-05-31', version: 2 } });

    // Checked merged with what is stored: a start after the stored end names periodEnd.
    const merged = await expectNothingWritten(() => lead.http.patch(url, { periodStart: '2026-06-10' }, ifMatch(kr.version + 1)), 422);
    expect(merged.json().errors).toEqual([expect.objectContaining({ field: 'periodEnd', message: 'must not be before periodStart' })]);
  });
});

describe('check-ins', () => {
  let kr: KeyResult;
  let orgKr: KeyResult;

  beforeAll(async () => {
    const objective = await buildObjective(h, { teamId: team.app.id, title: 'Mehr Abschlüsse in der App' });
    kr = await buildKeyResult(h, objective.id, { metricId: metric.stp.id, title: 'Dunkelverarbeitungsquote', baseline: 40, target: 60 });
    const org = await buildObjective(h, { teamId: null, title: 'Digital zuerst' });
    orgKr = await buildKeyResult(h, org.id, { metricId: metric.stp.id, title: 'Dunkelverarbeitung überall', baseline: 40, target: 80 });
  });

  it('keep the key result’s value, progress and status of their moment; the history reads newest first', async () => {
    await insertMeasurements(h, metric.stp.id, [{ at: '2026-05-10T12:00:00+02:00', value: 42 }]);
    const first = await member.http.post(`/api/v1/key-results/${kr.id}/check-ins`, { comment: 'Preisänderung bremst', confidence: 'low' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ keyResultId: kr.id, comment: 'Preisänderung bremst', confidence: 'low', value: 42, status: 'off_track' });
    expect(first.json().progress).toBeCloseTo(0.1, 10);
    expect(first.json().createdBy).not.toBe('');

    vi.setSystemTime(new Date('2026-05-16T11:00:00+02:00'));
    await insertMeasurements(h, metric.stp.id, [{ at: '2026-05-16T10:30:00+02:00', value: 50 }]);
    const second = await lead.http.post(`/api/v1/key-results/${kr.id}/check-ins`, { comment: 'App-Release 3.2 wirkt' });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ value: 50, progress: 0.5, status: 'on_track', confidence: null, createdBy: 'Lena Ziel' });

    const history = await viewer.http.get(`/api/v1/key-results/${kr.id}/check-ins`);
    expect(history.statusCode).toBe(200);
    expect((history.json() as CheckIn[]).map((c) => [c.comment, c.value, c.status])).toEqual([
      ['App-Release 3.2 wirkt', 50, 'on_track'],
      ['Preisänderung bremst', 42, 'off_track'],
    ]);
    const read = (await member.http.get(`/api/v1/objectives/${kr.objectiveId}`)).json() as Objective;
    expect(read.keyResults[0]!.lastCheckIn).toMatchObject({ comment: 'App-Release 3.2 wirkt', value: 50 });

    const events = await eventsFor(first.json().id);
    expect(events).toEqual([expect.objectContaining({ action: 'check_in.create', entityType: 'check_in', after: expect.objectContaining({ comment: 'Preisänderung bremst', value: 42, status: 'off_track' }) })]);
  });

  it('are written by the team’s members and leads, and on organization objectives by the portfolio office', async () => {
    const body = { comment: 'Kurzer Stand' };
    await expectNothingWritten(() => viewer.http.post(`/api/v1/key-results/${kr.id}/check-ins`, body), 403);
    await expectNothingWritten(() => brokerLead.http.post(`/api/v1/key-results/${kr.id}/check-ins`, body), 403);
    expect((await office.http.post(`/api/v1/key-results/${kr.id}/check-ins`, body)).statusCode).toBe(201);
    await expectNothingWritten(() => member.http.post(`/api/v1/key-results/${orgKr.id}/check-ins`, body), 403);
    expect((await office.http.post(`/api/v1/key-results/${orgKr.id}/check-ins`, body)).statusCode).toBe(201);
    expect((await brokerLead.http.get(`/api/v1/key-results/${orgKr.id}/check-ins`)).statusCode).toBe(200);
    expect((await brokerLead.http.get(`/api/v1/key-results/${kr.id}/check-ins`)).statusCode).toBe(403);
  });

  it('refuse an empty or overlong comment, naming it', async () => {
    const empty = await expectNothingWritten(() => member.http.post(`/api/v1/key-results/${kr.id}/check-ins`, { comment: '   ' }), 400);
    expect(fields(empty)).toEqual(['comment']);
    const long = await expectNothingWritten(() => member.http.post(`/api/v1/key-results/${kr.id}/check-ins`, { comment: 'x'.repeat(1001) }), 400);
    expect(fields(long)).toEqual(['comment']);
    expect((await member.http.post('/api/v1/key-results/7d1f2a3b-0000-4000-8000-000000000004/check-ins', { comment: 'Wohin?' })).statusCode).toBe(404);
  });

  it('cannot be changed afterwards', async () => {
    await expect(h.database.db.execute(sql`update check_ins set comment = 'nachträglich' where key_result_id = ${kr.id}::uuid`)).rejects.toThrow();
  });
});
