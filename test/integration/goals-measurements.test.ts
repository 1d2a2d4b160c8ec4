import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, max, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasurementBatchResult, MeasurementImportResult, Metric, Team } from '../../src/contracts/index.ts';
import { createMetric, createTeam, transitionTeam } from '../../src/core/index.ts';
import { queryRows } from '../../src/db/client.ts';
import { auditEvents, measurementBatches, measurementRevisions, measurements } from '../../src/db/schema.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { client, createHarness, type Client, type Harness } from '../support/harness.ts';
import { createWorkspace, ctxOn, tandem, type Workspace } from '../support/tandem-process.ts';
import { countStatements } from '../../bench/support/count-statements.ts';

let h: Harness;
let office: SignedIn;
let viewer: SignedIn;
/** A current member of `team`, leading nothing. */
let member: SignedIn;
/** A current member of `otherTeam` only. */
let outsider: SignedIn;
/** An admin's token with scope ingest only. */
let ingest: Client;
let readToken: Client;
let team: Team;
let otherTeam: Team;
/** Of `team`: policies sold (count, sum), straight-through rate (percent, average, 20–100), NPS (score, last, −100…100). */
let policies: Metric;
let straightThrough: Metric;
let nps: Metric;
/** Of `otherTeam`. */
let claims: Metric;

const unique = () => randomUUID().slice(0, 8);
const key = () => `telemetry-${randomUUID()}`;
const fields = (res: { json(): { errors?: { field: string; code?: string }[] } }) => (res.json().errors ?? []).map((e) => `${e.field}:${e.code}`);
const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number | string }>(h.database.db, query))[0]!.n);
const latestAuditSeq = async () => (await h.database.db.select({ seq: max(auditEvents.seq) }).from(auditEvents))[0]?.seq ?? 0;
const pointsOf = (metricId: string) => h.database.db.select().from(measurements).where(eq(measurements.metricId, metricId)).orderBy(measurements.measuredAt);
const point = (metricId: string, measuredAt: string, value: number, over: Record<string, unknown> = {}) => ({ metricId, measuredAt, value, ...over });
const soon = (ms: number) => new Date(Date.now() + ms).toISOString();

async function metric(ownerTeamId: string, over: Record<string, unknown>): Promise<Metric> {
  const res = await office.http.post('/api/v1/metrics', { key: `m.${unique()}`, name: { de: 'Kennzahl', en: 'Metric' }, direction: 'higher_is_better', ownerTeamId, ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Metric;
}

async function batch(http: Client, items: unknown[], idempotencyKey = key()) {
  return http.post('/api/v1/measurements/batches', { idempotencyKey, items });
}

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  viewer = await signIn(h, 'viewer');
  const admin = await signIn(h, 'admin');
  const memberPerson = await buildPerson(h, { discipline: 'marketing' });
  const outsiderPerson = await buildPerson(h, { discipline: 'data' });
  team = await buildTeam(h, { stage: 'active', name: `E-Scooter ${unique()}` });
  otherTeam = await buildTeam(h, { stage: 'active', name: `Kfz-Direkt ${unique()}` });
  await buildMembership(h, team.id, memberPerson.id, 40, '2026-01-01');
  await buildMembership(h, otherTeam.id, outsiderPerson.id, 40, '2026-01-01');
  member = await signIn(h, 'member', memberPerson.id);
  outsider = await signIn(h, 'member', outsiderPerson.id);
  ingest = client(h.app, { token: (await admin.http.post('/api/v1/tokens', { name: 'App-Telemetrie', scopes: ['ingest'] })).json().token });
  readToken = client(h.app, { token: (await admin.http.post('/api/v1/tokens', { name: 'Dashboard', scopes: ['read'] })).json().token });
  policies = await metric(team.id, { key: `escooter.policies_${unique()}`, unit: 'count', aggregation: 'sum' });
  straightThrough = await metric(team.id, { unit: 'percent', aggregation: 'average', minValue: 20 });
  nps = await metric(team.id, { key: `escooter.nps_${unique()}`, unit: 'score', aggregation: 'last', minValue: -100, maxValue: 100 });
  claims = await metric(otherTeam.id, { unit: 'count', aggregation: 'sum' });
});
afterAll(() => h.close());

