import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metric, MetricSeries, Team } from '../../src/contracts/index.ts';
import { auditEvents } from '../../src/db/schema.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { client, createHarness, ifMatch, type Client, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let viewer: SignedIn;
/** Business lead of `team`. */
let lead: SignedIn;
/** A current member of `team`, leading nothing. */
let member: SignedIn;
/** A current member of `otherTeam` only. */
let outsider: SignedIn;
let ingest: Client;
let team: Team;
let otherTeam: Team;

const unique = () => randomUUID().slice(0, 8);
const fields = (res: { json(): { errors?: { field: string; code?: string }[] } }) => (res.json().errors ?? []).map((e) => `${e.field}:${e.code}`);
const eventsFor = (entityId: string, action: string) =>
  h.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));

const metricBody = (ownerTeamId: string, over: Record<string, unknown> = {}) => ({
  key: `escooter.policies_${unique()}`,
  name: { de: 'Verkaufte Policen', en: 'Policies sold' },
  unit: 'count',
  direction: 'higher_is_better',
  aggregation: 'sum',
  ownerTeamId,
  ...over,
});

async function created(http: Client, body: Record<string, unknown>): Promise<Metric> {
  const res = await http.post('/api/v1/metrics', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Metric;
}

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  viewer = await signIn(h, 'viewer');
  const admin = await signIn(h, 'admin');
  const leadPerson = await buildPerson(h, { discipline: 'product', name: 'Lena Lead' });
  const memberPerson = await buildPerson(h, { discipline: 'marketing' });
  const outsiderPerson = await buildPerson(h, { discipline: 'data' });
  team = await buildTeam(h, { stage: 'active', name: `A E-Scooter ${unique()}`, businessLeadId: leadPerson.id });
  otherTeam = await buildTeam(h, { stage: 'active', name: `B Kfz-Direkt ${unique()}` });
  await buildMembership(h, team.id, memberPerson.id, 40, '2026-01-01');
  await buildMembership(h, otherTeam.id, outsiderPerson.id, 40, '2026-01-01');
  lead = await signIn(h, 'member', leadPerson.id);
  member = await signIn(h, 'member', memberPerson.id);
  outsider = await signIn(h, 'member', outsiderPerson.id);
  const token = await admin.http.post('/api/v1/tokens', { name: 'Telemetrie', scopes: ['ingest'] });
  ingest = client(h.app, { token: token.json().token });
});
afterAll(() => h.close());

describe('POST /api/v1/metrics', () => {
  it('adds a metric for a lead of the owning team, with defaults, an ETag and an audit event', async () => {
    const body = metricBody(team.id, { customerValue: true });
    const res = await lead.http.post('/api/v1/metrics', body);
    expect(res.statusCode, res.body).toBe(201);
    const metric = res.json() as Metric;
    expect(metric).toMatchObject({
      key: body.key,
      name: body.name,
      unit: 'count',
      direction: 'higher_is_better',
      aggregation: 'sum',
      ownerTeam: { id: team.id, name: team.name },
      customerValue: true,
      source: 'manual',
      expectedIntervalDays: 7,
      minValue: null,
      maxValue: null,
      lastMeasuredAt: null,
      lastValue: null,
      stale: true,
      version: 1,
      abilities: { update: true, record: true },
    });
    expect(res.headers['etag']).toBe('"1"');
    const [event] = await eventsFor(metric.id, 'metric.create');
    expect(event).toMatchObject({ entityType: 'metric', actorLabel: lead.email, after: { key: body.key, unit: 'count', ownerTeamId: team.id } });
  });

  it('refuses a key that is taken, naming the key, and an unknown owner team, naming it', async () => {
    const first = await created(office.http, metricBody(team.id));
    const taken = await office.http.post('/api/v1/metrics', metricBody(otherTeam.id, { key: first.key }));
    expect(taken.statusCode).toBe(409);
    expect(fields(taken)).toEqual(['key:taken']);

    const unknown = await office.http.post('/api/v1/metrics', metricBody(randomUUID()));
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown)).toEqual(['ownerTeamId:not_found']);
  });

  it('keeps a percentage’s bounds within 0 to 100, and bounds in order', async () => {
    const percent = (over: Record<string, unknown>) => metricBody(team.id, { unit: 'percent', aggregation: 'average', ...over });
    const below = await office.http.post('/api/v1/metrics', percent({ minValue: -5 }));
    expect(below.statusCode).toBe(422);
    expect(fields(below)).toEqual(['minValue:outside_unit']);
    const above = await office.http.post('/api/v1/metrics', percent({ minValue: 10, maxValue: 120 }));
    expect(fields(above)).toEqual(['maxValue:outside_unit']);
    const reversed = await office.http.post('/api/v1/metrics', percent({ minValue: 60, maxValue: 40 }));
    expect(reversed.statusCode).toBe(400);
    expect(fields(reversed)).toEqual(['maxValue:undefined']);
    const fractionalCount = await office.http.post('/api/v1/metrics', metricBody(team.id, { minValue: 0.5 }));
    expect(fields(fractionalCount)).toEqual(['minValue:outside_unit']);
    expect((await office.http.post('/api/v1/metrics', percent({ minValue: 0, maxValue: 100 }))).statusCode).toBe(201);
  });

  it('is for the team’s leads and steering: not its members, a viewer, an ingest token or another team’s lead', async () => {
    expect((await member.http.post('/api/v1/metrics', metricBody(team.id))).statusCode).toBe(403);
    expect((await viewer.http.post('/api/v1/metrics', metricBody(team.id))).statusCode).toBe(403);
    expect((await ingest.post('/api/v1/metrics', metricBody(team.id))).statusCode).toBe(403);
    expect((await lead.http.post('/api/v1/metrics', metricBody(otherTeam.id))).statusCode).toBe(403);
  });

  it('keeps a sunset team’s catalog read-only', async () => {
    const gone = await buildTeam(h, { stage: 'sunset' });
    const res = await office.http.post('/api/v1/metrics', metricBody(gone.id));
    expect(res.statusCode).toBe(409);
    expect(fields(res)).toEqual(['ownerTeamId:team_sunset']);
  });
});

