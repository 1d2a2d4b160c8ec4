// Every route × every kind of caller. The matrix below is the readable statement of who may do
// what (the rules live in src/core/policy.ts); a route the app registers without a row here fails
// the coverage test, so a new endpoint cannot ship without deciding who may call it.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person, Stage } from '../../src/contracts/index.ts';
import { createUser } from '../../src/core/index.ts';
import { apiTokens, auditEvents } from '../../src/db/schema.ts';
import { buildMembership, buildPerson, buildTeam, signIn, TEST_PASSWORD, type SignedIn } from '../support/factories.ts';
import { client, createHarness, ifMatch, type Client, type Harness } from '../support/harness.ts';
import { createService } from '../../src/core/index.ts';
import { ServiceCreate } from '../../src/contracts/index.ts';
import { createDecision, getOperatingModel, submitDecision, updateOperatingModel } from '../../src/core/index.ts';
import { users } from '../../src/db/schema.ts';
import { DecisionCreate } from '../../src/contracts/index.ts';
import { createSurvey } from '../../src/core/index.ts';
import { SurveyCreate } from '../../src/contracts/index.ts';
import { addMilestone, createInitiative, createLearningOffer, getMaturityModel } from '../../src/core/index.ts';
import { InitiativeCreate, LearningOfferCreate } from '../../src/contracts/index.ts';
import { bookLedgerEntry } from '../../src/core/index.ts';
import { decideBudget, getFinanceSettingsUseCase, saveBudget, submitBudget } from '../../src/core/index.ts';
import { SaveBudget } from '../../src/contracts/index.ts';
import { quarterOf } from '../../src/contracts/index.ts';
import { getGoalSettings } from '../../src/core/index.ts';
import { buildKeyResult, buildObjective, insertMetric } from '../support/goals.ts';
import { createMetric } from '../../src/core/index.ts';
import { MetricCreate } from '../../src/contracts/index.ts';

const ACTORS = [
  'anonymous',
  'token:unknown',
  'token:revoked',
  'viewer',
  'viewer_lead', // a viewer whose person is the IT lead of the target team: viewers never lead
  'member', // org role member, linked to a person who leads nothing
  'lead', // org role member whose person is the business lead of the target team
  'portfolio_office',
  'admin',
  'token:read', // an admin's token with scope read
  'token:write', // an admin's token with scope write (only; write implies read)
  'token:lead', // the lead's token with scopes read + write
  'token:ingest', // an admin's token with scope ingest (only): pushes actuals in, reads nothing
] as const;
type ActorName = (typeof ACTORS)[number];

/** Callers the API must not recognise at all: they get 401, never 403. */
const UNAUTHENTICATED: readonly ActorName[] = ['anonymous', 'token:unknown', 'token:revoked'];

const EVERYONE: readonly ActorName[] = ACTORS;
const USERS: ActorName[] = ['viewer', 'viewer_lead', 'member', 'lead', 'portfolio_office', 'admin'];
const READERS: ActorName[] = [...USERS, 'token:read', 'token:write', 'token:lead'];
const STEERING: ActorName[] = ['admin', 'portfolio_office', 'token:write'];
const TEAM_LEADS: ActorName[] = [...STEERING, 'lead', 'token:lead'];

interface Actor {
  name: ActorName;
  http: Client;
  /** The user behind the caller (token owner for tokens); null for anonymous callers. */
  owner: SignedIn | null;
  /** A client for a separate, fresh session of the same user, for calls that end the session they use. */
  again(): Promise<Client>;
}

interface Row<F = unknown> {
  route: string;
  /** Tells rows of one route apart (e.g. the three transitions). */
  case?: string;
  allowed: readonly ActorName[];
  /** Fresh resources for one call, made before the audit log is read. */
  prepare?: (actor: Actor) => Promise<F>;
  call: (actor: Actor, fixture: F) => Promise<LightMyRequestResponse>;
}
const row = <F>(r: Row<F>): Row => r as Row;

let h: Harness;
const actors = new Map<ActorName, Actor>();
let leadPerson: Person;
let itLeadPerson: Person;
let visitorEmail: string;

const unique = () => randomUUID().slice(0, 8);

/** A team whose business lead is the `lead` actor's person and whose IT lead is `viewer_lead`'s. */
const ledTeam = (stage: Stage = 'proposed') => buildTeam(h, { stage, businessLeadId: leadPerson.id, itLeadId: itLeadPerson.id });

async function membershipOnLedTeam() {
  const team = await ledTeam();
  const person = await buildPerson(h, { discipline: 'data' });
  return buildMembership(h, team.id, person.id, 30, '2026-01-01');
}

async function loginAgain(app: FastifyInstance, email: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tandem_session')!;
  return client(app, { cookie: `tandem_session=${cookie.value}` });
}

async function createToken(owner: SignedIn, scopes: string[]): Promise<{ id: string; token: string }> {
  const res = await owner.http.post('/api/v1/tokens', { name: `matrix ${scopes.join('+')} ${unique()}`, scopes });
  if (res.statusCode !== 201) throw new Error(`token creation failed: ${res.body}`);
  return res.json();
}

// Operating model and decisions: the person behind the `member` actor, a team it belongs to, and
// approver roles held by the people of `member`, `lead` and `viewer_lead` (viewers still never approve).
const personOf = async (userId: string) => (await h.database.db.select({ personId: users.personId }).from(users).where(eq(users.id, userId)))[0]!.personId!;
let memberTeam: ReturnType<typeof ledTeam> | undefined;
const teamWithMember = () =>
  (memberTeam ??= ledTeam('active').then(async (team) => {
    await buildMembership(h, team.id, await personOf(actors.get('member')!.owner!.userId), 10, '2026-01-01');
    return team;
  }));
let dpoHolders: Promise<void> | undefined;
const holdDataProtection = () =>
  (dpoHolders ??= (async () => {
    const model = await getOperatingModel(h.ctx);
    const holders = [leadPerson.id, itLeadPerson.id, await personOf(actors.get('member')!.owner!.userId)];
    const roles = model.roles.map(({ holders: _h, ...r }) => (r.key === 'data_protection_officer' ? { ...r, holderIds: [...r.holderIds, ...holders] } : r));
    await updateOperatingModel(h.ctx, { expectedVersion: model.version, model: { roles, cadences: model.cadences, decisionWaitDays: model.decisionWaitDays } });
  })());
const modelUpdate = async () => {
  const { roles, cadences, decisionWaitDays, version, decisionRules } = await getOperatingModel(h.ctx);
  return { version, decisionRules, body: { roles: roles.map(({ holders: _h, ...r }) => r), cadences, decisionWaitDays } };
};
const proposal = async (overrides: Record<string, unknown> = {}) =>
  createDecision(h.ctx, (await ledTeam('active')).id, DecisionCreate.parse({ title: 'Kfz-Tarif: Telematik-Rabatt einführen', category: 'price', ...overrides }));

// Services and consumption: the `lead` actor's person leads a platform team running a priced core
// service; consumption is recorded for another team.
const ledPlatform = () => buildTeam(h, { kind: 'platform', stage: 'active', businessLeadId: leadPerson.id, itLeadId: itLeadPerson.id });
const platformService = async () =>
  createService(
    h.ctx,
    ServiceCreate.parse({ name: `Matrix-Service ${unique()}`, kind: 'core_service', ownerTeamId: (await ledPlatform()).id, criticality: 'medium', lifecycle: 'live', unit: 'per call', unitPriceCents: 3 }),
  );