describe('POST /api/v1/measurements/batches', () => {
  it('records every point with the batch id, writes one summarising event, and a retry records nothing twice', async () => {
    const m = await metric(team.id, { unit: 'count', aggregation: 'sum' });
    const items = [point(m.id, '2026-03-02T08:00:00Z', 12), point(m.id, '2026-03-01T08:00:00Z', 9, { unit: 'count' }), point(nps.id, '2026-03-01T10:00:00+01:00', 41)];
    const idempotencyKey = key();
    const first = await batch(ingest, items, idempotencyKey);
    expect(first.statusCode, first.body).toBe(201);
    const result = first.json() as MeasurementBatchResult;
    expect(result).toMatchObject({ idempotencyKey, points: 3, corrected: 0, replayed: false });
    expect((await pointsOf(m.id)).map((p) => [p.measuredAt.toISOString(), p.value, p.batchId])).toEqual([
      ['2026-03-01T08:00:00.000Z', 9, result.batchId],
      ['2026-03-02T08:00:00.000Z', 12, result.batchId],
    ]);
    const [stored] = await h.database.db.select().from(measurementBatches).where(eq(measurementBatches.id, result.batchId));
    expect(stored).toMatchObject({ idempotencyKey, points: 3, corrected: 0, source: 'api', createdBy: expect.stringContaining('(token App-Telemetrie)') });
    const events = await h.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, result.batchId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'measurement.batch',
      entityType: 'measurement_batch',
      actorType: 'token',
      after: { idempotencyKey, source: 'api', points: 3, metrics: 2, from: '2026-03-01T08:00:00.000Z', to: '2026-03-02T08:00:00.000Z' },
    });

    const seq = await latestAuditSeq();
    const again = await batch(ingest, [...items].reverse(), idempotencyKey);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...result, replayed: true });
    expect(await pointsOf(m.id)).toHaveLength(2);
    expect(await latestAuditSeq()).toBe(seq);

    const changed = await batch(ingest, [point(m.id, '2026-03-02T08:00:00Z', 13)], idempotencyKey);
    expect(changed.statusCode).toBe(409);
    expect(fields(changed)).toEqual(['idempotencyKey:reused']);
    expect((await pointsOf(m.id)).map((p) => p.value)).toEqual([9, 12]);
  });

  it('records two deliveries of the same batch at once only once', async () => {
    const m = await metric(team.id, { unit: 'count', aggregation: 'sum' });
    const items = [point(m.id, '2026-04-01T08:00:00Z', 1), point(m.id, '2026-04-02T08:00:00Z', 2)];
    const idempotencyKey = key();
    const [a, b] = await Promise.all([batch(ingest, items, idempotencyKey), batch(ingest, items, idempotencyKey)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().batchId).toBe(b.json().batchId);
    expect(await pointsOf(m.id)).toHaveLength(2);
  });

  it('checks every item before writing anything and names every problem by item and field', async () => {
    const before = { points: await count(sql`select count(*) as n from measurements`), batches: await count(sql`select count(*) as n from measurement_batches`), seq: await latestAuditSeq() };
    const res = await batch(ingest, [
      point(policies.id, '2026-03-01T08:00:00Z', 3),
      point(randomUUID(), '2026-03-01T08:00:00Z', 3),
      point(policies.id, '2026-03-02T08:00:00Z', 3, { unit: 'minutes' }),
      point(policies.id, '2026-03-03T08:00:00Z', 2.5),
      point(straightThrough.id, '2026-03-01T08:00:00Z', 120),
      point(straightThrough.id, '2026-03-02T08:00:00Z', 12),
      point(nps.id, soon(3_600_000), 30),
      point(policies.id, '2026-03-01T09:00:00+01:00', 4),
      point(policies.id, '1999-12-31T12:00:00Z', 4),
    ]);
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual([
      'items.1.metricId:not_found',
      'items.2.unit:wrong_unit',
      'items.3.value:out_of_range',
      'items.4.value:out_of_range',
      'items.5.value:out_of_range',
      'items.6.measuredAt:in_future',
      'items.7.measuredAt:duplicate',
      'items.8.measuredAt:too_early',
    ]);
    const messages = res.json().errors.map((e: { message: string }) => e.message);
    expect(messages[1]).toBe(`is minutes, but ${policies.key} is measured in count`);
    expect(messages[2]).toContain('must be a whole number');
    expect(messages[3]).toContain('must be a percentage from 0 to 100');
    expect(messages[4]).toContain('must be at least 20');
    expect(messages[6]).toBe('repeats item 0: the same metric and time stamp');
    expect(res.json().detail).toContain('8 of 9 items cannot be recorded; nothing was written');
    expect(await count(sql`select count(*) as n from measurements`)).toBe(before.points);
    expect(await count(sql`select count(*) as n from measurement_batches`)).toBe(before.batches);
    expect(await latestAuditSeq()).toBe(before.seq);
  });

  it('answers only unknown metrics with 400, and what the contract refuses before any lookup', async () => {
    const unknown = await batch(ingest, [point(randomUUID(), '2026-03-01T08:00:00Z', 1), point(randomUUID(), '2026-03-01T08:00:00Z', 1)]);
    expect(unknown.statusCode).toBe(400);
    expect(fields(unknown)).toEqual(['items.0.metricId:not_found', 'items.1.metricId:not_found']);

    const malformed = await ingest.post('/api/v1/measurements/batches', {
      idempotencyKey: 'short',
      items: [
        { metricId: policies.id, measuredAt: '2026-03-01T08:00:00', value: 1 },
        { metricId: policies.id, measuredAt: '2026-03-01T08:00:00Z', value: '12' },
        { metricId: policies.id, measuredAt: '2026-03-01T08:00:00Z', value: 1e16 },
        { metricId: policies.id, measuredAt: '2026-03-01T08:00:00Z', value: 1, unit: 'euro' },
      ],
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors.map((e: { field: string }) => e.field)).toEqual(['idempotencyKey', 'items.0.measuredAt', 'items.1.value', 'items.2.value', 'items.3.unit']);
    expect((await batch(ingest, [])).statusCode).toBe(400);
  });

  it('keeps a replaced value with the batch that wrote it, and a value sent again is no correction', async () => {
    const m = await metric(team.id, { unit: 'minutes', aggregation: 'average' });
    const first = (await batch(ingest, [point(m.id, '2026-05-01T08:00:00Z', 10), point(m.id, '2026-05-02T08:00:00Z', 8)])).json() as MeasurementBatchResult;
    const fix = await batch(ingest, [point(m.id, '2026-05-01T10:00:00+02:00', 12), point(m.id, '2026-05-03T08:00:00Z', 7)]);
    expect(fix.statusCode).toBe(201);
    const second = fix.json() as MeasurementBatchResult;
    expect(second).toMatchObject({ points: 2, corrected: 1 });
    expect((await pointsOf(m.id)).map((p) => [p.value, p.batchId])).toEqual([
      [12, second.batchId],
      [8, first.batchId],
      [7, second.batchId],
    ]);
    const revisions = await h.database.db.select().from(measurementRevisions).where(eq(measurementRevisions.metricId, m.id));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ value: 10, batchId: first.batchId, replacedByBatchId: second.batchId });
    expect(revisions[0]!.measuredAt.toISOString()).toBe('2026-05-01T08:00:00.000Z');
    const [stored] = await h.database.db.select().from(measurementBatches).where(eq(measurementBatches.id, second.batchId));
    expect(stored!.corrected).toBe(1);

    const same = (await batch(ingest, [point(m.id, '2026-05-01T08:00:00Z', 12)])).json() as MeasurementBatchResult;
    expect(same.corrected).toBe(0);
    expect(await h.database.db.select().from(measurementRevisions).where(eq(measurementRevisions.metricId, m.id))).toHaveLength(1);
    expect((await pointsOf(m.id))[0]!.batchId).toBe(second.batchId);
  });

  it('moves a metric’s latest value forward only: late and out-of-order points are kept but do not become the latest', async () => {
    const m = await metric(team.id, { unit: 'score', aggregation: 'last', expectedIntervalDays: 30 });
    const latest = async () => (await office.http.get(`/api/v1/metrics/${m.id}`)).json() as Metric;
    const recent = new Date(Date.now() - 86_400_000).toISOString();
    expect((await batch(ingest, [point(m.id, recent, 5), point(m.id, '2026-02-01T08:00:00Z', 1)])).statusCode).toBe(201);
    expect(await latest()).toMatchObject({ lastMeasuredAt: recent, lastValue: 5, stale: false });

    expect((await batch(ingest, [point(m.id, '2026-03-01T08:00:00Z', 9)])).statusCode).toBe(201);
    expect(await latest()).toMatchObject({ lastMeasuredAt: recent, lastValue: 5 });
    expect(await pointsOf(m.id)).toHaveLength(3);

    // A correction of the latest point is the latest value.
    expect((await batch(ingest, [point(m.id, recent, 6)])).statusCode).toBe(201);
    expect(await latest()).toMatchObject({ lastMeasuredAt: recent, lastValue: 6 });
    const now = new Date().toISOString();
    expect((await batch(ingest, [point(m.id, now, 7)])).statusCode).toBe(201);
    expect(await latest()).toMatchObject({ lastMeasuredAt: now, lastValue: 7 });
  });

  it('is for those who record the metrics’ teams: members and ingest tokens, not viewers, read tokens or other teams', async () => {
    expect((await batch(viewer.http, [point(policies.id, '2026-03-10T08:00:00Z', 1)])).statusCode).toBe(403);
    expect((await batch(readToken, [point(policies.id, '2026-03-10T08:00:00Z', 1)])).statusCode).toBe(403);
    // Even with an unknown metric only: a viewer learns nothing about which metrics exist.
    expect((await batch(viewer.http, [point(randomUUID(), '2026-03-10T08:00:00Z', 1)])).statusCode).toBe(403);

    const foreign = await batch(outsider.http, [point(claims.id, '2026-03-10T08:00:00Z', 1), point(policies.id, '2026-03-10T08:00:00Z', 1), point(nps.id, '2026-03-10T08:00:00Z', 1)]);
    expect(foreign.statusCode).toBe(403);
    expect(fields(foreign)).toEqual(['items.1.metricId:forbidden', 'items.2.metricId:forbidden']);
    expect(foreign.json().detail).toContain(policies.key);
    expect(await pointsOf(claims.id)).toHaveLength(0);

    expect((await batch(member.http, [point(policies.id, '2026-03-10T08:00:00Z', 1)])).statusCode).toBe(201);
    expect((await batch(outsider.http, [point(claims.id, '2026-03-10T08:00:00Z', 1)])).statusCode).toBe(201);
  });

  it('lets an ingest token push and read nothing', async () => {
    expect((await batch(ingest, [point(claims.id, '2026-03-11T08:00:00Z', 2)])).statusCode).toBe(201);
    expect((await ingest.get(`/api/v1/metrics/${claims.id}`)).statusCode).toBe(403);
    expect((await ingest.get(`/api/v1/metrics/${claims.id}/measurements`)).statusCode).toBe(403);
    expect((await ingest.get('/api/v1/metrics')).statusCode).toBe(403);
  });

  it('sends as many statements for 5,000 points of 40 metrics, some of them corrections, as for one point', async () => {
    const metrics: Metric[] = [];
    for (let i = 0; i < 40; i++) metrics.push(await metric(team.id, { unit: 'count', aggregation: 'sum' }));
    const start = Date.parse('2026-01-01T00:00:00Z');
    const items = Array.from({ length: 5_000 }, (_, i) => point(metrics[i % 40]!.id, new Date(start + Math.floor(i / 40) * 60_000).toISOString(), i % 9));
    expect((await batch(ingest, items.slice(0, 400))).statusCode).toBe(201);
    const counter = countStatements(h.database);
    counter.reset();
    expect((await batch(ingest, [point(metrics[0]!.id, '2026-02-01T00:00:00Z', 1)])).statusCode).toBe(201);
    const forOne = counter.count;
    counter.reset();
    const res = await batch(ingest, items.map((p) => ({ ...p, value: p.value + 1 })));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ points: 5_000, corrected: 400 });
    expect(counter.count).toBe(forOne);
  });

  it('keeps a sunset team’s measurements read-only', async () => {
    const doomed = await buildTeam(h, { stage: 'active' });
    const m = await metric(doomed.id, { unit: 'count', aggregation: 'sum' });
    const fresh = (await office.http.get(`/api/v1/teams/${doomed.id}`)).json();
    await transitionTeam(h.ctx, { id: doomed.id, expectedVersion: fresh.version, to: 'sunset' });
    const res = await batch(ingest, [point(m.id, '2026-03-01T08:00:00Z', 1)]);
    expect(res.statusCode).toBe(409);
    expect(fields(res)).toEqual(['items.0.metricId:team_sunset']);
  });
});

