import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service, ServiceCreate, Team } from '../../src/contracts/index.ts';
import { createService, createTeam, recordConsumption } from '../../src/core/index.ts';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { auditEvents, consumption, consumptionBatches, ledgerEntries } from '../../src/db/schema.ts';
import { checkLedgerInvariant } from '../../src/core/finance/ledger-store.ts';
import { buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { client, createHarness, ifMatch, type Client, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
/** The platform team's IT lead, signed in, and a write token of theirs. */
let platformLead: SignedIn;
let platformToken: Client;
let platform: Team;
let fusion: Team;
/** The business lead of `fusion`: leads a team, but not the platform. */
let fusionLead: SignedIn;

const unique = () => randomUUID().slice(0, 8);

const buildService = (overrides: Partial<ServiceCreate> = {}): Promise<Service> =>
  createService(h.ctx, {
    name: `Service ${unique()}`,
    kind: 'core_service',
    ownerTeamId: platform.id,
    criticality: 'high',
    lifecycle: 'live',
    description: '',
    links: [],
    unit: 'per policy issued',
    unitPriceCents: 250,
    serviceLevels: [],
    dependsOn: [],
    ...overrides,
  });

const put = (http: Client, body: Record<string, unknown>) => http.request({ method: 'PUT', url: '/api/v1/consumption', payload: body });
const rowsOf = (serviceId: string) => h.database.db.select().from(consumption).where(eq(consumption.serviceId, serviceId));
const eventsFor = (entityId: string) => h.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));
const fields = (res: { json(): { errors?: { field: string }[] } }) => (res.json().errors ?? []).map((e) => e.field);

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  const itLead = await buildPerson(h, { discipline: 'engineering', name: 'Paula Plattform' });
  platform = await buildTeam(h, { kind: 'platform', stage: 'active', name: 'Kernsysteme', itLeadId: itLead.id });
  platformLead = await signIn(h, 'member', itLead.id);
  const token = await platformLead.http.post('/api/v1/tokens', { name: 'Abrechnungssystem', scopes: ['read', 'write'] });
  platformToken = client(h.app, { token: token.json().token });
  const businessLead = await buildPerson(h, { discipline: 'product', name: 'Fiona Fusion' });
  fusion = await buildTeam(h, { stage: 'active', name: 'Kfz-Direkt', businessLeadId: businessLead.id });
  fusionLead = await signIn(h, 'member', businessLead.id);
});
afterAll(() => h.close());