let consumerTeam: ReturnType<typeof buildTeam> | undefined;
const consumptionFixture = async () => ({ service: await platformService(), team: await (consumerTeam ??= buildTeam(h, { stage: 'active' })) });

// Change programme: the current maturity model rated in full, a learning offer, an initiative with a milestone.
const maturityUpdate = async () => {
  const model = await getMaturityModel(h.ctx);
  return { version: model.version, body: { dimensions: model.dimensions } };
};
const fullAssessment = async () => {
  const model = await getMaturityModel(h.ctx);
  return {
    team: await ledTeam('active'),
    body: { modelVersion: model.version, assessedOn: '2026-06-30', ratings: model.dimensions.map((d) => ({ dimensionKey: d.key, level: 2, targetLevel: 4 })) },
  };
};
const learningOffer = () => createLearningOffer(h.ctx, LearningOfferCreate.parse({ title: `Agile Grundlagen ${unique()}`, expectedFor: ['all_members'] }));
const initiative = () => createInitiative(h.ctx, InitiativeCreate.parse({ title: `Plattform-Migration ${unique()}`, startDate: '2026-01-01', endDate: '2027-12-31' }));
const milestone = async () => addMilestone(h.ctx, (await initiative()).id, { title: 'Pilotteam live', dueOn: '2026-09-30' });

// Pulse surveys: an open survey sent to the team the `member` actor belongs to (`lead` and
// `viewer_lead` lead it without being members, so they may not answer).
const openSurvey = async () =>
  createSurvey(
    h.ctx,
    SurveyCreate.parse({ title: `Puls ${unique()}`, statements: [{ key: 'partnership', text: 'Fachbereich und IT entscheiden gemeinsam' }], teamIds: [(await teamWithMember()).id], opensOn: '2026-01-01', closesOn: '2099-12-31' }),
  );

const jsonBody = (res: LightMyRequestResponse) => {
  try {
    return res.json();
  } catch {
    return res.body;
  }
};

