import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthSignal, ServiceCreate } from '../../src/contracts/index.ts';
import { createService } from '../../src/core/index.ts';
import { decisions, operatingModel, teams } from '../../src/db/schema.ts';
import { buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let viewer: SignedIn;

const unique = () => randomUUID().slice(0, 8);
const DAY_MS = 24 * 60 * 60 * 1000;

const buildService = (overrides: Partial<ServiceCreate>) =>
  createService(h.ctx, {
    name: `Service ${unique()}`,
    kind: 'core_service',
    ownerTeamId: null,
    criticality: 'high',
    lifecycle: 'live',
    description: '',
    links: [],
    unit: 'per call',
    unitPriceCents: 1,
    serviceLevels: [],
    dependsOn: [],
    ...overrides,
  });

/** A decision as the decisions module leaves it once submitted, `daysAgo` days ago. */
async function pendingDecision(teamId: string, title: string, daysAgo: number) {
  const [row] = await h.database.db
    .insert(decisions)
    .values({ teamId, title, category: 'budget', status: 'pending_approval', proposedByLabel: 'test', submittedAt: new Date(Date.now() - daysAgo * DAY_MS) })
    .returning();
  return row!;
}

const signals = async (query = ''): Promise<HealthSignal[]> => {
  const res = await viewer.http.get(`/api/v1/health-signals${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
};

beforeAll(async () => {
  h = await createHarness();
  viewer = await signIn(h, 'viewer');
});
afterAll(() => h.close());

describe('GET /api/v1/health-signals', () => {
  it('flags a live service without an owner team as critical, and one whose owner is sunset', async () => {
    const orphan = await buildService({ name: `Altsystem ${unique()}` });
    await buildService({ name: `Geplant ${unique()}`, lifecycle: 'planned' });
    const platform = await buildTeam(h, { kind: 'platform', stage: 'active' });
    const left = await buildService({ ownerTeamId: platform.id });
    await h.database.db.update(teams).set({ stage: 'sunset' }).where(eq(teams.id, platform.id));
    const found = (await signals()).filter((s) => s.kind === 'live_service_without_owner');
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'live_service_without_owner', severity: 'critical', teamId: null, serviceId: orphan.id, decisionId: null, subject: orphan.name, text: `${orphan.name} is live but no team owns it`, params: { service: orphan.name } },
        expect.objectContaining({ serviceId: left.id, teamId: platform.id, params: { service: left.name, ownerTeam: platform.name } }),
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it('flags a team without an IT lead: a warning while proposed, critical when active', async () => {
    const proposed = await buildTeam(h, { name: `Vorschlag ${unique()}` });
    const active = await buildTeam(h, { stage: 'active', name: `Aktiv ${unique()}` });
    // Data from before the leadership rule: an active team that lost its IT lead.
    await h.database.db.update(teams).set({ itLeadId: null }).where(eq(teams.id, active.id));
    const gone = await buildTeam(h, { stage: 'sunset' });
    const found = (await signals()).filter((s) => s.kind === 'team_without_it_lead');
    expect(found.find((s) => s.teamId === proposed.id)).toMatchObject({ severity: 'warning', subject: proposed.name, params: { team: proposed.name, stage: 'proposed' } });
    expect(found.find((s) => s.teamId === active.id)).toMatchObject({ severity: 'critical', text: `${active.name} is active without an IT lead` });
    expect(found.find((s) => s.teamId === gone.id)).toBeUndefined();
  });

  it('flags a decision waiting for approval longer than the operating model’s decision wait days', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const old = await pendingDecision(team.id, 'Neuer Rechenzentrumsvertrag', 20);
    const fresh = await pendingDecision(team.id, 'Telematik-Tarif', 3);
    const waiting = (await signals()).filter((s) => s.kind === 'decision_waiting');
    expect(waiting.map((s) => s.decisionId)).toContain(old.id);
    expect(waiting.map((s) => s.decisionId)).not.toContain(fresh.id);
    expect(waiting.find((s) => s.decisionId === old.id)).toMatchObject({ severity: 'warning', teamId: team.id, subject: 'Neuer Rechenzentrumsvertrag', params: { days: 20, waitDays: 14 } });

    await h.database.db.update(operatingModel).set({ decisionWaitDays: 2 });
    expect((await signals()).filter((s) => s.kind === 'decision_waiting').map((s) => s.decisionId)).toEqual(expect.arrayContaining([old.id, fresh.id]));
    await h.database.db.update(operatingModel).set({ decisionWaitDays: 14 });
  });

  it('flags a planned or live provided service without a unit price, not a business service or a retired one', async () => {
    const platform = await buildTeam(h, { kind: 'platform', stage: 'active' });
    const planned = await buildService({ ownerTeamId: platform.id, lifecycle: 'planned', kind: 'ai_service', unit: null, unitPriceCents: null });
    const retired = await buildService({ ownerTeamId: platform.id, lifecycle: 'retired', unit: null, unitPriceCents: null });
    const business = await buildService({ ownerTeamId: platform.id, kind: 'business_service', unit: null, unitPriceCents: null });
    const found = (await signals()).filter((s) => s.kind === 'core_service_without_price');
    expect(found.find((s) => s.serviceId === planned.id)).toMatchObject({ severity: 'warning', teamId: platform.id, params: { service: planned.name, kind: 'ai_service', lifecycle: 'planned', ownerTeam: platform.name } });
    expect(found.map((s) => s.serviceId)).not.toContain(retired.id);
    expect(found.map((s) => s.serviceId)).not.toContain(business.id);
  });

  it('lists the most severe first', async () => {
    const all = await signals();
    const firstWarning = all.findIndex((s) => s.severity === 'warning');
    expect(all.slice(firstWarning).every((s) => s.severity === 'warning')).toBe(true);
  });

  it('with teamId, gives only what concerns that team: itself, its services and its decisions', async () => {
    const platform = await buildTeam(h, { kind: 'platform', stage: 'proposed', name: `Plattform ${unique()}` });
    const unpriced = await buildService({ ownerTeamId: platform.id, lifecycle: 'live', unit: null, unitPriceCents: null });
    const decision = await pendingDecision(platform.id, 'Cloud-Anbieter wechseln', 30);
    await buildService({ name: `Fremd ${unique()}` }); // unowned: concerns nobody in particular
    const other = await buildTeam(h);
    await pendingDecision(other.id, 'Fremde Entscheidung', 30);
    const found = await signals(`?teamId=${platform.id}`);
    expect(found.map((s) => [s.kind, s.teamId, s.serviceId ?? s.decisionId])).toEqual([
      ['core_service_without_price', platform.id, unpriced.id],
      ['decision_waiting', platform.id, decision.id],
      ['team_without_it_lead', platform.id, null],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  });

  it('answers 404 for an unknown team and 401 without signing in', async () => {
    expect((await viewer.http.get(`/api/v1/health-signals?teamId=${randomUUID()}`)).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/health-signals' })).statusCode).toBe(401);
  });
});
