import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service, ServiceCreate, Team } from '../../src/contracts/index.ts';
import { createService, recordConsumption } from '../../src/core/index.ts';
import { buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let platform: Team;

const unique = () => randomUUID().slice(0, 8);

/** A service through core, as the system; defaults to a priced core service of `platform`. */
const buildService = (overrides: Partial<ServiceCreate> = {}): Promise<Service> =>
  createService(h.ctx, {
    name: `Service ${unique()}`,
    kind: 'core_service',
    ownerTeamId: platform.id,
    criticality: 'high',
    lifecycle: 'live',
    description: '',
    links: [],
    unit: 'per 1,000 API calls',
    unitPriceCents: 120,
    serviceLevels: [],
    dependsOn: [],
    ...overrides,
  });

const auditCount = async (entityId: string) => {
  const admin = await signIn(h, 'admin');
  return (await admin.http.get(`/api/v1/audit?entityId=${entityId}`)).json().items.length as number;
};

beforeAll(async () => {
  h = await createHarness();
  office = await signIn(h, 'portfolio_office');
  platform = await buildTeam(h, { kind: 'platform', stage: 'active', name: 'Integrationsplattform' });
});
afterAll(() => h.close());

describe('POST /api/v1/services', () => {
  it('adds a priced core service run by a platform team, with an ETag and one audit event', async () => {
    const res = await office.http.post('/api/v1/services', {
      name: 'Partner-API-Gateway',
      kind: 'core_service',
      ownerTeamId: platform.id,
      criticality: 'critical',
      lifecycle: 'live',
      unit: 'per 1,000 API calls',
      unitPriceCents: 35,
      serviceLevels: [{ name: 'Availability', target: '99.95 %' }],
      links: [{ label: 'Runbook', url: 'https://wiki.example.test/gateway' }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const service = res.json();
    expect(service).toMatchObject({
      name: 'Partner-API-Gateway',
      ownerTeam: { id: platform.id, name: 'Integrationsplattform' },
      unitPriceCents: 35,
      dependsOn: [],
      usedBy: [],
      abilities: { update: true, recordConsumption: true },
      version: 1,
    });
    expect(await auditCount(service.id)).toBe(1);
  });

  it('refuses a unit price on a business service, naming unitPriceCents, and stores nothing', async () => {
    const fusion = await buildTeam(h);
    const res = await office.http.post('/api/v1/services', { name: 'Schadenmeldung online', kind: 'business_service', ownerTeamId: fusion.id, criticality: 'high', unitPriceCents: 500, unit: 'per claim' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['unit', 'unitPriceCents']);
    expect((await office.http.get('/api/v1/services?q=Schadenmeldung')).json().items).toHaveLength(0);
  });

  it('refuses a provided service owned by a fusion team', async () => {
    const fusion = await buildTeam(h, { name: `Kfz ${unique()}` });
    const res = await office.http.post('/api/v1/services', { name: 'Feature Store', kind: 'data_platform', ownerTeamId: fusion.id, criticality: 'medium' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'ownerTeamId', code: 'platform_owner_required' })]);
  });

  it('refuses a price without its unit', async () => {
    const res = await office.http.post('/api/v1/services', { name: `LLM ${unique()}`, kind: 'ai_service', ownerTeamId: platform.id, criticality: 'medium', unitPriceCents: 2 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'unit', code: 'unit_required' });
  });

  it('names an unknown owner team or dependency', async () => {
    const owner = await office.http.post('/api/v1/services', { name: `X ${unique()}`, kind: 'core_service', ownerTeamId: randomUUID(), criticality: 'low' });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().errors[0]).toMatchObject({ field: 'ownerTeamId', code: 'not_found' });
    const missing = randomUUID();
    const dep = await office.http.post('/api/v1/services', { name: `Y ${unique()}`, kind: 'core_service', ownerTeamId: platform.id, criticality: 'low', dependsOn: [missing] });
    expect(dep.statusCode).toBe(400);
    expect(dep.json().errors[0]).toMatchObject({ field: 'dependsOn', code: 'not_found' });
    expect(dep.json().errors[0].message).toContain(missing);
  });

  it('keeps names unique, case-insensitively', async () => {
    await buildService({ name: 'Dokumentenservice' });
    const res = await office.http.post('/api/v1/services', { name: 'DOKUMENTENSERVICE', kind: 'core_service', ownerTeamId: platform.id, criticality: 'low' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ field: 'name', code: 'taken' });
  });

  it('refuses a sunset owner team', async () => {
    const gone = await buildTeam(h, { kind: 'platform', stage: 'sunset' });
    const res = await office.http.post('/api/v1/services', { name: `Z ${unique()}`, kind: 'core_service', ownerTeamId: gone.id, criticality: 'low' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'team_read_only', errors: [{ field: 'ownerTeamId', code: 'team_sunset' }] });
  });

  it('lets the leads of the owner team add services, not the leads of another team', async () => {
    const itLead = await buildPerson(h, { discipline: 'architecture' });
    const ownPlatform = await buildTeam(h, { kind: 'platform', stage: 'active', itLeadId: itLead.id });
    const lead = await signIn(h, 'member', itLead.id);
    const mine = await lead.http.post('/api/v1/services', { name: `Mine ${unique()}`, kind: 'core_service', ownerTeamId: ownPlatform.id, criticality: 'low' });
    expect(mine.statusCode).toBe(201);
    const theirs = await lead.http.post('/api/v1/services', { name: `Theirs ${unique()}`, kind: 'core_service', ownerTeamId: platform.id, criticality: 'low' });
    expect(theirs.statusCode).toBe(403);
    const unowned = await lead.http.post('/api/v1/services', { name: `Nobody ${unique()}`, kind: 'core_service', criticality: 'low' });
    expect(unowned.statusCode).toBe(403);
    expect((await office.http.post('/api/v1/services', { name: `Nobody ${unique()}`, kind: 'core_service', criticality: 'low' })).statusCode).toBe(201);
  });
});

describe('PATCH /api/v1/services/:id', () => {
  it('changes the price with the version it read; a stale version gets 412 and changes nothing', async () => {
    const service = await buildService();
    const res = await office.http.patch(`/api/v1/services/${service.id}`, { unitPriceCents: 150 }, ifMatch(service.version));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unitPriceCents: 150, version: 2 });
    expect(res.headers.etag).toBe('"2"');
    const stale = await office.http.patch(`/api/v1/services/${service.id}`, { unitPriceCents: 10 }, ifMatch(service.version));
    expect(stale.statusCode).toBe(412);
    expect((await office.http.get(`/api/v1/services/${service.id}`)).json().unitPriceCents).toBe(150);
    expect((await office.http.patch(`/api/v1/services/${service.id}`, { unitPriceCents: 10 })).statusCode).toBe(428);
  });

  it('refuses to turn a priced service into a business service while it keeps its price', async () => {
    const service = await buildService();
    const res = await office.http.patch(`/api/v1/services/${service.id}`, { kind: 'business_service' }, ifMatch(service.version));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('unitPriceCents');
    expect((await office.http.get(`/api/v1/services/${service.id}`)).json().kind).toBe('core_service');
  });

  it('refuses a dependency cycle and names it', async () => {
    const policyAdmin = await buildService({ name: 'Policy Administration' });
    const quoteBind = await buildService({ name: 'Quote & Bind API', dependsOn: [policyAdmin.id] });
    const res = await office.http.patch(`/api/v1/services/${policyAdmin.id}`, { dependsOn: [quoteBind.id] }, ifMatch(policyAdmin.version));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'rule_violation', errors: [{ field: 'dependsOn', code: 'cycle' }] });
    expect(res.json().errors[0].message).toContain('Policy Administration → Quote & Bind API → Policy Administration');
    const view = (await office.http.get(`/api/v1/services/${policyAdmin.id}`)).json();
    expect(view).toMatchObject({ version: 1, dependsOn: [], usedBy: [{ id: quoteBind.id, name: 'Quote & Bind API' }] });
  });

  it('refuses a service depending on itself, and a longer cycle through three services', async () => {
    const a = await buildService({ name: `Tarifierung ${unique()}` });
    const self = await office.http.patch(`/api/v1/services/${a.id}`, { dependsOn: [a.id] }, ifMatch(a.version));
    expect(self.statusCode).toBe(422);
    expect(self.json().errors[0].message).toContain(`${a.name} → ${a.name}`);
    const b = await buildService({ name: `Bestand ${unique()}`, dependsOn: [a.id] });
    const c = await buildService({ name: `Inkasso ${unique()}`, dependsOn: [b.id] });
    const loop = await office.http.patch(`/api/v1/services/${a.id}`, { dependsOn: [c.id] }, ifMatch(a.version));
    expect(loop.statusCode).toBe(422);
    expect(loop.json().errors[0].message).toContain(`${a.name} → ${c.name} → ${b.name} → ${a.name}`);
  });

  it('replaces the dependencies and shows both directions', async () => {
    const db = await buildService({ name: `Kundendatenbank ${unique()}` });
    const docs = await buildService({ name: `Druckstraße ${unique()}` });
    const portal = await buildService({ name: `Kundenportal ${unique()}`, dependsOn: [db.id] });
    const res = await office.http.patch(`/api/v1/services/${portal.id}`, { dependsOn: [docs.id, db.id, docs.id] }, ifMatch(portal.version));
    expect(res.statusCode).toBe(200);
    expect(res.json().dependsOn.map((s: { id: string }) => s.id).sort()).toEqual([db.id, docs.id].sort());
    expect((await office.http.get(`/api/v1/services/${docs.id}`)).json().usedBy).toEqual([expect.objectContaining({ id: portal.id })]);
  });

  it('refuses handing a service to a sunset team, and edits of a sunset team’s service other than a hand-over or retirement', async () => {
    const owner = await buildTeam(h, { kind: 'platform', stage: 'active' });
    const service = await buildService({ ownerTeamId: owner.id });
    const gone = await buildTeam(h, { kind: 'platform', stage: 'sunset' });
    const toGone = await office.http.patch(`/api/v1/services/${service.id}`, { ownerTeamId: gone.id }, ifMatch(service.version));
    expect(toGone.statusCode).toBe(409);
    expect(toGone.json().errors[0]).toMatchObject({ field: 'ownerTeamId' });

    const sunset = await office.http.post(`/api/v1/teams/${owner.id}/transitions`, { to: 'sunset' }, ifMatch(owner.version));
    expect(sunset.statusCode).toBe(200);
    const edit = await office.http.patch(`/api/v1/services/${service.id}`, { description: 'still here' }, ifMatch(service.version));
    expect(edit.statusCode).toBe(409);
    const handOver = await office.http.patch(`/api/v1/services/${service.id}`, { ownerTeamId: platform.id }, ifMatch(service.version));
    expect(handOver.statusCode).toBe(200);
    expect(handOver.json().ownerTeam).toMatchObject({ id: platform.id });
  });

  it('lets the platform lead edit their service but not a business lead of another team', async () => {
    const businessLead = await buildPerson(h, { discipline: 'product' });
    const fusion = await buildTeam(h, { stage: 'active', businessLeadId: businessLead.id });
    const service = await buildService();
    const outsider = await signIn(h, 'member', businessLead.id);
    const res = await outsider.http.patch(`/api/v1/services/${service.id}`, { unitPriceCents: 1 }, ifMatch(service.version));
    expect(res.statusCode).toBe(403);
    expect((await outsider.http.get(`/api/v1/services/${service.id}`)).json().abilities).toEqual({ update: false, recordConsumption: false });
    const own = await createService(h.ctx, { name: `Fachservice ${unique()}`, kind: 'business_service', ownerTeamId: fusion.id, criticality: 'medium', lifecycle: 'live', description: '', links: [], unit: null, unitPriceCents: null, serviceLevels: [], dependsOn: [] });
    const edit = await outsider.http.patch(`/api/v1/services/${own.id}`, { criticality: 'high' }, ifMatch(own.version));
    expect(edit.statusCode).toBe(200);
    expect(edit.json().abilities).toEqual({ update: true, recordConsumption: false });
  });
});