const rows: Row[] = [
  // Signing in and out is open to every caller by nature.
  row({
    route: 'POST /api/v1/auth/login',
    allowed: EVERYONE,
    call: async (a) => (await a.again()).post('/api/v1/auth/login', { email: visitorEmail, password: TEST_PASSWORD }),
  }),
  row({ route: 'POST /api/v1/auth/logout', allowed: EVERYONE, call: async (a) => (await a.again()).post('/api/v1/auth/logout') }),
  // Any token may ask whose it is, an ingest-only one too: a machine checks its credentials that way.
  row({ route: 'GET /api/v1/me', allowed: [...USERS, 'token:read', 'token:write', 'token:lead', 'token:ingest'], call: (a) => a.http.get('/api/v1/me') }),

  // Teams: everyone signed in reads the portfolio; steering creates; leads run their own team.
  row({ route: 'GET /api/v1/teams', allowed: READERS, call: (a) => a.http.get('/api/v1/teams') }),
  row({
    route: 'POST /api/v1/teams',
    allowed: STEERING,
    call: (a) => a.http.post('/api/v1/teams', { name: `Matrix ${unique()}`, kind: 'fusion', mandateKind: 'product' }),
  }),
  row({ route: 'GET /api/v1/teams/:id', allowed: READERS, prepare: () => ledTeam(), call: (a, team) => a.http.get(`/api/v1/teams/${team.id}`) }),
  row({
    route: 'PATCH /api/v1/teams/:id',
    allowed: TEAM_LEADS,
    prepare: () => ledTeam('active'),
    call: (a, team) => a.http.patch(`/api/v1/teams/${team.id}`, { mission: 'Kfz-Schaden in zehn Minuten regulieren' }, ifMatch(team.version)),
  }),
  row({
    route: 'POST /api/v1/teams/:id/transitions',
    case: 'proposed → chartered',
    allowed: STEERING,
    prepare: () => ledTeam('proposed'),
    call: (a, team) => a.http.post(`/api/v1/teams/${team.id}/transitions`, { to: 'chartered' }, ifMatch(team.version)),
  }),
  row({
    route: 'POST /api/v1/teams/:id/transitions',
    case: 'chartered → active',
    allowed: TEAM_LEADS,
    prepare: () => ledTeam('chartered'),
    call: (a, team) => a.http.post(`/api/v1/teams/${team.id}/transitions`, { to: 'active' }, ifMatch(team.version)),
  }),
  row({
    route: 'POST /api/v1/teams/:id/transitions',
    case: 'active → sunset',
    allowed: STEERING,
    prepare: () => ledTeam('active'),
    call: (a, team) => a.http.post(`/api/v1/teams/${team.id}/transitions`, { to: 'sunset' }, ifMatch(team.version)),
  }),
  row({
    route: 'POST /api/v1/teams/:id/memberships',
    allowed: TEAM_LEADS,
    prepare: async () => ({ team: await ledTeam(), person: await buildPerson(h, { discipline: 'sales' }) }),
    call: (a, { team, person }) =>
      a.http.post(`/api/v1/teams/${team.id}/memberships`, { personId: person.id, role: 'Vertrieb', allocation: 40, startDate: '2026-02-01' }),
  }),

  // Memberships belong to their team: the same people who run the team edit and end them.
  row({
    route: 'PATCH /api/v1/memberships/:id',
    allowed: TEAM_LEADS,
    prepare: membershipOnLedTeam,
    call: (a, m) => a.http.patch(`/api/v1/memberships/${m.id}`, { allocation: 60 }, ifMatch(m.version)),
  }),
  row({
    route: 'POST /api/v1/memberships/:id/end',
    allowed: TEAM_LEADS,
    prepare: membershipOnLedTeam,
    call: (a, m) => a.http.post(`/api/v1/memberships/${m.id}/end`, { endDate: '2026-06-30' }, ifMatch(m.version)),
  }),

  // People: everyone reads; steering adds and edits.
  row({ route: 'GET /api/v1/people', allowed: READERS, call: (a) => a.http.get('/api/v1/people') }),
  row({
    route: 'POST /api/v1/people',
    allowed: STEERING,
    call: (a) => a.http.post('/api/v1/people', { name: `Neu ${unique()}`, email: `neu.${unique()}@example.test`, discipline: 'finance' }),
  }),
  row({ route: 'GET /api/v1/people/:id', allowed: READERS, prepare: () => buildPerson(h), call: (a, p) => a.http.get(`/api/v1/people/${p.id}`) }),
  row({
    route: 'PATCH /api/v1/people/:id',
    allowed: STEERING,
    prepare: () => buildPerson(h),
    call: (a, p) => a.http.patch(`/api/v1/people/${p.id}`, { jobTitle: 'Product Owner' }, ifMatch(p.version)),
  }),

  // Operating model and decision rights: everyone reads them; steering changes them.
  row({ route: 'GET /api/v1/operating-model', allowed: READERS, call: (a) => a.http.get('/api/v1/operating-model') }),
  row({
    route: 'PUT /api/v1/operating-model',
    allowed: STEERING,
    prepare: modelUpdate,
    call: (a, m) => a.http.request({ method: 'PUT', url: '/api/v1/operating-model', payload: m.body, headers: ifMatch(m.version) }),
  }),
  row({
    route: 'PUT /api/v1/operating-model/decision-rules',
    allowed: STEERING,
    prepare: modelUpdate,
    call: (a, { decisionRules: r }) =>
      a.http.request({ method: 'PUT', url: '/api/v1/operating-model/decision-rules', payload: { defaultAutonomyLimitCents: r.defaultAutonomyLimitCents, rules: r.rules }, headers: ifMatch(r.version) }),
  }),
  row({ route: 'GET /api/v1/operating-model/decision-rules/versions', allowed: READERS, call: (a) => a.http.get('/api/v1/operating-model/decision-rules/versions') }),
  row({
    route: 'PUT /api/v1/teams/:id/autonomy',
    allowed: STEERING,
    prepare: () => ledTeam('active'),
    call: (a, team) => a.http.request({ method: 'PUT', url: `/api/v1/teams/${team.id}/autonomy`, payload: { autonomyLimitCents: 2_000_000 }, headers: ifMatch(team.version) }),
  }),

  // Decisions: a team's members record them, its leads (and steering) rework and submit them, and
  // only holders of the required model role approve — whatever their organization role.
  row({
    route: 'POST /api/v1/teams/:id/decisions',
    allowed: [...TEAM_LEADS, 'member'],
    prepare: teamWithMember,
    call: (a, team) => a.http.post(`/api/v1/teams/${team.id}/decisions`, { title: 'Schadenmeldung per Foto', category: 'technology' }),
  }),
  row({ route: 'GET /api/v1/decisions', allowed: READERS, call: (a) => a.http.get('/api/v1/decisions?limit=5') }),
  row({ route: 'GET /api/v1/decisions/:id', allowed: READERS, prepare: () => proposal(), call: (a, d) => a.http.get(`/api/v1/decisions/${d.id}`) }),
  row({
    route: 'PATCH /api/v1/decisions/:id',
    allowed: TEAM_LEADS,
    prepare: () => proposal(),
    call: (a, d) => a.http.patch(`/api/v1/decisions/${d.id}`, { rationale: 'Telematik senkt die Schadenquote' }, ifMatch(d.version)),
  }),
  row({
    route: 'POST /api/v1/decisions/:id/submit',
    allowed: TEAM_LEADS,
    prepare: () => proposal(),
    call: (a, d) => a.http.post(`/api/v1/decisions/${d.id}/submit`, undefined, ifMatch(d.version)),
  }),
  row({
    route: 'POST /api/v1/decisions/:id/approvals',
    allowed: ['member', 'lead', 'token:lead'],
    prepare: async () => {
      await holdDataProtection();
      const d = await proposal({ personalData: true });
      return submitDecision(h.ctx, { id: d.id, expectedVersion: d.version });
    },
    call: (a, d) => a.http.post(`/api/v1/decisions/${d.id}/approvals`, { approverRole: 'data_protection_officer', verdict: 'approve' }),
  }),

  // Services: everyone reads the catalog; a service is managed through its owner team, one without an owner by steering.
  row({ route: 'GET /api/v1/services', allowed: READERS, call: (a) => a.http.get('/api/v1/services?limit=5') }),
  row({
    route: 'POST /api/v1/services',
    case: 'owned by a platform team',
    allowed: TEAM_LEADS,
    prepare: ledPlatform,
    call: (a, team) => a.http.post('/api/v1/services', { name: `Matrix-Service ${unique()}`, kind: 'core_service', ownerTeamId: team.id, criticality: 'low' }),
  }),
  row({
    route: 'POST /api/v1/services',
    case: 'without an owner',
    allowed: STEERING,
    call: (a) => a.http.post('/api/v1/services', { name: `Matrix-Service ${unique()}`, kind: 'ai_service', criticality: 'low' }),
  }),
  row({ route: 'GET /api/v1/services/:id', allowed: READERS, prepare: platformService, call: (a, s) => a.http.get(`/api/v1/services/${s.id}`) }),
  row({
    route: 'PATCH /api/v1/services/:id',
    allowed: TEAM_LEADS,
    prepare: platformService,
    call: (a, s) => a.http.patch(`/api/v1/services/${s.id}`, { unitPriceCents: 4 }, ifMatch(s.version)),
  }),
  row({ route: 'GET /api/v1/teams/:id/services', allowed: READERS, prepare: () => ledTeam(), call: (a, team) => a.http.get(`/api/v1/teams/${team.id}/services`) }),

  // Consumption: every signed-in role reads it; only the platform team running the service records it.
  row({ route: 'GET /api/v1/consumption', allowed: READERS, call: (a) => a.http.get('/api/v1/consumption?limit=5') }),
  row({
    route: 'PUT /api/v1/consumption',
    allowed: TEAM_LEADS,
    prepare: consumptionFixture,
    call: (a, { service, team }) =>
      a.http.request({ method: 'PUT', url: '/api/v1/consumption', payload: { teamId: team.id, serviceId: service.id, month: '2026-03', quantity: 1200 } }),
  }),
  row({
    route: 'POST /api/v1/consumption/batches',
    allowed: TEAM_LEADS,
    prepare: consumptionFixture,
    call: (a, { service, team }) =>
      a.http.post('/api/v1/consumption/batches', {
        idempotencyKey: `matrix-${randomUUID()}`,
        items: [
          { teamId: team.id, serviceId: service.id, month: '2026-03', quantity: 10 },
          { teamId: team.id, serviceId: service.id, month: '2026-04', quantity: 12 },
        ],
      }),
  }),
  row({
    route: 'POST /api/v1/consumption/imports',
    allowed: TEAM_LEADS,
    prepare: consumptionFixture,
    call: (a, { service, team }) =>
      a.http.post('/api/v1/consumption/imports', { csv: `team;service;month;quantity\n${team.name};${service.name};2026-03;7\n`, idempotencyKey: `matrix-${randomUUID()}`, dryRun: false }),
  }),
  row({ route: 'GET /api/v1/health-signals', allowed: READERS, call: (a) => a.http.get('/api/v1/health-signals') }),

  // Pulse surveys: everyone reads them and their results (above the anonymity threshold); steering
  // sends them; only a current member of a surveyed team answers, signed in as themselves.
  row({ route: 'GET /api/v1/surveys', allowed: READERS, call: (a) => a.http.get('/api/v1/surveys') }),
  row({
    route: 'POST /api/v1/surveys',
    allowed: STEERING,
    prepare: () => ledTeam('active'),
    call: (a, team) =>
      a.http.post('/api/v1/surveys', { title: `Puls ${unique()}`, statements: [{ key: 'partnership', text: 'Fachbereich und IT entscheiden gemeinsam' }], teamIds: [team.id], opensOn: '2026-01-01', closesOn: '2099-12-31' }),
  }),
  row({ route: 'GET /api/v1/surveys/:id', allowed: READERS, prepare: () => openSurvey(), call: (a, s) => a.http.get(`/api/v1/surveys/${s.id}`) }),
  row({
    route: 'POST /api/v1/surveys/:id/responses',
    allowed: ['member'],
    prepare: () => openSurvey(),
    call: (a, s) => a.http.post(`/api/v1/surveys/${s.id}/responses`, { ratings: { partnership: 4 } }),
  }),
  row({ route: 'GET /api/v1/surveys/:id/results', allowed: READERS, prepare: () => openSurvey(), call: (a, s) => a.http.get(`/api/v1/surveys/${s.id}/results`) }),

  // Maturity: everyone reads the model, the assessments and the portfolio; steering versions the
  // model; a team's leads (or steering, as facilitator) assess it.
  row({ route: 'GET /api/v1/maturity-model', allowed: READERS, call: (a) => a.http.get('/api/v1/maturity-model') }),
  row({ route: 'GET /api/v1/maturity-model/versions', allowed: READERS, call: (a) => a.http.get('/api/v1/maturity-model/versions') }),
  row({
    route: 'PUT /api/v1/maturity-model',
    allowed: STEERING,
    prepare: maturityUpdate,
    call: (a, m) => a.http.request({ method: 'PUT', url: '/api/v1/maturity-model', payload: m.body, headers: ifMatch(m.version) }),
  }),
  row({ route: 'GET /api/v1/teams/:id/assessments', allowed: READERS, prepare: () => ledTeam(), call: (a, team) => a.http.get(`/api/v1/teams/${team.id}/assessments`) }),
  row({
    route: 'POST /api/v1/teams/:id/assessments',
    allowed: TEAM_LEADS,
    prepare: fullAssessment,
    call: (a, { team, body }) => a.http.post(`/api/v1/teams/${team.id}/assessments`, body),
  }),
  row({ route: 'GET /api/v1/maturity/portfolio', allowed: READERS, call: (a) => a.http.get('/api/v1/maturity/portfolio') }),

  // Enablement: everyone reads offers, completions and a team's enablement; steering runs the catalog.
  row({ route: 'GET /api/v1/learning-offers', allowed: READERS, call: (a) => a.http.get('/api/v1/learning-offers') }),
  row({ route: 'POST /api/v1/learning-offers', allowed: STEERING, call: (a) => a.http.post('/api/v1/learning-offers', { title: `Design Thinking ${unique()}`, expectedFor: ['leads'] }) }),
  row({
    route: 'PATCH /api/v1/learning-offers/:id',
    allowed: STEERING,
    prepare: learningOffer,
    call: (a, o) => a.http.patch(`/api/v1/learning-offers/${o.id}`, { durationHours: 8 }, ifMatch(o.version)),
  }),
  row({ route: 'GET /api/v1/learning-offers/:id/completions', allowed: READERS, prepare: learningOffer, call: (a, o) => a.http.get(`/api/v1/learning-offers/${o.id}/completions`) }),
  row({
    route: 'POST /api/v1/learning-offers/:id/completions',
    allowed: STEERING,
    prepare: async () => ({ offer: await learningOffer(), person: await buildPerson(h) }),
    call: (a, { offer, person }) => a.http.post(`/api/v1/learning-offers/${offer.id}/completions`, { personId: person.id, completedOn: '2026-03-15' }),
  }),
  row({ route: 'GET /api/v1/people/:id/completions', allowed: READERS, prepare: () => buildPerson(h), call: (a, p) => a.http.get(`/api/v1/people/${p.id}/completions`) }),
  row({ route: 'GET /api/v1/teams/:id/enablement', allowed: READERS, prepare: () => ledTeam(), call: (a, team) => a.http.get(`/api/v1/teams/${team.id}/enablement`) }),

  // Transformation roadmap: everyone reads it; steering plans it.
  row({ route: 'GET /api/v1/initiatives', allowed: READERS, call: (a) => a.http.get('/api/v1/initiatives?overdue=true') }),
  row({
    route: 'POST /api/v1/initiatives',
    allowed: STEERING,
    call: (a) => a.http.post('/api/v1/initiatives', { title: `Datenplattform ${unique()}`, startDate: '2026-01-01', endDate: '2026-12-31' }),
  }),
  row({ route: 'GET /api/v1/initiatives/:id', allowed: READERS, prepare: initiative, call: (a, i) => a.http.get(`/api/v1/initiatives/${i.id}`) }),
  row({
    route: 'PATCH /api/v1/initiatives/:id',
    allowed: STEERING,
    prepare: initiative,
    call: (a, i) => a.http.patch(`/api/v1/initiatives/${i.id}`, { status: 'in_progress' }, ifMatch(i.version)),
  }),
  row({
    route: 'POST /api/v1/initiatives/:id/milestones',
    allowed: STEERING,
    prepare: initiative,
    call: (a, i) => a.http.post(`/api/v1/initiatives/${i.id}/milestones`, { title: 'Erste Teams migriert', dueOn: '2026-06-30' }),
  }),
  row({
    route: 'PATCH /api/v1/milestones/:id',
    allowed: STEERING,
    prepare: milestone,
    call: (a, m) => a.http.patch(`/api/v1/milestones/${m.id}`, { doneOn: '2026-09-01' }, ifMatch(m.version)),
  }),

  // API tokens: each user manages their own, only from a session — a token never mints or revokes tokens.
  row({ route: 'GET /api/v1/tokens', allowed: USERS, call: (a) => a.http.get('/api/v1/tokens') }),
  row({ route: 'POST /api/v1/tokens', allowed: USERS, call: (a) => a.http.post('/api/v1/tokens', { name: `matrix ${unique()}`, scopes: ['read'] }) }),
  row({
    route: 'DELETE /api/v1/tokens/:id',
    allowed: USERS,
    // A spare token of the caller's own user (the admin's for anonymous callers), never the one calling.
    prepare: (a) => createToken(a.owner ?? actors.get('admin')!.owner!, ['read']),
    call: (a, token) => a.http.delete(`/api/v1/tokens/${token.id}`),
  }),

  // Accounts and the audit log: admins only; accounts never through a token.
  row({ route: 'GET /api/v1/users', allowed: ['admin'], call: (a) => a.http.get('/api/v1/users') }),
  row({
    route: 'POST /api/v1/users',
    allowed: ['admin'],
    call: (a) => a.http.post('/api/v1/users', { email: `konto.${unique()}@example.test`, displayName: 'Neues Konto', role: 'viewer', password: TEST_PASSWORD }),
  }),
  row({
    route: 'PATCH /api/v1/users/:id',
    allowed: ['admin'],
    prepare: () => createUser(h.ctx, { email: `ziel.${unique()}@example.test`, displayName: 'Ziel', role: 'viewer', personId: null, password: TEST_PASSWORD }),
    call: (a, user) => a.http.patch(`/api/v1/users/${user.id}`, { displayName: 'Umbenannt' }, ifMatch(user.version)),
  }),
  row({ route: 'GET /api/v1/audit', allowed: ['admin', 'token:read', 'token:write'], call: (a) => a.http.get('/api/v1/audit?limit=5') }),
  row({ route: 'GET /api/v1/audit/verify', allowed: ['admin', 'token:read', 'token:write'], call: (a) => a.http.get('/api/v1/audit/verify') }),
  ...financeSettingsAndBudgetRows(),
  ...ledgerRows(),
  ...financeReportRows(),
  ...metricRows(),
  ...okrRows(),
  ...goalsPortfolioRows(),
];

