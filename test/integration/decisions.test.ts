import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criticality, Decision, OperatingModel, Person, Team } from '../../src/contracts/index.ts';
import { services } from '../../src/db/schema.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, ifMatch, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let admin: SignedIn;
let team: Team;
let lead: SignedIn; // business lead of `team`
let proposer: SignedIn; // a member of `team` who also holds the data protection officer role
let colleague: SignedIn; // another member of `team`
let boardA: SignedIn;
let boardB: SignedIn;
let dpoA: SignedIn;
let dpoB: SignedIn;
let procurement: SignedIn;
let ciso: SignedIn;
let viewerDpo: SignedIn; // a viewer account whose person holds the data protection officer role

const put = (as: SignedIn, url: string, body: unknown, headers: Record<string, string> = {}) => as.http.request({ method: 'PUT', url, payload: body as object, headers });

async function holderPerson(name: string): Promise<Person> {
  return buildPerson(h, { name, discipline: 'finance' });
}

beforeAll(async () => {
  h = await createHarness();
  [office, admin] = await Promise.all([signIn(h, 'portfolio_office'), signIn(h, 'admin')]);
  team = await buildTeam(h, { stage: 'active', name: 'Kfz-Direkt' });
  const [proposerPerson, colleaguePerson] = [await buildPerson(h, { name: 'Paula Proposer', discipline: 'product' }), await buildPerson(h, { name: 'Carl Kollege', discipline: 'engineering' })];
  await buildMembership(h, team.id, proposerPerson.id, 50, '2026-01-01');
  await buildMembership(h, team.id, colleaguePerson.id, 50, '2026-01-01');
  const people = {
    boardA: await holderPerson('Berta Board'),
    boardB: await holderPerson('Boris Board'),
    dpoA: await holderPerson('Dana Datenschutz'),
    dpoB: await holderPerson('Dirk Datenschutz'),
    procurement: await holderPerson('Erik Einkauf'),
    ciso: await holderPerson('Sina Sicherheit'),
    viewerDpo: await holderPerson('Vera Viewer'),
  };
  [lead, proposer, colleague, boardA, boardB, dpoA, dpoB, procurement, ciso, viewerDpo] = await Promise.all([
    signIn(h, 'member', team.businessLead!.id),
    signIn(h, 'member', proposerPerson.id),
    signIn(h, 'member', colleaguePerson.id),
    signIn(h, 'member', people.boardA.id),
    signIn(h, 'member', people.boardB.id),
    signIn(h, 'member', people.dpoA.id),
    signIn(h, 'member', people.dpoB.id),
    signIn(h, 'member', people.procurement.id),
    signIn(h, 'member', people.ciso.id),
    signIn(h, 'viewer', people.viewerDpo.id),
  ]);
  const holders: Record<string, string[]> = {
    portfolio_board: [people.boardA.id, people.boardB.id],
    data_protection_officer: [people.dpoA.id, people.dpoB.id, people.viewerDpo.id, proposerPerson.id],
    procurement: [people.procurement.id],
    ciso: [people.ciso.id],
  };
  const model: OperatingModel = (await office.http.get('/api/v1/operating-model')).json();
  const roles = model.roles.map(({ holders: _holders, ...r }) => ({ ...r, holderIds: holders[r.key] ?? r.holderIds }));
  const res = await put(office, '/api/v1/operating-model', { roles, cadences: model.cadences, decisionWaitDays: model.decisionWaitDays }, ifMatch(model.version));
  if (res.statusCode !== 200) throw new Error(res.body);
});
afterAll(() => h.close());