describe('PUT /api/v1/consumption', () => {
  it('records a quantity with the current unit price, and replaces it on a second call', async () => {
    const service = await buildService();
    const created = await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 120 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ teamName: 'Kfz-Direkt', serviceName: service.name, quantity: 120, unit: 'per policy issued', unitPriceCents: 250, costCents: 30_000, version: 1 });
    const replaced = await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 130 });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ quantity: 130, costCents: 32_500, version: 2 });
    const events = await eventsFor(created.json().id);
    expect(events.map((e) => e.action)).toEqual(['consumption.record', 'consumption.record']);
    expect(events[1]).toMatchObject({ before: { quantity: 120 }, after: { quantity: 130 } });
    expect(await rowsOf(service.id)).toHaveLength(1);
  });

  it('changes nothing and writes no event when the same quantity is sent again', async () => {
    const service = await buildService();
    const first = await put(platformToken, { teamId: fusion.id, serviceId: service.id, month: '2026-02', quantity: 5 });
    const again = await put(platformToken, { teamId: fusion.id, serviceId: service.id, month: '2026-02', quantity: 5 });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(1);
    expect(await eventsFor(first.json().id)).toHaveLength(1);
  });

  it('keeps the price a quantity was recorded with when the service’s price changes later', async () => {
    const service = await buildService({ unitPriceCents: 100 });
    await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 10 });
    const repriced = await office.http.patch(`/api/v1/services/${service.id}`, { unitPriceCents: 150 }, ifMatch(service.version));
    expect(repriced.statusCode).toBe(200);
    await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-02', quantity: 10 });
    const list = (await office.http.get(`/api/v1/consumption?serviceId=${service.id}`)).json();
    expect(list.items.map((r: { month: string; unitPriceCents: number; costCents: number }) => [r.month, r.unitPriceCents, r.costCents])).toEqual([
      ['2026-02', 150, 1500],
      ['2026-01', 100, 1000],
    ]);
    const team = (await office.http.get(`/api/v1/teams/${fusion.id}/services`)).json();
    expect(team.consumed.find((c: { service: { id: string } }) => c.service.id === service.id)).toMatchObject({ months: 2, quantity: 20, costCents: 2500 });
  });

  it('refuses a business service, a retired service and a service without a price, naming serviceId', async () => {
    const business = await createService(h.ctx, { name: `Fachlich ${unique()}`, kind: 'business_service', ownerTeamId: fusion.id, criticality: 'low', lifecycle: 'live', description: '', links: [], unit: null, unitPriceCents: null, serviceLevels: [], dependsOn: [] });
    const retired = await buildService({ lifecycle: 'retired' });
    const unpriced = await buildService({ unitPriceCents: null, unit: null, lifecycle: 'planned' });
    for (const [service, code] of [[business, 'not_provided'], [retired, 'retired'], [unpriced, 'no_price']] as const) {
      const res = await put(office.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 1 });
      expect(res.statusCode, service.name).toBe(422);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'serviceId', code })]);
      expect(await rowsOf(service.id)).toHaveLength(0);
    }
  });

  it('refuses negative and fractional quantities and a malformed month with 400 naming the field', async () => {
    const service = await buildService();
    const negative = await put(office.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: -1 });
    expect(negative.statusCode).toBe(400);
    expect(fields(negative)).toEqual(['quantity']);
    const fractional = await put(office.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 1.5 });
    expect(fractional.statusCode).toBe(400);
    expect(fractional.json().errors[0]).toMatchObject({ field: 'quantity', message: 'must be a whole number of units' });
    const month = await put(office.http, { teamId: fusion.id, serviceId: service.id, month: '2026-13', quantity: 1 });
    expect(month.statusCode).toBe(400);
    expect(fields(month)).toEqual(['month']);
    expect(await rowsOf(service.id)).toHaveLength(0);
  });

  it('names an unknown team or service', async () => {
    const service = await buildService();
    const team = await put(office.http, { teamId: randomUUID(), serviceId: service.id, month: '2026-01', quantity: 1 });
    expect(team.statusCode).toBe(400);
    expect(team.json().errors).toEqual([expect.objectContaining({ field: 'teamId', code: 'not_found' })]);
    const svc = await put(office.http, { teamId: fusion.id, serviceId: randomUUID(), month: '2026-01', quantity: 1 });
    expect(svc.statusCode).toBe(400);
    expect(fields(svc)).toEqual(['serviceId']);
  });

  it('refuses consumption by a sunset team', async () => {
    const service = await buildService();
    const gone = await buildTeam(h, { stage: 'sunset' });
    const res = await put(office.http, { teamId: gone.id, serviceId: service.id, month: '2026-01', quantity: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'teamId', code: 'team_sunset' });
  });

  it('is for the platform team running the service: not the business lead of the consuming team, nor a read token', async () => {
    const service = await buildService();
    const entry = { teamId: fusion.id, serviceId: service.id, month: '2026-03', quantity: 40 };
    const byFusionLead = await put(fusionLead.http, entry);
    expect(byFusionLead.statusCode).toBe(403);
    const readToken = await platformLead.http.post('/api/v1/tokens', { name: 'nur lesen', scopes: ['read'] });
    expect((await put(client(h.app, { token: readToken.json().token }), entry)).statusCode).toBe(403);
    expect(await rowsOf(service.id)).toHaveLength(0);
    expect((await put(platformToken, entry)).statusCode).toBe(201);
    const view = (await platformLead.http.get(`/api/v1/services/${service.id}`)).json();
    expect(view.abilities).toEqual({ update: true, recordConsumption: true });
    expect((await fusionLead.http.get(`/api/v1/services/${service.id}`)).json().abilities.recordConsumption).toBe(false);
  });
});