// ── Money ───────────────────────────────────────────────────────────────────────────────────
// Three sections, one per part of the money context: settings and budgets, the ledger (booking,
// batches, reversals, imports), and the reports (team finance, portfolio, exports).

// Settings: every reader reads the calendar, steering sets it. Budgets: whoever reads a team's
// finances (its members, leads, viewers, steering) reads its budget; its leads and steering draft
// and propose it; the portfolio office decides it (never the proposer) and moves money between
// approved budgets; steering and viewers read the whole portfolio's budgets.
function financeSettingsAndBudgetRows(): Row[] {
  const FINANCE_READERS: ActorName[] = ['viewer', 'viewer_lead', 'portfolio_office', 'admin', 'token:read', 'token:write'];
  const fiscalYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()));
  const lines = [{ category: 'cloud', expenseType: 'opex', amountCents: 120_000 }];
  const budgetUrl = (teamId: string) => `/api/v1/teams/${teamId}/budgets/${fiscalYear}`;
  const draft = async (teamId: string) => (await saveBudget(h.ctx, { teamId, fiscalYear, expectedVersion: undefined, budget: SaveBudget.parse({ lines }) })).budget;
  // Proposed by the system, so every caller is someone other than the proposer.
  const proposed = async () => {
    const team = await ledTeam('active');
    const budget = await submitBudget(h.ctx, { teamId: team.id, fiscalYear, expectedVersion: (await draft(team.id)).version });
    return { team, budget };
  };
  const decider = () => ({ ...h.ctx, actor: { ...h.ctx.actor, type: 'user' as const, userId: randomUUID(), label: 'Matrix-Finanzbüro' } });
  const approved = async () => {
    const { team, budget } = await proposed();
    await decideBudget(decider(), { teamId: team.id, fiscalYear, expectedVersion: budget.version, decision: { decision: 'approve', comment: '' } });
    return team;
  };
  const withDraft = async <T extends { id: string }>(team: T) => {
    await draft(team.id);
    return team;
  };
  let memberTeamBudget: Promise<{ id: string }> | undefined;
  let otherTeamBudget: Promise<{ id: string }> | undefined;
  return [
    row({ route: 'GET /api/v1/finance/settings', allowed: READERS, call: (a) => a.http.get('/api/v1/finance/settings') }),
    row({
      route: 'PUT /api/v1/finance/settings',
      allowed: STEERING,
      // Moving the first fiscal year earlier is allowed however much is booked already.
      prepare: () => getFinanceSettingsUseCase(h.ctx),
      call: (a, s) =>
        a.http.request({
          method: 'PUT',
          url: '/api/v1/finance/settings',
          payload: { fiscalYearStartMonth: s.fiscalYearStartMonth, currency: s.currency, firstFiscalYear: s.firstFiscalYear - 1 },
          headers: ifMatch(s.version),
        }),
    }),
    row({
      route: 'GET /api/v1/teams/:id/budgets/:fiscalYear',
      case: 'a team with the member in it',
      allowed: READERS,
      prepare: () => (memberTeamBudget ??= teamWithMember().then(withDraft)),
      call: (a, team) => a.http.get(budgetUrl(team.id)),
    }),
    row({
      route: 'GET /api/v1/teams/:id/budgets/:fiscalYear',
      case: 'a team the member is not in',
      allowed: READERS.filter((n) => n !== 'member'),
      prepare: () => (otherTeamBudget ??= ledTeam('active').then(withDraft)),
      call: (a, team) => a.http.get(budgetUrl(team.id)),
    }),
    row({
      route: 'PUT /api/v1/teams/:id/budgets/:fiscalYear',
      case: 'a new draft',
      allowed: TEAM_LEADS,
      prepare: () => ledTeam('active'),
      call: (a, team) => a.http.request({ method: 'PUT', url: budgetUrl(team.id), payload: { lines, note: 'Erster Entwurf' } }),
    }),
    row({
      route: 'PUT /api/v1/teams/:id/budgets/:fiscalYear',
      case: 'replacing a draft',
      allowed: TEAM_LEADS,
      prepare: async () => {
        const team = await ledTeam('active');
        return { team, budget: await draft(team.id) };
      },
      call: (a, { team, budget }) => a.http.request({ method: 'PUT', url: budgetUrl(team.id), payload: { lines: [{ ...lines[0], amountCents: 150_000 }] }, headers: ifMatch(budget.version) }),
    }),
    row({
      route: 'POST /api/v1/teams/:id/budgets/:fiscalYear/submission',
      allowed: TEAM_LEADS,
      prepare: async () => {
        const team = await ledTeam('active');
        return { team, budget: await draft(team.id) };
      },
      call: (a, { team, budget }) => a.http.post(`${budgetUrl(team.id)}/submission`, undefined, ifMatch(budget.version)),
    }),
    row({
      route: 'POST /api/v1/teams/:id/budgets/:fiscalYear/decision',
      allowed: STEERING,
      prepare: proposed,
      call: (a, { team, budget }) => a.http.post(`${budgetUrl(team.id)}/decision`, { decision: 'approve' }, ifMatch(budget.version)),
    }),
    row({ route: 'GET /api/v1/finance/budgets', allowed: FINANCE_READERS, call: (a) => a.http.get(`/api/v1/finance/budgets?fiscalYear=${fiscalYear}&status=proposed`) }),
    row({
      route: 'POST /api/v1/finance/reallocations',
      allowed: STEERING,
      prepare: async () => ({ from: await approved(), to: await approved() }),
      call: (a, { from, to }) =>
        a.http.post('/api/v1/finance/reallocations', {
          fiscalYear,
          fromTeamId: from.id,
          toTeamId: to.id,
          category: 'cloud',
          expenseType: 'opex',
          month: `${fiscalYear}-06`,
          amountCents: 10_000,
          reason: 'Mehr Cloud im Pilotteam',
        }),
    }),
    row({ route: 'GET /api/v1/finance/reallocations', allowed: FINANCE_READERS, call: (a) => a.http.get(`/api/v1/finance/reallocations?fiscalYear=${fiscalYear}`) }),
  ];
}