describe('GET /api/v1/metrics', () => {
  let mine: Metric[];
  let theirs: Metric;
  const prefix = `list-${unique()}`;
  beforeAll(async () => {
    mine = [
      await created(office.http, metricBody(team.id, { key: `${prefix}.b_nps`, name: { de: 'Weiterempfehlung', en: 'Net promoter score' }, unit: 'score', aggregation: 'last', customerValue: true, minValue: -100, maxValue: 100 })),
      await created(office.http, metricBody(team.id, { key: `${prefix}.a_policies` })),
    ];
    theirs = await created(office.http, metricBody(otherTeam.id, { key: `${prefix}.c_claims`, name: { de: 'Schadenmeldungen', en: 'Claims reported' } }));
  });
  const keys = (res: { json(): { items: Metric[] } }) => res.json().items.map((m) => m.key);

  it('shows a member the metrics of their own team only, and a viewer every metric, by team and then key', async () => {
    expect(keys(await member.http.get(`/api/v1/metrics?q=${prefix}`))).toEqual([`${prefix}.a_policies`, `${prefix}.b_nps`]);
    expect(keys(await outsider.http.get(`/api/v1/metrics?q=${prefix}`))).toEqual([`${prefix}.c_claims`]);
    const all = await viewer.http.get(`/api/v1/metrics?q=${prefix}`);
    expect(keys(all)).toEqual([`${prefix}.a_policies`, `${prefix}.b_nps`, `${prefix}.c_claims`]);
    // A viewer reads, and may do nothing else.
    expect(all.json().items[0].abilities).toEqual({ update: false, record: false });
    expect((await member.http.get(`/api/v1/metrics?q=${prefix}`)).json().items[0].abilities).toEqual({ update: false, record: true });
  });

  it('pages with a cursor and filters by team, customer value and text', async () => {
    const first = await viewer.http.get(`/api/v1/metrics?q=${prefix}&limit=2`);
    expect(keys(first)).toEqual([`${prefix}.a_policies`, `${prefix}.b_nps`]);
    const second = await viewer.http.get(`/api/v1/metrics?q=${prefix}&limit=2&cursor=${first.json().nextCursor}`);
    expect(keys(second)).toEqual([`${prefix}.c_claims`]);
    expect(second.json().nextCursor).toBeNull();

    expect(keys(await viewer.http.get(`/api/v1/metrics?q=${prefix}&teamId=${otherTeam.id}`))).toEqual([theirs.key]);
    expect(keys(await viewer.http.get(`/api/v1/metrics?q=${prefix}&customerValue=true`))).toEqual([mine[0]!.key]);
    expect(keys(await viewer.http.get(`/api/v1/metrics?q=${encodeURIComponent('Schadenmeld')}`))).toEqual([theirs.key]);
    expect((await viewer.http.get('/api/v1/metrics?cursor=nonsense')).statusCode).toBe(400);
  });

  it('reads nothing with an ingest token', async () => {
    expect((await ingest.get('/api/v1/metrics')).statusCode).toBe(403);
  });
});