describe('POST /api/v1/consumption/batches', () => {
  it('records every item in one go and is not counted twice when retried with the same key', async () => {
    const service = await buildService({ unitPriceCents: 10 });
    const other = await buildTeam(h, { stage: 'active' });
    const batch = {
      idempotencyKey: `billing-2026-04-${unique()}`,
      items: [
        { teamId: fusion.id, serviceId: service.id, month: '2026-04', quantity: 100 },
        { teamId: other.id, serviceId: service.id, month: '2026-04', quantity: 300 },
      ],
    };
    const first = await platformToken.post('/api/v1/consumption/batches', batch);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ idempotencyKey: batch.idempotencyKey, entries: 2, totalCostCents: 4000, replayed: false });
    // Corrected in between by hand: a late retry of the batch must not overwrite it.
    await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-04', quantity: 120 });
    const retried = await platformToken.post('/api/v1/consumption/batches', { ...batch, items: [...batch.items].reverse() });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual({ ...first.json(), replayed: true });
    const rows = await rowsOf(service.id);
    expect(rows.map((r) => r.quantity).sort((a, b) => a - b)).toEqual([120, 300]);
    expect(await h.database.db.select().from(consumptionBatches).where(eq(consumptionBatches.idempotencyKey, batch.idempotencyKey))).toHaveLength(1);
    expect((await eventsFor(first.json().batchId)).map((e) => e.action)).toEqual(['consumption.batch']);
  });

  it('refuses the same key with different items, writing nothing', async () => {
    const service = await buildService();
    const key = `billing-${unique()}`;
    const item = { teamId: fusion.id, serviceId: service.id, month: '2026-05', quantity: 1 };
    expect((await platformToken.post('/api/v1/consumption/batches', { idempotencyKey: key, items: [item] })).statusCode).toBe(201);
    const reused = await platformToken.post('/api/v1/consumption/batches', { idempotencyKey: key, items: [{ ...item, quantity: 2 }] });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().errors).toEqual([expect.objectContaining({ field: 'idempotencyKey', code: 'reused' })]);
    expect((await rowsOf(service.id))[0]!.quantity).toBe(1);
  });

  it('writes nothing when one item is bad, and reports every bad item', async () => {
    const service = await buildService();
    const retired = await buildService({ lifecycle: 'retired' });
    const good = { teamId: fusion.id, serviceId: service.id, month: '2026-06', quantity: 7 };
    const key = `billing-${unique()}`;
    const res = await platformToken.post('/api/v1/consumption/batches', {
      idempotencyKey: key,
      items: [good, { ...good, teamId: randomUUID() }, { ...good, serviceId: retired.id }, { ...good, month: '2026-07' }, { ...good }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['items.1.teamId', 'not_found'],
      ['items.2.serviceId', 'retired'],
      ['items.4.month', 'duplicate'],
    ]);
    expect(await rowsOf(service.id)).toHaveLength(0);
    // The refused batch did not use up its key: the corrected batch goes through under it.
    expect((await platformToken.post('/api/v1/consumption/batches', { idempotencyKey: key, items: [good] })).statusCode).toBe(201);
  });

  it('reports malformed items of the batch with their index, all of them', async () => {
    const service = await buildService();
    const good = { teamId: fusion.id, serviceId: service.id, month: '2026-06', quantity: 7 };
    const res = await platformToken.post('/api/v1/consumption/batches', {
      idempotencyKey: `billing-${unique()}`,
      items: [good, { ...good, quantity: -3 }, { ...good, month: '06/2026' }, { ...good, quantity: 0.5 }],
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['items.1.quantity', 'items.2.month', 'items.3.quantity']);
    expect(await rowsOf(service.id)).toHaveLength(0);
  });

  it('checks every platform team named: a lead of one platform cannot record another’s service in the same batch', async () => {
    const mine = await buildService();
    const otherPlatform = await buildTeam(h, { kind: 'platform', stage: 'active' });
    const theirs = await buildService({ ownerTeamId: otherPlatform.id });
    const res = await platformLead.http.post('/api/v1/consumption/batches', {
      idempotencyKey: `billing-${unique()}`,
      items: [
        { teamId: fusion.id, serviceId: mine.id, month: '2026-06', quantity: 1 },
        { teamId: fusion.id, serviceId: theirs.id, month: '2026-06', quantity: 1 },
      ],
    });
    expect(res.statusCode).toBe(403);
    expect([...(await rowsOf(mine.id)), ...(await rowsOf(theirs.id))]).toHaveLength(0);
  });

  it('takes a full batch of 10,000 entries in one request', async () => {
    const service = await buildService({ unitPriceCents: 2 });
    const consumers = await Promise.all(Array.from({ length: 5 }, () => buildTeam(h, { stage: 'active' })));
    const months = Array.from({ length: 2000 }, (_, i) => `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const items = consumers.flatMap((team) => months.map((month) => ({ teamId: team.id, serviceId: service.id, month, quantity: 3 })));
    const res = await platformToken.post('/api/v1/consumption/batches', { idempotencyKey: `billing-full-${unique()}`, items });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ entries: 10_000, totalCostCents: 60_000 });
    expect(await rowsOf(service.id)).toHaveLength(10_000);
  });

  it('lets two deliveries of the same batch at once write it once', async () => {
    const service = await buildService();
    const batch = { idempotencyKey: `billing-${unique()}`, items: [{ teamId: fusion.id, serviceId: service.id, month: '2026-08', quantity: 9 }] };
    const results = await Promise.all([platformToken.post('/api/v1/consumption/batches', batch), platformToken.post('/api/v1/consumption/batches', batch)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(results.map((r) => r.json().replayed).sort()).toEqual([false, true]);
    expect((await rowsOf(service.id))[0]).toMatchObject({ quantity: 9, version: 1 });
  });
});

describe('POST /api/v1/consumption/imports', () => {
  it('previews a file with per-row errors (line and column) and writes nothing', async () => {
    const service = await buildService({ name: 'Quote & Bind API', unitPriceCents: 40, unit: 'per quote' });
    const csv = [
      'team;service;month;quantity',
      `kfz-direkt;quote & bind api;2026-01;1200`,
      `${fusion.id};${service.id};2026-02;1300`,
      `Unbekanntes Team;Quote & Bind API;2026-03;5`,
      `Kfz-Direkt;Quote & Bind API;2026-3;5`,
      `Kfz-Direkt;Quote & Bind API;2026-04;-5`,
      `Kfz-Direkt;Quote & Bind API;2026-05;2,5`,
      `Kfz-Direkt;Quote & Bind API;2026-01;7`,
      '',
    ].join('\n');
    const res = await platformLead.http.post('/api/v1/consumption/imports', { csv, idempotencyKey: `import-${unique()}` });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ dryRun: true, rows: 7, result: null });
    expect(result.errors).toEqual([
      { row: 4, column: 'team', message: 'no team named "Unbekanntes Team"' },
      { row: 5, column: 'month', message: '"2026-3" is not a month as YYYY-MM' },
      { row: 6, column: 'quantity', message: 'must not be negative' },
      { row: 7, column: 'quantity', message: 'must be a whole number of units' },
      { row: 8, column: 'month', message: expect.stringContaining('line 2 already gives Kfz-Direkt / Quote & Bind API for 2026-01') },
    ]);
    expect(result.preview.slice(0, 2)).toEqual([
      { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 1200, teamName: 'Kfz-Direkt', serviceName: 'Quote & Bind API', costCents: 48_000 },
      { teamId: fusion.id, serviceId: service.id, month: '2026-02', quantity: 1300, teamName: 'Kfz-Direkt', serviceName: 'Quote & Bind API', costCents: 52_000 },
    ]);
    expect(await rowsOf(service.id)).toHaveLength(0);
  });

  it('applies a clean file as one batch, and a second apply with the same key is a replay', async () => {
    const service = await buildService({ unitPriceCents: 3 });
    const csv = `month,quantity,service,team\n2026-01,100,"${service.name}",Kfz-Direkt\n2026-02,200,"${service.name}",Kfz-Direkt\n`;
    const key = `import-${unique()}`;
    const applied = (await platformToken.post('/api/v1/consumption/imports', { csv, idempotencyKey: key, dryRun: false })).json();
    expect(applied).toMatchObject({ dryRun: false, rows: 2, errors: [], result: { entries: 2, totalCostCents: 900, replayed: false } });
    expect(await rowsOf(service.id)).toHaveLength(2);
    const again = (await platformToken.post('/api/v1/consumption/imports', { csv, idempotencyKey: key, dryRun: false })).json();
    expect(again.result).toMatchObject({ batchId: applied.result.batchId, replayed: true });
  });

  it('applies nothing when any row has a problem', async () => {
    const service = await buildService();
    const csv = `team,service,month,quantity\nKfz-Direkt,${service.name},2026-01,10\nKfz-Direkt,${service.name},2026-02,zehn\n`;
    const res = (await platformToken.post('/api/v1/consumption/imports', { csv, idempotencyKey: `import-${unique()}`, dryRun: false })).json();
    expect(res).toMatchObject({ dryRun: false, result: null, errors: [{ row: 3, column: 'quantity' }] });
    expect(await rowsOf(service.id)).toHaveLength(0);
  });

  it('names missing header columns and checks an optional unit column against the service', async () => {
    const missing = (await office.http.post('/api/v1/consumption/imports', { csv: 'team;service;quantity\nA;B;1\n', idempotencyKey: `import-${unique()}` })).json();
    expect(missing.errors).toEqual([expect.objectContaining({ row: 1, column: 'month' })]);
    const service = await buildService({ unit: 'per document' });
    const wrongUnit = (await office.http.post('/api/v1/consumption/imports', { csv: `team;service;month;quantity;unit\nKfz-Direkt;${service.name};2026-01;5;per page\n`, idempotencyKey: `import-${unique()}` })).json();
    expect(wrongUnit.errors).toEqual([expect.objectContaining({ row: 2, column: 'unit' })]);
  });

  it('is refused to the business lead of a consuming team', async () => {
    const service = await buildService();
    const res = await fusionLead.http.post('/api/v1/consumption/imports', { csv: `team;service;month;quantity\nKfz-Direkt;${service.name};2026-01;5\n`, idempotencyKey: `import-${unique()}` });
    expect(res.statusCode).toBe(403);
  });
});

describe('showback in the ledger', () => {
  /** Allocation entries of a service, as [team, month, amount], in booking order. */
  const allocations = async (serviceId: string) =>
    (await h.database.db.select().from(ledgerEntries).where(and(eq(ledgerEntries.serviceId, serviceId), eq(ledgerEntries.kind, 'allocation'))).orderBy(ledgerEntries.id)).map((e) => [
      e.teamId === platform.id ? 'platform' : e.teamId === fusion.id ? 'fusion' : e.teamId,
      e.month,
      e.amountCents,
    ]);

  it('allocates the cost to the consuming team and charges it out of the platform team, correcting by the difference', async () => {
    const service = await buildService({ unitPriceCents: 250 });
    await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 120 });
    expect(await allocations(service.id)).toEqual([
      ['fusion', '2026-01', 30_000],
      ['platform', '2026-01', -30_000],
    ]);
    await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 100 });
    await put(platformLead.http, { teamId: fusion.id, serviceId: service.id, month: '2026-01', quantity: 100 });
    expect(await allocations(service.id)).toEqual([
      ['fusion', '2026-01', 30_000],
      ['platform', '2026-01', -30_000],
      ['fusion', '2026-01', -5_000],
      ['platform', '2026-01', 5_000],
    ]);
    const [entry] = await h.database.db.select().from(ledgerEntries).where(eq(ledgerEntries.serviceId, service.id)).limit(1);
    expect(entry).toMatchObject({ category: 'cloud', expenseType: 'opex', stream: null, batchId: null });
    expect((await checkLedgerInvariant(h.database.db)).ok).toBe(true);
  });

  it('keeps the allocation equal to quantity × the recorded price through a batch, a replay and a price change', async () => {
    const service = await buildService({ unitPriceCents: 10 });
    const other = await buildTeam(h, { stage: 'active' });
    const batch = {
      idempotencyKey: `showback-${unique()}`,
      items: [
        { teamId: fusion.id, serviceId: service.id, month: '2026-04', quantity: 100 },
        { teamId: other.id, serviceId: service.id, month: '2026-04', quantity: 300 },
      ],
    };
    expect((await platformToken.post('/api/v1/consumption/batches', batch)).statusCode).toBe(201);
    expect((await platformToken.post('/api/v1/consumption/batches', batch)).statusCode).toBe(200);
    const repriced = await office.http.patch(`/api/v1/services/${service.id}`, { unitPriceCents: 12 }, ifMatch(service.version));
    expect(repriced.statusCode).toBe(200);
    await platformToken.post('/api/v1/consumption/batches', { idempotencyKey: `showback-${unique()}`, items: [{ ...batch.items[0]!, quantity: 110 }] });
    const booked = await allocations(service.id);
    const sum = (team: string) => booked.filter((b) => b[0] === team).reduce((s, b) => s + (b[2] as number), 0);
    expect(sum('fusion')).toBe(110 * 12);
    expect(sum(other.id)).toBe(300 * 10);
    expect(sum('platform')).toBe(-(110 * 12 + 300 * 10));
    expect(booked).toHaveLength(6);
  });

  it('does not charge a platform team for using its own service', async () => {
    const service = await buildService();
    expect((await put(platformLead.http, { teamId: platform.id, serviceId: service.id, month: '2026-02', quantity: 10 })).statusCode).toBe(201);
    expect(await allocations(service.id)).toEqual([]);
  });
});

describe('GET /api/v1/consumption', () => {
  it('filters by team and month range and pages newest month first', async () => {
    const service = await buildService();
    const team = await buildTeam(h, { stage: 'active' });
    for (const month of ['2025-11', '2025-12', '2026-01', '2026-02']) await recordConsumption(h.ctx, { teamId: team.id, serviceId: service.id, month, quantity: 1 });
    const first = (await fusionLead.http.get(`/api/v1/consumption?teamId=${team.id}&from=2025-12&to=2026-02&limit=2`)).json();
    expect(first.items.map((r: { month: string }) => r.month)).toEqual(['2026-02', '2026-01']);
    const second = (await fusionLead.http.get(`/api/v1/consumption?teamId=${team.id}&from=2025-12&to=2026-02&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ month: '2025-12' }], nextCursor: null });
  });
});