// The ledger: a team's leads and steering book its actuals, by hand or batch or file, and reverse
// them; an ingest token (a machine) books and reverses and reads nothing. Whoever reads the team's
// finances reads its ledger. Auditors and steering verify the monthly sums against the ledger.
function ledgerRows(): Row[] {
  const BOOKERS: ActorName[] = [...TEAM_LEADS, 'token:ingest'];
  const LEDGER_READERS: ActorName[] = ['viewer', 'viewer_lead', 'lead', 'portfolio_office', 'admin', 'token:read', 'token:write', 'token:lead'];
  // Actuals are booked for months that have begun: the current one always has.
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date());
  const cost = (teamId: string) => ({ kind: 'cost', teamId, month, category: 'licences', amountCents: 4_990 });
  const bookedEntry = async () => {
    const team = await ledTeam('active');
    return bookLedgerEntry(h.ctx, { kind: 'cost', teamId: team.id, month, category: 'licences', expenseType: 'opex', amountCents: 4_990 });
  };
  return [
    row({ route: 'POST /api/v1/ledger/entries', allowed: BOOKERS, prepare: () => ledTeam('active'), call: (a, team) => a.http.post('/api/v1/ledger/entries', cost(team.id)) }),
    row({
      route: 'POST /api/v1/ledger/batches',
      allowed: BOOKERS,
      prepare: () => ledTeam('active'),
      call: (a, team) => a.http.post('/api/v1/ledger/batches', { idempotencyKey: `matrix-${randomUUID()}`, items: [cost(team.id), { kind: 'revenue', teamId: team.id, month, stream: 'Kfz-Telematik', amountCents: 19_900 }] }),
    }),
    row({
      route: 'POST /api/v1/ledger/entries/:id/reversal',
      allowed: BOOKERS,
      prepare: bookedEntry,
      call: (a, entry) => a.http.post(`/api/v1/ledger/entries/${entry.id}/reversal`, { reason: 'Rechnung storniert' }),
    }),
    row({ route: 'GET /api/v1/teams/:id/ledger', case: 'a team the member does not belong to', allowed: LEDGER_READERS, prepare: () => ledTeam(), call: (a, team) => a.http.get(`/api/v1/teams/${team.id}/ledger`) }),
    row({
      route: 'GET /api/v1/teams/:id/ledger',
      case: 'the member’s own team',
      allowed: [...LEDGER_READERS, 'member'],
      prepare: teamWithMember,
      call: (a, team) => a.http.get(`/api/v1/teams/${team.id}/ledger?limit=5`),
    }),
    row({
      route: 'POST /api/v1/ledger/imports',
      allowed: BOOKERS,
      prepare: () => ledTeam('active'),
      call: (a, team) =>
        a.http.post('/api/v1/ledger/imports', { content: `team;month;kind;category;amount\n${team.name};${month};cost;external;1.250,00\n`, idempotencyKey: `matrix-${randomUUID()}`, dryRun: false }),
    }),
    row({ route: 'GET /api/v1/finance/verify', allowed: ['admin', 'portfolio_office', 'token:read', 'token:write'], call: (a) => a.http.get('/api/v1/finance/verify') }),
  ];
}