describe('POST /api/v1/metrics/:id/measurements', () => {
  it('records one value by hand as a batch of one, audited on the metric with the value it replaced', async () => {
    const m = await metric(team.id, { unit: 'cents', aggregation: 'average' });
    const url = `/api/v1/metrics/${m.id}/measurements`;
    const res = await member.http.post(url, { value: 4_990, measuredAt: '2026-06-01T12:00:00+02:00' });
    expect(res.statusCode, res.body).toBe(201);
    const first = res.json() as MeasurementBatchResult;
    expect(first).toMatchObject({ points: 1, corrected: 0, replayed: false });
    expect(first.idempotencyKey).toMatch(/^manual-/);
    const [stored] = await h.database.db.select().from(measurementBatches).where(eq(measurementBatches.id, first.batchId));
    expect(stored).toMatchObject({ source: 'manual', createdBy: member.email, points: 1 });

    const fix = (await member.http.post(url, { value: 5_490, measuredAt: '2026-06-01T10:00:00Z' })).json() as MeasurementBatchResult;
    expect(fix.corrected).toBe(1);
    const events = await h.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, m.id), eq(auditEvents.action, 'measurement.record'))).orderBy(auditEvents.seq);
    expect(events.map((e) => [e.entityType, e.before, e.after])).toEqual([
      ['metric', null, { batchId: first.batchId, measuredAt: '2026-06-01T10:00:00.000Z', value: 4_990 }],
      ['metric', { measuredAt: '2026-06-01T10:00:00.000Z', value: 4_990 }, { batchId: fix.batchId, measuredAt: '2026-06-01T10:00:00.000Z', value: 5_490 }],
    ]);

    const now = (await member.http.post(url, { value: 3_000 })).json() as MeasurementBatchResult;
    expect(now.points).toBe(1);
    const latest = (await member.http.get(`/api/v1/metrics/${m.id}`)).json() as Metric;
    expect(latest.lastValue).toBe(3_000);
    expect(Date.now() - Date.parse(latest.lastMeasuredAt!)).toBeLessThan(60_000);
  });

  it('names the field of each refusal and records nothing', async () => {
    const url = `/api/v1/metrics/${straightThrough.id}/measurements`;
    const before = await pointsOf(straightThrough.id);
    const high = await member.http.post(url, { value: 101, measuredAt: '2026-03-01T08:00:00Z' });
    expect(high.statusCode).toBe(422);
    expect(fields(high)).toEqual(['value:out_of_range']);
    const future = await member.http.post(url, { value: 50, measuredAt: soon(86_400_000) });
    expect(fields(future)).toEqual(['measuredAt:in_future']);
    expect((await member.http.post(url, { value: Number.NaN })).statusCode).toBe(400);
    expect((await member.http.post(`/api/v1/metrics/${randomUUID()}/measurements`, { value: 50 })).statusCode).toBe(404);
    expect((await outsider.http.post(url, { value: 50 })).statusCode).toBe(403);
    expect((await viewer.http.post(url, { value: 50 })).statusCode).toBe(403);
    expect(await pointsOf(straightThrough.id)).toEqual(before);
    // Clocks drift: a few minutes ahead is still now.
    expect((await member.http.post(url, { value: 50, measuredAt: soon(120_000) })).statusCode).toBe(201);
  });
});