const propose = async (body: Record<string, unknown> = {}, as: SignedIn = proposer, teamId = team.id): Promise<Decision> => {
  const res = await as.http.post(`/api/v1/teams/${teamId}/decisions`, { title: `Entscheidung ${randomUUID().slice(0, 6)}`, category: 'price', ...body });
  if (res.statusCode !== 201) throw new Error(`propose failed: ${res.body}`);
  return res.json();
};
const submit = (d: Pick<Decision, 'id' | 'version'>, as: SignedIn = proposer) => as.http.post(`/api/v1/decisions/${d.id}/submit`, undefined, ifMatch(d.version));
const submitted = async (d: Decision, as: SignedIn = proposer): Promise<Decision> => {
  const res = await submit(d, as);
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.body}`);
  return res.json();
};
const verdict = (as: SignedIn, d: Pick<Decision, 'id'>, approverRole: string, v: 'approve' | 'reject' = 'approve', comment = '') =>
  as.http.post(`/api/v1/decisions/${d.id}/approvals`, { approverRole, verdict: v, comment });
const get = async (id: string, as: SignedIn = office): Promise<Decision> => (await as.http.get(`/api/v1/decisions/${id}`)).json();
const audit = async (entityId: string) =>
  ((await admin.http.get(`/api/v1/audit?entityId=${entityId}`)).json().items as { action: string; before: any; after: any }[]).reverse();
const fields = (res: { json(): any }) => (res.json().errors ?? []).map((e: { field: string }) => e.field);

async function buildService(criticality: Criticality) {
  const [row] = await h.database.db
    .insert(services)
    .values({ name: `Dienst ${randomUUID().slice(0, 8)}`, kind: 'business_service', ownerTeamId: team.id, criticality, lifecycle: 'live' })
    .returning();
  return row!;
}

describe('POST /api/v1/teams/:id/decisions', () => {
  it('records a proposal with a preview of what the decision rights would say', async () => {
    const res = await proposer.http.post(`/api/v1/teams/${team.id}/decisions`, {
      title: 'Telematik-Rabatt für Fahranfänger',
      category: 'price',
      context: 'Fahranfänger zahlen zu viel',
      options: ['10 % Rabatt', '15 % Rabatt'],
      choice: '10 % Rabatt',
      budgetImpactCents: 8_000_000,
      links: [{ label: 'Kalkulation', url: 'https://wiki.example.test/telematik' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const d: Decision = res.json();
    expect(d).toMatchObject({
      teamId: team.id,
      teamName: 'Kfz-Direkt',
      status: 'proposed',
      proposedBy: 'Paula Proposer',
      evaluation: null,
      submittedAt: null,
      pendingRoles: [],
      approvals: [],
      abilities: { update: true, submit: true, approveAs: [] },
    });
    expect(d.preview).toMatchObject({ ruleSetVersion: 1, autonomyLimitCents: 5_000_000, ownCall: false, required: [{ approverRole: 'portfolio_board', approverRoleName: 'Portfolio board' }] });
    expect(d.preview.required[0]!.reasons[0]).toEqual({
      code: 'exceeds_team_limit',
      text: 'budget impact 80,000 € exceeds the team’s 50,000 € limit',
      params: { budgetImpactCents: 8_000_000, limitCents: 5_000_000 },
    });
    expect((await audit(d.id)).map((e) => e.action)).toEqual(['decision.create']);
  });

  it('refuses bad input with the field named, and records nothing', async () => {
    const before = (await office.http.get(`/api/v1/decisions?teamId=${team.id}&limit=500`)).json().items.length;
    const negative = await proposer.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Minus', category: 'budget', budgetImpactCents: -5 });
    expect(negative.statusCode).toBe(400);
    expect(fields(negative)).toEqual(['budgetImpactCents']);
    const category = await proposer.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Unbekannt', category: 'marketing' });
    expect(category.statusCode).toBe(400);
    expect(fields(category)).toEqual(['category']);
    const ghost = randomUUID();
    const service = await proposer.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Dienst', category: 'technology', affectedServiceIds: [ghost] });
    expect(service.statusCode).toBe(400);
    expect(service.json().errors).toEqual([{ field: 'affectedServiceIds.0', code: 'not_found', message: 'no service with this id' }]);
    const unknownTeam = await office.http.post(`/api/v1/teams/${randomUUID()}/decisions`, { title: 'Nirgends', category: 'price' });
    expect(unknownTeam.statusCode).toBe(404);
    expect((await office.http.get(`/api/v1/decisions?teamId=${team.id}&limit=500`)).json().items.length).toBe(before);
  });

  it('lets a member of the team propose, but not a member of another team, and not a sunset team', async () => {
    const other = await buildTeam(h, { stage: 'active' });
    const res = await boardA.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Fremd', category: 'price' });
    expect(res.statusCode).toBe(403);
    const sunset = await buildTeam(h, { stage: 'sunset' });
    const closed = await office.http.post(`/api/v1/teams/${sunset.id}/decisions`, { title: 'Zu spät', category: 'price' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('team_read_only');
    expect((await office.http.post(`/api/v1/teams/${other.id}/decisions`, { title: 'Steuerung', category: 'price' })).statusCode).toBe(201);
  });
});

describe('PATCH /api/v1/decisions/:id', () => {
  it('lets the proposer and the leads rework a proposal, not another member', async () => {
    const d = await propose();
    const byProposer = await proposer.http.patch(`/api/v1/decisions/${d.id}`, { rationale: 'Weil Fahranfänger sicherer fahren' }, ifMatch(d.version));
    expect(byProposer.statusCode, byProposer.body).toBe(200);
    expect(byProposer.json()).toMatchObject({ rationale: 'Weil Fahranfänger sicherer fahren', version: 2 });
    expect((await lead.http.patch(`/api/v1/decisions/${d.id}`, { choice: '12 %' }, ifMatch(2))).statusCode).toBe(200);
    expect((await colleague.http.patch(`/api/v1/decisions/${d.id}`, { choice: '20 %' }, ifMatch(3))).statusCode).toBe(403);
    expect((await get(d.id, colleague)).abilities).toMatchObject({ update: false, submit: false });
    expect((await proposer.http.patch(`/api/v1/decisions/${d.id}`, { choice: '13 %' }, ifMatch(2))).statusCode).toBe(412);
    expect((await get(d.id)).choice).toBe('12 %');
    const events = await audit(d.id);
    expect(events.map((e) => e.action)).toEqual(['decision.create', 'decision.update', 'decision.update']);
    expect(events[2]).toMatchObject({ before: { choice: '', version: 2 }, after: { choice: '12 %', version: 3 } });
  });

  it('freezes the content once submitted', async () => {
    const d = await submitted(await propose());
    const res = await proposer.http.patch(`/api/v1/decisions/${d.id}`, { title: 'Nachträglich' }, ifMatch(d.version));
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ field: 'status', code: 'not_proposed' });
    expect(d.abilities).toMatchObject({ update: false, submit: false });
  });
});

describe('POST /api/v1/decisions/:id/submit', () => {
  it('decides the team’s own call at once', async () => {
    const d = await propose({ budgetImpactCents: 5_000_000 });
    const res = await submit(d);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers.etag).toBe(`"${d.version + 1}"`);
    const after: Decision = res.json();
    expect(after).toMatchObject({ status: 'decided', pendingRoles: [], evaluation: { ruleSetVersion: 1, ownCall: true, required: [] } });
    expect(after.submittedAt).not.toBeNull();
    expect(after.decidedAt).toBe(after.submittedAt);
    expect((await audit(d.id)).map((e) => e.action)).toEqual(['decision.create', 'decision.submit']);
  });

  it('sends what needs approval to every required role, and stores the judgement', async () => {
    const d = await submitted(await propose({ budgetImpactCents: 8_000_000, personalData: true, newVendor: true }));
    expect(d.status).toBe('pending_approval');
    expect(d.decidedAt).toBeNull();
    expect(d.pendingRoles).toEqual(['portfolio_board', 'data_protection_officer', 'procurement']);
    expect(d.evaluation!.required.map((r) => [r.approverRole, r.reasons.map((x) => x.text)])).toEqual([
      ['portfolio_board', ['budget impact 80,000 € exceeds the team’s 50,000 € limit']],
      ['data_protection_officer', ['it processes personal data']],
      ['procurement', ['it brings in a new vendor']],
    ]);
    // The proposer holds the data protection role but may not approve their own decision.
    expect(d.abilities.approveAs).toEqual([]);
    expect((await get(d.id, dpoA)).abilities.approveAs).toEqual(['data_protection_officer']);
    const [event] = (await audit(d.id)).filter((e) => e.action === 'decision.submit');
    expect(event).toMatchObject({ before: { status: 'proposed' }, after: { status: 'pending_approval', ruleSetVersion: 1 } });
  });

  it('judges by the team’s own limit when it has one', async () => {
    const own = await buildTeam(h, { stage: 'active' });
    const res = await put(office, `/api/v1/teams/${own.id}/autonomy`, { autonomyLimitCents: 10_000_000 }, ifMatch(own.version));
    expect(res.statusCode).toBe(200);
    const d = await submitted(await propose({ budgetImpactCents: 8_000_000 }, office, own.id), office);
    expect(d).toMatchObject({ status: 'decided', evaluation: { autonomyLimitCents: 10_000_000, ownCall: true } });
    const over = await submitted(await propose({ budgetImpactCents: 10_000_001 }, office, own.id), office);
    expect(over.evaluation!.required[0]!.reasons[0]!.text).toBe('budget impact 100,000.01 € exceeds the team’s 100,000 € limit');
  });

  it('asks the CISO for technology changes on a critical service, not on a high one', async () => {
    const [critical, high] = [await buildService('critical'), await buildService('high')];
    const onCritical = await submitted(await propose({ category: 'technology', affectedServiceIds: [high.id, critical.id] }));
    expect(onCritical.pendingRoles).toEqual(['ciso']);
    expect(onCritical.affectedServices.map((s) => s.id).sort()).toEqual([critical.id, high.id].sort());
    expect(onCritical.evaluation!.required[0]!.reasons.map((r) => r.code)).toEqual(['category', 'service_criticality']);
    expect((await verdict(ciso, onCritical, 'ciso')).json()).toMatchObject({ status: 'decided', pendingRoles: [] });
    const onHigh = await submitted(await propose({ category: 'technology', affectedServiceIds: [high.id] }));
    expect(onHigh.status).toBe('decided');
  });

  it('is for the proposer, leads and steering, and wants the version', async () => {
    const d = await propose();
    expect((await submit(d, colleague)).statusCode).toBe(403);
    expect((await proposer.http.post(`/api/v1/decisions/${d.id}/submit`)).statusCode).toBe(428);
    expect((await submit({ id: d.id, version: 7 })).statusCode).toBe(412);
    expect((await get(d.id)).status).toBe('proposed');
    const done = await submitted(d, lead);
    expect((await submit(done)).statusCode).toBe(409);
  });
});

describe('POST /api/v1/decisions/:id/approvals', () => {
  it('decides once every required role has approved', async () => {
    const d = await submitted(await propose({ budgetImpactCents: 8_000_000, personalData: true }));
    const first = await verdict(boardA, d, 'portfolio_board', 'approve', 'Budget ist eingeplant');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'pending_approval', pendingRoles: ['data_protection_officer'], decidedAt: null });
    const second = await verdict(dpoA, d, 'data_protection_officer');
    expect(second.statusCode).toBe(201);
    const decided: Decision = second.json();
    expect(decided).toMatchObject({ status: 'decided', pendingRoles: [] });
    expect(decided.decidedAt).not.toBeNull();
    expect(decided.approvals.map((a) => [a.approverRole, a.verdict, a.approver.name, a.comment])).toEqual([
      ['portfolio_board', 'approve', 'Berta Board', 'Budget ist eingeplant'],
      ['data_protection_officer', 'approve', 'Dana Datenschutz', ''],
    ]);
    expect((await audit(d.id)).map((e) => e.action)).toEqual(['decision.create', 'decision.submit', 'decision.approve', 'decision.approve']);
  });

  it('rejects with one rejection; nobody answers afterwards', async () => {
    const d = await submitted(await propose({ budgetImpactCents: 8_000_000, personalData: true }));
    const res = await verdict(dpoA, d, 'data_protection_officer', 'reject', 'Keine Rechtsgrundlage');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'rejected', pendingRoles: [], decidedAt: null });
    const late = await verdict(boardA, d, 'portfolio_board');
    expect(late.statusCode).toBe(409);
    expect((await get(d.id)).approvals).toHaveLength(1);
    expect((await audit(d.id)).at(-1)).toMatchObject({ action: 'decision.reject', after: { status: 'rejected', approval: { verdict: 'reject', comment: 'Keine Rechtsgrundlage' } } });
  });

  it('takes a verdict only from a holder of the required role who did not propose it', async () => {
    const d = await submitted(await propose({ personalData: true }));
    const cases: [SignedIn, string, number][] = [
      [procurement, 'data_protection_officer', 403], // holds another role
      [proposer, 'data_protection_officer', 403], // holds the role, but proposed it
      [viewerDpo, 'data_protection_officer', 403], // holds the role, but viewers never approve
      [office, 'data_protection_officer', 403], // steering does not stand in for a role holder
      [procurement, 'procurement', 422], // holds the role, but it is not required here
    ];
    for (const [as, role, status] of cases) {
      const res = await verdict(as, d, role);
      expect(res.statusCode, `${as.email} as ${role}: ${res.body}`).toBe(status);
    }
    expect((await verdict(procurement, d, 'procurement')).json().errors[0]).toMatchObject({ field: 'approverRole', code: 'not_required' });
    expect((await verdict(proposer, d, 'data_protection_officer')).json().detail).toContain('You proposed');
    expect((await get(d.id)).approvals).toHaveLength(0);
    expect((await verdict(dpoB, d, 'data_protection_officer')).statusCode).toBe(201);
  });

  it('refuses verdicts on a decision that is not waiting, and unknown decisions', async () => {
    const d = await propose({ personalData: true });
    expect((await verdict(dpoA, d, 'data_protection_officer')).statusCode).toBe(409);
    expect((await verdict(dpoA, { id: randomUUID() }, 'data_protection_officer')).statusCode).toBe(404);
    const bad = await dpoA.http.post(`/api/v1/decisions/${d.id}/approvals`, { approverRole: 'data_protection_officer', verdict: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual(['verdict']);
  });

  it('gives two concurrent verdicts for the same role one place: 201 and 409', async () => {
    const d = await submitted(await propose({ budgetImpactCents: 8_000_000, personalData: true }));
    const results = await Promise.all([verdict(boardA, d, 'portfolio_board'), verdict(boardB, d, 'portfolio_board')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const after = await get(d.id);
    expect(after.approvals.filter((a) => a.approverRole === 'portfolio_board')).toHaveLength(1);
    expect(after).toMatchObject({ status: 'pending_approval', pendingRoles: ['data_protection_officer'] });
  });

  it('gives two concurrent verdicts for the last role one place, and decides once', async () => {
    const d = await submitted(await propose({ personalData: true }));
    const results = await Promise.all([verdict(dpoA, d, 'data_protection_officer'), verdict(dpoB, d, 'data_protection_officer')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await get(d.id)).approvals).toHaveLength(1);
    expect((await audit(d.id)).filter((e) => e.action === 'decision.approve')).toHaveLength(1);
  });

  it('decides exactly once when the last two roles approve at the same time', async () => {
    const old = await submitted(await propose());
    const d = await submitted(await propose({ budgetImpactCents: 8_000_000, personalData: true, supersedesId: old.id }));
    const results = await Promise.all([verdict(boardA, d, 'portfolio_board'), verdict(dpoA, d, 'data_protection_officer')]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201]);
    const after = await get(d.id);
    expect(after).toMatchObject({ status: 'decided', version: d.version + 2, pendingRoles: [] });
    expect(results.map((r) => r.json().status).sort()).toEqual(['decided', 'pending_approval']);
    expect((await audit(old.id)).filter((e) => e.action === 'decision.supersede')).toHaveLength(1);
    expect(await get(old.id)).toMatchObject({ status: 'superseded', version: old.version + 1 });
  });
});

describe('superseding', () => {
  it('replaces a decided decision once the new one is decided', async () => {
    const old = await submitted(await propose({ title: 'Rabatt 10 %' }));
    const next = await propose({ title: 'Rabatt 12 %', supersedesId: old.id });
    expect(next.supersedes).toEqual({ id: old.id, title: 'Rabatt 10 %' });
    expect((await get(old.id)).status).toBe('decided');
    const decided = await submitted(next);
    expect(decided.status).toBe('decided');
    const replaced = await get(old.id);
    expect(replaced).toMatchObject({ status: 'superseded', supersededBy: { id: next.id, title: 'Rabatt 12 %' } });
    expect((await audit(old.id)).at(-1)).toMatchObject({ action: 'decision.supersede', before: { status: 'decided' }, after: { status: 'superseded', supersededById: next.id } });
  });

  it('keeps the old decision in force while the new one waits, and after a rejection', async () => {
    const old = await submitted(await propose());
    const next = await submitted(await propose({ personalData: true, supersedesId: old.id }));
    expect(next.status).toBe('pending_approval');
    expect((await get(old.id)).status).toBe('decided');
    await verdict(dpoA, next, 'data_protection_officer', 'reject');
    expect(await get(old.id)).toMatchObject({ status: 'decided', supersededBy: null });
  });

  it('only replaces a decided decision of the same team', async () => {
    const proposed = await propose();
    const notDecided = await proposer.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Ersatz', category: 'price', supersedesId: proposed.id });
    expect(notDecided.statusCode).toBe(422);
    expect(notDecided.json().errors[0]).toMatchObject({ field: 'supersedesId', code: 'not_decided' });
    const other = await buildTeam(h, { stage: 'active' });
    const foreign = await submitted(await propose({}, office, other.id), office);
    const otherTeam = await proposer.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Ersatz', category: 'price', supersedesId: foreign.id });
    expect(otherTeam.statusCode).toBe(422);
    expect(otherTeam.json().errors[0]).toMatchObject({ field: 'supersedesId', code: 'other_team' });
    const missing = await proposer.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Ersatz', category: 'price', supersedesId: randomUUID() });
    expect(missing.json().errors[0]).toMatchObject({ field: 'supersedesId', code: 'not_found' });
  });
});

describe('GET /api/v1/decisions', () => {
  it('lists newest first, filters, and pages with a cursor', async () => {
    const listed = await buildTeam(h, { stage: 'active' });
    const made: Decision[] = [];
    for (const category of ['price', 'vendor', 'price', 'technology', 'price'] as const) made.push(await propose({ category }, office, listed.id));
    const all = (await office.http.get(`/api/v1/decisions?teamId=${listed.id}`)).json();
    expect(all.items.map((d: Decision) => d.id)).toEqual(made.map((d) => d.id).reverse());
    expect(all.nextCursor).toBeNull();

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Decision[]; nextCursor: string | null } = (await office.http.get(`/api/v1/decisions?teamId=${listed.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((d) => d.id).reverse());

    const prices = (await office.http.get(`/api/v1/decisions?teamId=${listed.id}&category=price`)).json().items;
    expect(prices).toHaveLength(3);
    await submitted(made[1]!, office);
    const decided = (await office.http.get(`/api/v1/decisions?teamId=${listed.id}&status=decided`)).json().items;
    expect(decided.map((d: Decision) => d.id)).toEqual([made[1]!.id]);
    expect((await office.http.get('/api/v1/decisions?cursor=nonsense')).statusCode).toBe(400);
  });

  it('shows each approver what awaits them', async () => {
    const d = await submitted(await propose({ newVendor: true, personalData: true }));
    const waiting = (who: SignedIn) => who.http.get('/api/v1/decisions?awaitingMe=true&limit=500').then((r) => r.json().items.map((x: Decision) => x.id));
    expect(await waiting(procurement)).toContain(d.id);
    expect(await waiting(dpoB)).toContain(d.id);
    expect(await waiting(proposer)).not.toContain(d.id); // their own proposal
    expect(await waiting(viewerDpo)).toEqual([]);
    expect(await waiting(colleague)).toEqual([]);
    await verdict(procurement, d, 'procurement');
    expect(await waiting(procurement)).not.toContain(d.id);
    expect(await waiting(dpoB)).toContain(d.id);
  });
});