function financeReportRows(): Row[] {
  // A team's figures: steering, viewers, its leads and its current members. The portfolio: steering
  // and viewers (and read or write tokens of theirs). An ingest token reads nothing.
  const TEAM_READERS: ActorName[] = ['viewer', 'viewer_lead', 'lead', 'portfolio_office', 'admin', 'token:read', 'token:write', 'token:lead'];
  const PORTFOLIO_READERS: ActorName[] = ['viewer', 'viewer_lead', 'portfolio_office', 'admin', 'token:read', 'token:write'];
  const teamRows = (route: string, path: (teamId: string) => string): Row[] => [
    row({ route, case: 'a team the member does not belong to', allowed: TEAM_READERS, prepare: () => ledTeam(), call: (a, team) => a.http.get(path(team.id)) }),
    row({ route, case: 'the member’s own team', allowed: [...TEAM_READERS, 'member'], prepare: teamWithMember, call: (a, team) => a.http.get(path(team.id)) }),
  ];
  return [
    ...teamRows('GET /api/v1/teams/:id/finance', (id) => `/api/v1/teams/${id}/finance`),
    ...teamRows('GET /api/v1/teams/:id/finance/export', (id) => `/api/v1/teams/${id}/finance/export?format=xlsx&table=categories`),
    row({ route: 'GET /api/v1/finance/portfolio', allowed: PORTFOLIO_READERS, call: (a) => a.http.get('/api/v1/finance/portfolio?sort=overrun&order=desc&limit=5') }),
    row({ route: 'GET /api/v1/finance/portfolio/flows', allowed: PORTFOLIO_READERS, call: (a) => a.http.get('/api/v1/finance/portfolio/flows') }),
    row({ route: 'GET /api/v1/finance/portfolio/export', allowed: PORTFOLIO_READERS, call: (a) => a.http.get('/api/v1/finance/portfolio/export?format=csv') }),
  ];
}

// ── Goals ───────────────────────────────────────────────────────────────────────────────────
// Three sections: the metrics catalog and measurements; objectives, key results, check-ins and
// the goal settings; the portfolio goals page.

// The metrics catalog: whoever reads a team's goals (steering, viewers, its leads and current
// members) reads its metrics and their measurements; its leads and steering define them. Its
// members, leads, steering and ingest tokens record measurements — an ingest token reads nothing.
function metricRows(): Row[] {
  const TEAM_READERS: ActorName[] = ['viewer', 'viewer_lead', 'lead', 'portfolio_office', 'admin', 'token:read', 'token:write', 'token:lead'];
  const RECORDERS: ActorName[] = [...TEAM_LEADS, 'token:ingest'];
  const metricOf = async (team: { id: string }) =>
    createMetric(
      h.ctx,
      MetricCreate.parse({ key: `matrix.${unique()}`, name: { de: 'Verkaufte Policen', en: 'Policies sold' }, unit: 'count', direction: 'higher_is_better', aggregation: 'sum', ownerTeamId: team.id }),
    );
  const ownTeamMetric = async () => metricOf(await teamWithMember());
  const otherTeamMetric = async () => metricOf(await ledTeam('active'));
  const measuredAt = () => new Date(Date.now() - 60_000).toISOString();
  // One row for a metric of the member's own team, one for a metric of a team the member is not in.
  const both = (route: string, allowed: readonly ActorName[], allowedToMember: boolean, call: (a: Actor, m: { id: string; key: string }) => Promise<LightMyRequestResponse>): Row[] => [
    row({ route, case: 'a metric of a team the member does not belong to', allowed, prepare: otherTeamMetric, call }),
    row({ route, case: 'a metric of the member’s own team', allowed: allowedToMember ? [...allowed, 'member'] : allowed, prepare: ownTeamMetric, call }),
  ];
  return [
    row({ route: 'GET /api/v1/metrics', allowed: READERS, call: (a) => a.http.get('/api/v1/metrics?limit=5') }),
    row({
      route: 'POST /api/v1/metrics',
      allowed: TEAM_LEADS,
      prepare: () => ledTeam('active'),
      call: (a, team) =>
        a.http.post('/api/v1/metrics', { key: `matrix.${unique()}`, name: { de: 'Abschlussquote', en: 'Conversion' }, unit: 'percent', direction: 'higher_is_better', aggregation: 'average', ownerTeamId: team.id }),
    }),
    ...both('GET /api/v1/metrics/:id', TEAM_READERS, true, (a, m) => a.http.get(`/api/v1/metrics/${m.id}`)),
    row({
      route: 'PATCH /api/v1/metrics/:id',
      allowed: TEAM_LEADS,
      prepare: otherTeamMetric,
      call: (a, m) => a.http.patch(`/api/v1/metrics/${m.id}`, { expectedIntervalDays: 1 }, ifMatch(m.version)),
    }),
    ...both('GET /api/v1/metrics/:id/measurements', TEAM_READERS, true, (a, m) => a.http.get(`/api/v1/metrics/${m.id}/measurements?bucket=week`)),
    ...both('POST /api/v1/metrics/:id/measurements', RECORDERS, true, (a, m) => a.http.post(`/api/v1/metrics/${m.id}/measurements`, { value: 3 })),
    ...both('POST /api/v1/measurements/batches', RECORDERS, true, (a, m) =>
      a.http.post('/api/v1/measurements/batches', { idempotencyKey: `matrix-${randomUUID()}`, items: [{ metricId: m.id, measuredAt: measuredAt(), value: 2 }] }),
    ),
    ...both('POST /api/v1/measurements/imports', RECORDERS, true, (a, m) =>
      a.http.post('/api/v1/measurements/imports', { content: `metric;measured_at;value\n${m.key};${measuredAt()};4\n`, idempotencyKey: `matrix-${randomUUID()}`, dryRun: false }),
    ),
  ];
}