describe('POST /api/v1/measurements/imports', () => {
  const upload = (http: Client, content: string, over: Record<string, unknown> = {}) => http.post('/api/v1/measurements/imports', { content, idempotencyKey: key(), ...over });
  const resultOf = (res: { json(): unknown }) => res.json() as MeasurementImportResult;

  it('previews a file without recording it, reading keys and ids, local days and German numbers', async () => {
    const m = await metric(team.id, { unit: 'score', aggregation: 'average', key: `escooter.rating_${unique()}` });
    const csv = [
      '\uFEFFmetric;measured_at;value;unit',
      `${m.key};2026-03-01;4,5;`,
      `${m.id};02.03.2026;1.234,5;score`,
      `${m.key.toUpperCase()};2026-03-03T10:00:00+01:00;-0.25;`,
      `${m.key};2026-03-04 08:30;12;`,
    ].join('\r\n');
    const res = await upload(member.http, csv);
    expect(res.statusCode, res.body).toBe(200);
    const result = resultOf(res);
    expect(result).toMatchObject({ dryRun: true, rows: 4, errors: [], result: null, batches: [] });
    // A bare day is noon in Berlin (UTC+1 in March); a time without offset is Berlin time.
    expect(result.preview).toEqual([
      { row: 2, metricKey: m.key, metricName: m.name, unit: 'score', measuredAt: '2026-03-01T11:00:00.000Z', value: 4.5 },
      { row: 3, metricKey: m.key, metricName: m.name, unit: 'score', measuredAt: '2026-03-02T11:00:00.000Z', value: 1234.5 },
      { row: 4, metricKey: m.key, metricName: m.name, unit: 'score', measuredAt: '2026-03-03T09:00:00.000Z', value: -0.25 },
      { row: 5, metricKey: m.key, metricName: m.name, unit: 'score', measuredAt: '2026-03-04T07:30:00.000Z', value: 12 },
    ]);
    expect(await pointsOf(m.id)).toHaveLength(0);
  });

  it('lists every row’s problems by row and column and records nothing, even when asked to', async () => {
    const csv = [
      'metric,measured_at,value,unit',
      `${policies.key},2026-03-01,3,`,
      'escooter.unknown,2026-03-01,3,',
      `${policies.key},2026-03-02,2.5,`,
      `${policies.key},31.02.2026,3,`,
      `${policies.key},2026-03-01T12:00:00+01:00,4,`,
      `${straightThrough.key},2026-03-01,12.500,`,
      `${nps.key},2099-01-01,10,`,
      `${nps.key},2026-03-01,10,percent`,
      `,2026-03-01,,`,
    ].join('\n');
    const seq = await latestAuditSeq();
    const res = await upload(office.http, csv, { dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    const result = resultOf(res);
    expect(result.result).toBeNull();
    expect(result.errors).toEqual([
      { row: 3, column: 'metric', message: 'no metric with the key or id "escooter.unknown"' },
      { row: 4, column: 'value', message: `must be a whole number: the metric counts (${policies.key})` },
      { row: 5, column: 'measured_at', message: '"31.02.2026" is not a date' },
      { row: 6, column: 'measured_at', message: 'repeats row 2: the same metric and time stamp' },
      { row: 7, column: 'value', message: expect.stringContaining('"12.500" is ambiguous') },
      { row: 8, column: 'measured_at', message: 'must not be in the future' },
      { row: 9, column: 'unit', message: `is percent, but ${nps.key} is measured in score` },
      { row: 10, column: 'metric', message: 'is empty; give the metric’s key or id' },
      { row: 10, column: 'value', message: 'is empty' },
    ]);
    expect(result.preview.map((p) => p.row)).toEqual([2]);
    expect(await latestAuditSeq()).toBe(seq);
    expect(await count(sql`select count(*) as n from measurements where metric_id = ${policies.id} and measured_at = '2026-03-01T11:00:00Z'`)).toBe(0);
  });

  it('records a clean file under its key once, as batches of 10,000 when it is larger', async () => {
    const m = await metric(team.id, { unit: 'count', aggregation: 'sum' });
    const start = Date.parse('2025-01-01T00:00:00Z');
    const lines = Array.from({ length: 10_001 }, (_, i) => `${m.key};${new Date(start + i * 3_600_000).toISOString()};${i % 50}`);
    const idempotencyKey = key();
    const res = await upload(ingest, ['metric;measured_at;value', ...lines].join('\n'), { dryRun: false, idempotencyKey });
    expect(res.statusCode, res.body).toBe(200);
    const result = resultOf(res);
    expect(result.errors).toEqual([]);
    expect(result.preview).toHaveLength(200);
    expect(result.batches.map((b) => [b.idempotencyKey, b.points, b.replayed])).toEqual([
      [`${idempotencyKey}:1`, 10_000, false],
      [`${idempotencyKey}:2`, 1, false],
    ]);
    expect(result.result).toMatchObject({ batchId: result.batches[0]!.batchId, idempotencyKey, points: 10_001, corrected: 0, replayed: false });
    expect(await count(sql`select count(*) as n from measurements where metric_id = ${m.id}`)).toBe(10_001);
    expect(await count(sql`select count(*) as n from measurement_batches where idempotency_key like ${`${idempotencyKey}:%`} and source = 'import'`)).toBe(2);

    const again = await upload(ingest, ['metric;measured_at;value', ...lines].join('\n'), { dryRun: false, idempotencyKey });
    expect(again.json().result).toMatchObject({ points: 10_001, replayed: true });
    expect(await count(sql`select count(*) as n from measurements where metric_id = ${m.id}`)).toBe(10_001);
  });

  it('reads an xlsx workbook with date cells and numbers', async () => {
    const m = await metric(team.id, { unit: 'minutes', aggregation: 'average' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Messwerte');
    sheet.addRow(['Metric', 'Measured at', 'Value']);
    sheet.addRow([m.key, new Date(Date.UTC(2026, 6, 1)), 7.25]);
    sheet.addRow([m.key, new Date(Date.UTC(2026, 6, 2, 9, 15)), '6,5']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await upload(member.http, content, { format: 'xlsx', dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().errors).toEqual([]);
    // Summer time: noon in Berlin is 10:00 UTC; a cell's 09:15 is Berlin time.
    expect((await pointsOf(m.id)).map((p) => [p.measuredAt.toISOString(), p.value])).toEqual([
      ['2026-07-01T10:00:00.000Z', 7.25],
      ['2026-07-02T07:15:00.000Z', 6.5],
    ]);
    const unreadable = await upload(member.http, Buffer.from('not a workbook').toString('base64'), { format: 'xlsx' });
    expect(unreadable.json().errors[0]).toMatchObject({ row: 1, column: '(file)' });
  });

  it('needs the right to record for every metric the file names, even for a preview', async () => {
    const csv = `metric;measured_at;value\n${policies.key};2026-03-01;1\n${claims.key};2026-03-01;1\n`;
    expect((await upload(viewer.http, csv)).statusCode).toBe(403);
    const foreign = await upload(outsider.http, csv);
    expect(foreign.statusCode).toBe(403);
    expect(fields(foreign)).toEqual(['rows.2.metric:forbidden']);
    expect((await upload(office.http, 'metric;value\nx;1\n')).json().errors).toEqual([
      { row: 1, column: 'measured_at', message: 'column is missing; the header needs metric, measured_at, value (and unit, if the file says it)' },
    ]);
  });
});

describe('tandem measurements import', () => {
  let ws: Workspace;
  let metricKey: string;
  const HEADER = 'metric;measured_at;value';
  const stored = async (query: ReturnType<typeof sql>) => {
    const database = await ws.open();
    try {
      return Number((await queryRows<{ n: number | string }>(database.db, query))[0]!.n);
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    ws = await createWorkspace('tandem-measurements-cli-');
    const database = await ws.open();
    const ctx = ctxOn(database);
    const active = await createTeam(ctx, { name: 'Kfz-Direkt', kind: 'fusion', mission: '', mandateKind: 'product', mandateScope: '', customerSegment: '', businessLeadId: null, itLeadId: null });
    const created = await createMetric(ctx, {
      key: 'kfz.quotes',
      name: { de: 'Angebote', en: 'Quotes' },
      unit: 'count',
      direction: 'higher_is_better',
      aggregation: 'sum',
      ownerTeamId: active.id,
      customerValue: false,
      source: 'import',
      expectedIntervalDays: 1,
      minValue: null,
      maxValue: null,
    });
    metricKey = created.key;
    await database.close();
  });
  afterAll(() => ws.cleanup());

  it('checks every row first, prints each problem with row and column, and records nothing', async () => {
    const file = join(ws.dataDir, 'bad.csv');
    writeFileSync(file, [HEADER, `${metricKey};2026-03-01;3`, 'kfz.nothing;2026-03-01;3', `${metricKey};2026-03-02;1,5`, `${metricKey};2026-03-01T12:00:00+01:00;4`].join('\n'));
    const res = await tandem(ws, ['measurements', 'import', file, '--apply']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`${file}:3: metric: no metric with the key or id "kfz.nothing"`);
    expect(res.stderr).toContain(`${file}:4: value: must be a whole number: the metric counts (kfz.quotes)`);
    expect(res.stderr).toContain(`${file}:5: measured_at: repeats row 2: the same metric and time stamp`);
    expect(res.stderr).toContain('4 rows, 3 problems; nothing was recorded.');
    expect(await stored(sql`select count(*) as n from measurements`)).toBe(0);
  });

  it('records a file in batches of 10,000 under keys from the file’s hash, and never twice', async () => {
    const file = join(ws.dataDir, 'quotes.csv');
    const start = Date.parse('2025-06-01T00:00:00Z');
    const rows = Array.from({ length: 12_000 }, (_, i) => `${metricKey};${new Date(start + i * 600_000).toISOString()};${i % 13}`);
    writeFileSync(file, [HEADER, ...rows].join('\r\n'));

    const checked = await tandem(ws, ['measurements', 'import', file]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('12000 rows checked, no problems: 1 metrics, from 2025-06-01T00:00:00.000Z to 2025-08-23T07:50:00.000Z. Nothing recorded yet');
    expect(await stored(sql`select count(*) as n from measurements`)).toBe(0);

    const applied = await tandem(ws, ['measurements', 'import', file, '--apply']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/Recorded 12000 measurements in 2 batches \(keys measurement-file-[0-9a-f]{64}:1 to :2\); 0 replaced an earlier value\./);
    expect(await stored(sql`select count(*) as n from measurement_batches where source = 'import' and points in (10000, 2000)`)).toBe(2);

    const again = await tandem(ws, ['measurements', 'import', file, '--apply']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Recorded 0 measurements in 0 batches');
    expect(again.stdout).toContain('2 of 2 batches were recorded before and were not recorded again.');
    expect(await stored(sql`select count(*) as n from measurements`)).toBe(12_000);
  }, 180_000);

  it('takes the format and the key from the options', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Angebote').addRows([
      ['metric', 'measured_at', 'value'],
      [metricKey, '15.09.2026', 40],
    ]);
    const file = join(ws.dataDir, 'quotes.export');
    await workbook.xlsx.writeFile(file);
    const res = await tandem(ws, ['measurements', 'import', file, '--format', 'xlsx', '--apply', '--key', 'crm-export-2026-09']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Recorded 1 measurements in 1 batches (keys crm-export-2026-09:1 to :1)');
    expect(await stored(sql`select count(*) as n from measurements m join measurement_batches b on b.id = m.batch_id where b.idempotency_key = 'crm-export-2026-09:1' and m.value = 40 and m.measured_at = '2026-09-15T10:00:00Z'`)).toBe(1);
    expect((await tandem(ws, ['measurements', 'import', file])).code).toBe(2);
    const short = await tandem(ws, ['measurements', 'import', file, '--format', 'xlsx', '--key', 'x']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--key: must be at least 8 characters');
  });
});