describe('GET and PATCH /api/v1/metrics/:id', () => {
  it('answers whoever reads the team’s goals, refuses anyone else, and does not know an unknown id', async () => {
    const metric = await created(office.http, metricBody(team.id));
    const res = await member.http.get(`/api/v1/metrics/${metric.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['etag']).toBe('"1"');
    expect(res.json()).toMatchObject({ id: metric.id, key: metric.key });
    expect((await viewer.http.get(`/api/v1/metrics/${metric.id}`)).statusCode).toBe(200);
    expect((await outsider.http.get(`/api/v1/metrics/${metric.id}`)).statusCode).toBe(403);
    expect((await ingest.get(`/api/v1/metrics/${metric.id}`)).statusCode).toBe(403);
    expect((await office.http.get(`/api/v1/metrics/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('changes names and bounds with the version read, and keeps before and after in the audit log', async () => {
    const metric = await created(lead.http, metricBody(team.id, { unit: 'percent', aggregation: 'average', maxValue: 50 }));
    const url = `/api/v1/metrics/${metric.id}`;
    const change = { name: { de: 'Dunkelverarbeitungsquote', en: 'Straight-through rate' }, maxValue: 100, expectedIntervalDays: 1 };
    expect((await lead.http.patch(url, change)).statusCode).toBe(428);
    expect((await lead.http.patch(url, change, ifMatch(metric.version + 1))).statusCode).toBe(412);
    expect((await member.http.patch(url, change, ifMatch(metric.version))).statusCode).toBe(403);

    const res = await lead.http.patch(url, change, ifMatch(metric.version));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: change.name, maxValue: 100, expectedIntervalDays: 1, version: 2 });
    expect(res.headers['etag']).toBe('"2"');
    const [event] = await eventsFor(metric.id, 'metric.update');
    expect(event).toMatchObject({ before: { maxValue: 50, name: metric.name }, after: { maxValue: 100, name: change.name } });

    // The stored maximum counts against a new minimum.
    const crossed = await lead.http.patch(url, { minValue: 120 }, ifMatch(2));
    expect(crossed.statusCode).toBe(422);
    expect(fields(crossed)).toEqual(['minValue:outside_unit', 'maxValue:below_min']);
    const reversed = await lead.http.patch(url, { minValue: 90, maxValue: 80 }, ifMatch(2));
    expect(reversed.statusCode).toBe(400);
    // What measurements rely on is fixed: an unknown field is not a change.
    expect((await lead.http.patch(url, { unit: 'count' }, ifMatch(2))).statusCode).toBe(400);
    expect((await lead.http.get(url)).json()).toMatchObject({ unit: 'percent', version: 2 });
  });
});

describe('GET /api/v1/metrics/:id/measurements', () => {
  const push = async (metricId: string, points: [string, number][]) => {
    const res = await office.http.post('/api/v1/measurements/batches', { idempotencyKey: `series-${randomUUID()}`, items: points.map(([measuredAt, value]) => ({ metricId, measuredAt, value })) });
    expect(res.statusCode, res.body).toBe(201);
  };
  const series = async (metricId: string, query: string) => {
    const res = await member.http.get(`/api/v1/metrics/${metricId}/measurements?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as MetricSeries;
  };
  // In Berlin, 22:30 UTC on 9 March is still the 9th (23:30), 23:30 UTC is already the 10th.
  const march = (metric: Metric): Promise<void> =>
    push(metric.id, [
      ['2026-03-09T08:00:00Z', 10],
      ['2026-03-09T22:30:00Z', 30],
      ['2026-03-09T23:30:00Z', 5],
      ['2026-03-10T12:00:00+01:00', 7],
      ['2026-03-16T09:00:00Z', 1],
    ]);

  it('adds up a sum metric per day of the organization’s time zone, each day starting at its local midnight', async () => {
    const metric = await created(office.http, metricBody(team.id));
    await march(metric);
    const days = await series(metric.id, 'from=2026-03-09&to=2026-03-16&bucket=day');
    expect(days).toMatchObject({ from: '2026-03-09', to: '2026-03-16', bucket: 'day', metric: { id: metric.id } });
    expect(days.points).toEqual([
      { at: '2026-03-08T23:00:00.000Z', value: 40 },
      { at: '2026-03-09T23:00:00.000Z', value: 12 },
      { at: '2026-03-15T23:00:00.000Z', value: 1 },
    ]);
    // Weeks begin on Monday (9 and 16 March 2026 are Mondays), months on the first.
    expect((await series(metric.id, 'from=2026-03-01&to=2026-03-31&bucket=week')).points).toEqual([
      { at: '2026-03-08T23:00:00.000Z', value: 52 },
      { at: '2026-03-15T23:00:00.000Z', value: 1 },
    ]);
    expect((await series(metric.id, 'from=2026-03-01&to=2026-03-31&bucket=month')).points).toEqual([{ at: '2026-02-28T23:00:00.000Z', value: 53 }]);
    // The last day of a range ends at its local midnight.
    expect((await series(metric.id, 'from=2026-03-09&to=2026-03-09&bucket=day')).points).toEqual([{ at: '2026-03-08T23:00:00.000Z', value: 40 }]);
    expect((await series(metric.id, 'from=2026-03-09&to=2026-03-10&bucket=raw')).points).toEqual([
      { at: '2026-03-09T08:00:00.000Z', value: 10 },
      { at: '2026-03-09T22:30:00.000Z', value: 30 },
      { at: '2026-03-09T23:30:00.000Z', value: 5 },
      { at: '2026-03-10T11:00:00.000Z', value: 7 },
    ]);
  });

  it('averages an average metric and takes the latest point of a last-value metric, whatever order they came in', async () => {
    const average = await created(office.http, metricBody(team.id, { unit: 'percent', aggregation: 'average' }));
    const last = await created(office.http, metricBody(team.id, { unit: 'score', aggregation: 'last' }));
    await march(average);
    await push(last.id, [
      ['2026-03-09T22:30:00Z', 30],
      ['2026-03-09T08:00:00Z', 10],
      ['2026-03-10T12:00:00+01:00', 7],
      ['2026-03-09T23:30:00Z', 5],
    ]);
    expect((await series(average.id, 'from=2026-03-09&to=2026-03-10')).points.map((p) => p.value)).toEqual([20, 6]);
    expect((await series(last.id, 'from=2026-03-09&to=2026-03-10')).points.map((p) => p.value)).toEqual([30, 7]);
  });

  it('keeps days whole across the change to summer time', async () => {
    const metric = await created(office.http, metricBody(team.id));
    // Berlin moves to UTC+2 on 29 March 2026: the 30th begins at 22:00 UTC on the 29th.
    await push(metric.id, [
      ['2026-03-29T21:30:00Z', 1],
      ['2026-03-29T22:30:00Z', 2],
    ]);
    expect((await series(metric.id, 'from=2026-03-29&to=2026-03-30')).points).toEqual([
      { at: '2026-03-28T23:00:00.000Z', value: 1 },
      { at: '2026-03-29T22:00:00.000Z', value: 2 },
    ]);
  });

  it('covers the last 365 days by default and refuses a range that ends before it begins', async () => {
    const metric = await created(office.http, metricBody(team.id));
    const recent = new Date(Date.now() - 3 * 86_400_000).toISOString();
    await push(metric.id, [
      [recent, 4],
      ['2020-01-01T12:00:00Z', 9],
    ]);
    const res = await series(metric.id, 'bucket=raw');
    expect(res.points).toEqual([{ at: recent, value: 4 }]);
    expect(res.to).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()));
    const reversed = await member.http.get(`/api/v1/metrics/${metric.id}/measurements?from=2026-03-10&to=2026-03-09`);
    expect(reversed.statusCode).toBe(400);
    expect(fields(reversed)).toEqual(['to:undefined']);
  });

  it('is read by whoever reads the team’s goals, not by another team’s member or an ingest token', async () => {
    const metric = await created(office.http, metricBody(team.id));
    expect((await viewer.http.get(`/api/v1/metrics/${metric.id}/measurements`)).statusCode).toBe(200);
    expect((await outsider.http.get(`/api/v1/metrics/${metric.id}/measurements`)).statusCode).toBe(403);
    expect((await ingest.get(`/api/v1/metrics/${metric.id}/measurements`)).statusCode).toBe(403);
    expect((await viewer.http.get(`/api/v1/metrics/${randomUUID()}/measurements`)).statusCode).toBe(404);
  });
});