// Objectives, key results and check-ins: a team objective is read by whoever reads the team's
// goals (steering, viewers, its leads and current members) and set by its leads and steering; an
// organization-wide objective is read by every signed-in person and set by steering, who also set
// the status thresholds. Check-ins: the team's leads and members, and steering; on an organization
// objective, steering. An ingest token reads and writes none of it.
function okrRows(): Row[] {
  const TEAM_READERS: ActorName[] = ['viewer', 'viewer_lead', 'lead', 'portfolio_office', 'admin', 'token:read', 'token:write', 'token:lead'];
  const quarter = quarterOf(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()));
  const objectiveOf = (teamId: string | null) => buildObjective(h, { teamId, quarter, title: `Matrix-Ziel ${unique()}` });
  const keyResultOf = async (teamId: string | null, metricTeamId: string) => {
    const objective = await objectiveOf(teamId);
    const metric = await insertMetric(h, { ownerTeamId: metricTeamId });
    return buildKeyResult(h, objective.id, { metricId: metric.id, baseline: 0, target: 100 });
  };
  const teamOfMember = async () => (await teamWithMember()).id;
  const otherTeam = async () => (await ledTeam()).id;
  const runningTeam = async () => (await ledTeam('active')).id;
  const org = async () => (await ledTeam('active')).id; // owns the metric of an organization key result
  const readRows = (route: string, path: (fixture: { id: string }) => string, fixture: (teamId: string | null) => Promise<{ id: string }>): Row[] => [
    row({ route, case: 'a team the member does not belong to', allowed: TEAM_READERS, prepare: async () => fixture(await otherTeam()), call: (a, f) => a.http.get(path(f)) }),
    row({ route, case: 'the member’s own team', allowed: [...TEAM_READERS, 'member'], prepare: async () => fixture(await teamOfMember()), call: (a, f) => a.http.get(path(f)) }),
    row({ route, case: 'an organization-wide objective', allowed: READERS, prepare: () => fixture(null), call: (a, f) => a.http.get(path(f)) }),
  ];
  return [
    row({ route: 'GET /api/v1/goals/settings', allowed: READERS, call: (a) => a.http.get('/api/v1/goals/settings') }),
    row({
      route: 'PUT /api/v1/goals/settings',
      allowed: STEERING,
      prepare: () => getGoalSettings(h.ctx),
      call: (a, s) =>
        a.http.request({
          method: 'PUT',
          url: '/api/v1/goals/settings',
          payload: { atRiskGapPercent: s.atRiskGapPercent === 10 ? 12 : 10, offTrackGapPercent: 25 },
          headers: ifMatch(s.version),
        }),
    }),
    row({
      route: 'POST /api/v1/objectives',
      case: 'a team objective',
      allowed: TEAM_LEADS,
      prepare: runningTeam,
      call: (a, teamId) => a.http.post('/api/v1/objectives', { teamId, quarter, title: 'Mehr Policen in der App' }),
    }),
    row({
      route: 'POST /api/v1/objectives',
      case: 'an organization-wide objective',
      allowed: STEERING,
      call: (a) => a.http.post('/api/v1/objectives', { teamId: null, quarter, title: 'Junge Kundschaft gewinnen' }),
    }),
    ...readRows('GET /api/v1/objectives/:id', (o) => `/api/v1/objectives/${o.id}`, objectiveOf),
    row({
      route: 'PATCH /api/v1/objectives/:id',
      case: 'a team objective',
      allowed: TEAM_LEADS,
      prepare: async () => objectiveOf(await runningTeam()),
      call: (a, o) => a.http.patch(`/api/v1/objectives/${o.id}`, { title: 'Umbenanntes Ziel' }, ifMatch(o.version)),
    }),
    row({
      route: 'PATCH /api/v1/objectives/:id',
      case: 'an organization-wide objective',
      allowed: STEERING,
      prepare: () => objectiveOf(null),
      call: (a, o) => a.http.patch(`/api/v1/objectives/${o.id}`, { description: 'Für alle Teams' }, ifMatch(o.version)),
    }),
    row({
      route: 'POST /api/v1/objectives/:id/key-results',
      case: 'a team objective, the team’s own metric',
      allowed: TEAM_LEADS,
      prepare: async () => {
        const teamId = await runningTeam();
        return { objective: await objectiveOf(teamId), metric: await insertMetric(h, { ownerTeamId: teamId }) };
      },
      call: (a, { objective, metric }) => a.http.post(`/api/v1/objectives/${objective.id}/key-results`, { metricId: metric.id, title: 'Policen pro Quartal', baseline: 0, target: 900 }),
    }),
    row({
      route: 'POST /api/v1/objectives/:id/key-results',
      case: 'an organization-wide objective',
      allowed: STEERING,
      prepare: async () => ({ objective: await objectiveOf(null), metric: await insertMetric(h, { ownerTeamId: await org() }) }),
      call: (a, { objective, metric }) => a.http.post(`/api/v1/objectives/${objective.id}/key-results`, { metricId: metric.id, title: 'Policen gesamt', baseline: 0, target: 9000 }),
    }),
    row({
      route: 'PATCH /api/v1/key-results/:id',
      case: 'a team objective',
      allowed: TEAM_LEADS,
      prepare: async () => {
        const teamId = await runningTeam();
        return keyResultOf(teamId, teamId);
      },
      call: (a, kr) => a.http.patch(`/api/v1/key-results/${kr.id}`, { target: 120 }, ifMatch(kr.version)),
    }),
    row({
      route: 'PATCH /api/v1/key-results/:id',
      case: 'an organization-wide objective',
      allowed: STEERING,
      prepare: async () => keyResultOf(null, await org()),
      call: (a, kr) => a.http.patch(`/api/v1/key-results/${kr.id}`, { title: 'Neu gefasst' }, ifMatch(kr.version)),
    }),
    row({
      route: 'POST /api/v1/key-results/:id/check-ins',
      case: 'a team the member does not belong to',
      allowed: TEAM_LEADS,
      prepare: async () => {
        const teamId = await runningTeam();
        return keyResultOf(teamId, teamId);
      },
      call: (a, kr) => a.http.post(`/api/v1/key-results/${kr.id}/check-ins`, { comment: 'Auf gutem Weg' }),
    }),
    row({
      route: 'POST /api/v1/key-results/:id/check-ins',
      case: 'the member’s own team',
      allowed: [...TEAM_LEADS, 'member'],
      prepare: async () => {
        const teamId = await teamOfMember();
        return keyResultOf(teamId, teamId);
      },
      call: (a, kr) => a.http.post(`/api/v1/key-results/${kr.id}/check-ins`, { comment: 'Release verschoben', confidence: 'medium' }),
    }),
    row({
      route: 'POST /api/v1/key-results/:id/check-ins',
      case: 'an organization-wide objective',
      allowed: STEERING,
      prepare: async () => keyResultOf(null, await org()),
      call: (a, kr) => a.http.post(`/api/v1/key-results/${kr.id}/check-ins`, { comment: 'Quartalsrückblick' }),
    }),
    ...readRows('GET /api/v1/key-results/:id/check-ins', (kr) => `/api/v1/key-results/${kr.id}/check-ins`, async (teamId) => keyResultOf(teamId, teamId ?? (await org()))),
    row({ route: 'GET /api/v1/teams/:id/goals', case: 'a team the member does not belong to', allowed: TEAM_READERS, prepare: () => ledTeam(), call: (a, team) => a.http.get(`/api/v1/teams/${team.id}/goals`) }),
    row({ route: 'GET /api/v1/teams/:id/goals', case: 'the member’s own team', allowed: [...TEAM_READERS, 'member'], prepare: teamWithMember, call: (a, team) => a.http.get(`/api/v1/teams/${team.id}/goals?quarter=${quarter}`) }),
    row({ route: 'GET /api/v1/goals/organization', allowed: READERS, call: (a) => a.http.get('/api/v1/goals/organization') }),
  ];
}