// Last in the file: it changes the decision rights for every test after it.
describe('changing the decision rights', () => {
  it('never changes a stored judgement; new submissions use the new version', async () => {
    const facts = { category: 'vendor', budgetImpactCents: 8_000_000 };
    const early = await submitted(await propose(facts));
    expect(early).toMatchObject({ status: 'pending_approval', evaluation: { ruleSetVersion: 1 }, pendingRoles: ['portfolio_board'] });
    const waiting = await propose(facts);

    const current: OperatingModel = (await office.http.get('/api/v1/operating-model')).json();
    const rules = [...current.decisionRules.rules, { key: 'all_vendor', name: 'Every vendor decision', when: { categories: ['vendor'] }, approverRole: 'procurement' }];
    const res = await put(office, '/api/v1/operating-model/decision-rules', { defaultAutonomyLimitCents: 10_000_000, rules }, ifMatch(current.decisionRules.version));
    expect(res.statusCode, res.body).toBe(200);

    const reread = await get(early.id);
    expect(reread.evaluation).toEqual(early.evaluation);
    expect(reread.pendingRoles).toEqual(['portfolio_board']);
    expect(reread.preview).toMatchObject({ ruleSetVersion: 2, autonomyLimitCents: 10_000_000, required: [{ approverRole: 'procurement' }] });
    // Approving still follows the stored judgement: procurement is not asked, the board decides.
    expect((await verdict(procurement, early, 'procurement')).statusCode).toBe(422);
    expect((await verdict(boardA, early, 'portfolio_board')).json()).toMatchObject({ status: 'decided', evaluation: { ruleSetVersion: 1 } });

    const late = await submitted(waiting);
    expect(late).toMatchObject({ status: 'pending_approval', evaluation: { ruleSetVersion: 2, autonomyLimitCents: 10_000_000 }, pendingRoles: ['procurement'] });
  });

  it('keeps a role that a waiting decision still needs, even after the rule asking for it is gone', async () => {
    const councilPerson = await holderPerson('Wilma Betriebsrat');
    const council = await signIn(h, 'member', councilPerson.id);
    const putModel = async (edit: (roles: OperatingModel['roles']) => unknown[]) => {
      const m: OperatingModel = (await office.http.get('/api/v1/operating-model')).json();
      const roles = edit(m.roles).map((r) => {
        const { holders: _holders, ...role } = r as OperatingModel['roles'][number];
        return role;
      });
      return put(office, '/api/v1/operating-model', { roles, cadences: m.cadences, decisionWaitDays: m.decisionWaitDays }, ifMatch(m.version));
    };
    const putRules = async (edit: (rules: OperatingModel['decisionRules']['rules']) => unknown[]) => {
      const { decisionRules } = (await office.http.get('/api/v1/operating-model')).json() as OperatingModel;
      return put(office, '/api/v1/operating-model/decision-rules', { defaultAutonomyLimitCents: decisionRules.defaultAutonomyLimitCents, rules: edit(decisionRules.rules) }, ifMatch(decisionRules.version));
    };
    const withoutCouncil = (roles: OperatingModel['roles']) => roles.filter((r) => r.key !== 'works_council');

    expect((await putModel((roles) => [...roles, { key: 'works_council', name: 'Betriebsrat', responsibilities: '', approver: true, holderIds: [councilPerson.id] }])).statusCode).toBe(200);
    expect((await putRules((rules) => [...rules, { key: 'people', name: 'People decisions', when: { categories: ['people'] }, approverRole: 'works_council' }])).statusCode).toBe(200);
    const d = await submitted(await propose({ category: 'people' }));
    expect(d.pendingRoles).toEqual(['works_council']);
    expect((await putRules((rules) => rules.filter((r) => r.key !== 'people'))).statusCode).toBe(200);

    const refused = await putModel(withoutCouncil);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([{ field: 'roles', code: 'role_in_use', message: 'must keep works_council: 1 decision(s) wait for its approval' }]);
    expect((await verdict(council, d, 'works_council')).json().status).toBe('decided');
    expect((await putModel(withoutCouncil)).statusCode).toBe(200);
  });
});