describe('tandem consumption import', () => {
  const run = promisify(execFile);
  const bin = new URL('../../bin/tandem.mjs', import.meta.url).pathname;

  async function tandem(dataDir: string, args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, TANDEM_DATA_DIR: dataDir };
    delete env['DATABASE_URL'];
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 60_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('checks a file, prints each problem with line and column, and applies it once with --apply', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tandem-consumption-'));
    try {
      // The CLI runs on its own embedded database: prepare it, then let go of it for the CLI.
      const database = await openDatabase({ dataDir: join(dataDir, 'db') });
      await migrate(database);
      const ctx = { ...h.ctx, db: database.db };
      const owner = await createTeam(ctx, { name: 'Kernsysteme', kind: 'platform', mission: '', mandateKind: 'platform', mandateScope: '', customerSegment: '', businessLeadId: null, itLeadId: null });
      await createTeam(ctx, { name: 'Kfz-Direkt', kind: 'fusion', mission: '', mandateKind: 'product', mandateScope: '', customerSegment: '', businessLeadId: null, itLeadId: null });
      await createService(ctx, { name: 'Partner-API', kind: 'core_service', ownerTeamId: owner.id, criticality: 'high', lifecycle: 'live', description: '', links: [], unit: 'per call', unitPriceCents: 125, serviceLevels: [], dependsOn: [] });
      await database.close();

      const bad = join(dataDir, 'bad.csv');
      writeFileSync(bad, 'team;service;month;quantity\nKfz-Direkt;Partner-API;2026-01;10\nKfz-Direkt;Partner-API;2026-13;-1\n');
      const checked = await tandem(dataDir, ['consumption', 'import', bad, '--key', 'cli-import-1', '--apply']);
      expect(checked.code).toBe(1);
      expect(checked.stderr).toContain(`${bad}:3: month: "2026-13" is not a month as YYYY-MM`);
      expect(checked.stderr).toContain(`${bad}:3: quantity: must not be negative`);
      expect(checked.stderr).toContain('2 rows, 2 problems; nothing was recorded.');

      const good = join(dataDir, 'good.csv');
      writeFileSync(good, 'team,service,month,quantity\nKfz-Direkt,Partner-API,2026-01,10\nkfz-direkt,partner-api,2026-02,20\n');
      const preview = await tandem(dataDir, ['consumption', 'import', good, '--key', 'cli-import-2']);
      expect(preview).toMatchObject({ code: 0 });
      expect(preview.stdout).toContain('2 rows checked, no problems; total cost 37.50. Nothing recorded yet');
      const applied = await tandem(dataDir, ['consumption', 'import', good, '--key', 'cli-import-2', '--apply']);
      expect(applied.stdout).toContain('Recorded 2 entries as batch cli-import-2; total cost 37.50.');

      const reopened = await openDatabase({ dataDir: join(dataDir, 'db') });
      expect((await reopened.db.select().from(consumption)).map((r) => r.quantity).sort()).toEqual([10, 20]);
      await reopened.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