describe('GET /api/v1/services', () => {
  it('filters by kind and owner and pages by name with a cursor', async () => {
    const owner = await buildTeam(h, { kind: 'platform', stage: 'active' });
    for (const name of ['Datenplattform C', 'Datenplattform A', 'Datenplattform B']) await buildService({ name, kind: 'data_platform', ownerTeamId: owner.id });
    await buildService({ ownerTeamId: owner.id });
    const first = (await office.http.get(`/api/v1/services?kind=data_platform&ownerTeamId=${owner.id}&limit=2`)).json();
    expect(first.items.map((s: { name: string }) => s.name)).toEqual(['Datenplattform A', 'Datenplattform B']);
    const second = (await office.http.get(`/api/v1/services?kind=data_platform&ownerTeamId=${owner.id}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ name: 'Datenplattform C', ownerTeam: { id: owner.id } }], nextCursor: null });
  });

  it('searches by name and rejects an unknown kind', async () => {
    await buildService({ name: 'Vertragsarchiv' });
    expect((await office.http.get('/api/v1/services?q=vertragsarch')).json().items.map((s: { name: string }) => s.name)).toEqual(['Vertragsarchiv']);
    const bad = await office.http.get('/api/v1/services?kind=mainframe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('kind');
  });

  it('answers 404 for an unknown service', async () => {
    expect((await office.http.get(`/api/v1/services/${randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/teams/:id/services', () => {
  it('lists what a team owns and what it consumes, with months, quantity, cost and last month', async () => {
    const owner = await buildTeam(h, { kind: 'platform', stage: 'active' });
    const gateway = await buildService({ ownerTeamId: owner.id, unitPriceCents: 200 });
    const ocr = await buildService({ ownerTeamId: owner.id, unitPriceCents: 5, unit: 'per page' });
    const consumer = await buildTeam(h, { stage: 'active' });
    for (const [service, month, quantity] of [[gateway, '2026-01', 10], [gateway, '2026-02', 30], [ocr, '2026-02', 1000]] as const) {
      await recordConsumption(h.ctx, { teamId: consumer.id, serviceId: service.id, month, quantity });
    }
    const owned = (await office.http.get(`/api/v1/teams/${owner.id}/services`)).json();
    expect(owned.owned.map((s: { id: string }) => s.id).sort()).toEqual([gateway.id, ocr.id].sort());
    expect(owned.consumed).toEqual([]);
    const view = (await office.http.get(`/api/v1/teams/${consumer.id}/services`)).json();
    expect(view.owned).toEqual([]);
    expect(view.consumed).toEqual([
      { service: { id: gateway.id, name: gateway.name, kind: 'core_service', lifecycle: 'live' }, unit: gateway.unit, months: 2, quantity: 40, costCents: 8000, lastMonth: '2026-02' },
      { service: { id: ocr.id, name: ocr.name, kind: 'core_service', lifecycle: 'live' }, unit: 'per page', months: 1, quantity: 1000, costCents: 5000, lastMonth: '2026-02' },
    ]);
    expect((await office.http.get(`/api/v1/teams/${randomUUID()}/services`)).statusCode).toBe(404);
  });
});