function goalsPortfolioRows(): Row[] {
  // Steering and viewers read every team's attainment; leads and members read their own team's goals only.
  const GOALS_PORTFOLIO_READERS: ActorName[] = ['viewer', 'viewer_lead', 'portfolio_office', 'admin', 'token:read', 'token:write'];
  return [row({ route: 'GET /api/v1/goals/portfolio', allowed: GOALS_PORTFOLIO_READERS, call: (a) => a.http.get('/api/v1/goals/portfolio?sort=off_track&order=desc&limit=5') })];
}

/** Routes outside the matrix: public by design. */
const PUBLIC = (route: string) => {
  const path = route.split(' ')[1]!;
  return path === '/api/health' || path === '/api/openapi.json' || path.startsWith('/api/docs') || path === '/*';
};

/** `METHOD /path` for every route Fastify knows, read from its route tree (HEAD twins left out). */
function registeredRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    for (const method of match[3]?.split(', ') ?? []) if (method !== 'HEAD') routes.push(`${method} ${stack.join('')}`);
  }
  return [...new Set(routes)].sort();
}

const latestAuditSeq = async () => (await h.database.db.select({ seq: max(auditEvents.seq) }).from(auditEvents))[0]?.seq ?? 0;

beforeAll(async () => {
  h = await createHarness();
  leadPerson = await buildPerson(h, { discipline: 'product', name: 'Lea Lead' });
  itLeadPerson = await buildPerson(h, { discipline: 'architecture', name: 'Ivo IT-Lead' });
  const memberPerson = await buildPerson(h, { discipline: 'marketing' });
  visitorEmail = (await signIn(h, 'viewer')).email;

  const session = async (name: ActorName, signedIn: SignedIn) =>
    actors.set(name, { name, http: signedIn.http, owner: signedIn, again: () => loginAgain(h.app, signedIn.email) });
  const tokenActor = (name: ActorName, owner: SignedIn | null, token: string) => {
    const http = client(h.app, { token });
    actors.set(name, { name, http, owner, again: async () => http });
  };

  const anonymous = client(h.app);
  actors.set('anonymous', { name: 'anonymous', http: anonymous, owner: null, again: async () => anonymous });
  tokenActor('token:unknown', null, `tdm_${randomUUID().replaceAll('-', '')}`);

  const [viewer, viewerLead, member, lead, office, admin] = await Promise.all([
    signIn(h, 'viewer'),
    signIn(h, 'viewer', itLeadPerson.id),
    signIn(h, 'member', memberPerson.id),
    signIn(h, 'member', leadPerson.id),
    signIn(h, 'portfolio_office'),
    signIn(h, 'admin'),
  ]);
  await session('viewer', viewer);
  await session('viewer_lead', viewerLead);
  await session('member', member);
  await session('lead', lead);
  await session('portfolio_office', office);
  await session('admin', admin);

  const revoked = await createToken(admin, ['read', 'write']);
  expect((await admin.http.delete(`/api/v1/tokens/${revoked.id}`)).statusCode).toBe(204);
  // Still a known token, only revoked: the caller must not be recognised.
  expect((await h.database.db.select().from(apiTokens).where(eq(apiTokens.id, revoked.id)))[0]?.revokedAt).not.toBeNull();
  tokenActor('token:revoked', admin, revoked.token);
  tokenActor('token:read', admin, (await createToken(admin, ['read'])).token);
  tokenActor('token:write', admin, (await createToken(admin, ['write'])).token);
  tokenActor('token:lead', lead, (await createToken(lead, ['read', 'write'])).token);
  tokenActor('token:ingest', admin, (await createToken(admin, ['ingest'])).token);
});
afterAll(() => h.close());

describe('route coverage', () => {
  it('has a matrix row for every route the app registers, and no row for a route it lacks', () => {
    const inMatrix = [...new Set(rows.map((r) => r.route))].sort();
    expect(inMatrix).toEqual(registeredRoutes(h.app).filter((r) => !PUBLIC(r)));
  });

  it('documents in OpenAPI exactly the matrix routes plus the public health check', async () => {
    const doc = (await client(h.app).get('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    expect(documented).toEqual([...new Set([...rows.map((r) => r.route), 'GET /api/health'])].sort());
  });

  it('answers the health check without signing in', async () => {
    const res = await client(h.app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('lists every actor in every row exactly once, and only known actors', () => {
    for (const r of rows) {
      expect(r.allowed.every((name) => ACTORS.includes(name))).toBe(true);
      expect(new Set(r.allowed).size).toBe(r.allowed.length);
    }
  });
});

for (const r of rows) {
  describe(`${r.route}${r.case ? ` (${r.case})` : ''}`, () => {
    for (const name of ACTORS) {
      const allowed = r.allowed.includes(name);
      const denial = UNAUTHENTICATED.includes(name) ? 401 : 403;
      it(`${allowed ? 'lets' : 'refuses'} ${name}${allowed ? '' : ` with ${denial}`}`, async () => {
        const actor = actors.get(name)!;
        const fixture = r.prepare ? await r.prepare(actor) : undefined;
        const seqBefore = await latestAuditSeq();
        const res = await r.call(actor, fixture);
        if (allowed) {
          expect(res.statusCode, `${r.route} by ${name}: ${res.body}`).toBeGreaterThanOrEqual(200);
          expect(res.statusCode, `${r.route} by ${name}: ${res.body}`).toBeLessThan(300);
        } else {
          expect({ status: res.statusCode, body: jsonBody(res) }).toMatchObject({
            status: denial,
            body: { status: denial, code: denial === 401 ? 'unauthenticated' : 'forbidden' },
          });
          expect(res.headers['content-type']).toContain('application/problem+json');
          // A refused call changes nothing, so it leaves no audit event behind.
          expect(await latestAuditSeq()).toBe(seqBefore);
        }
      });
    }
  });
}
