import { randomUUID } from 'node:crypto';
import type { Discipline, OrgRole, Person, Stage, Team, TeamKind } from '../../src/contracts/index.ts';
import { addMembership, createPerson, createTeam, createUser, transitionTeam } from '../../src/core/index.ts';
import { client, type Client, type Harness } from './harness.ts';

const unique = () => randomUUID().slice(0, 8);

export async function buildPerson(h: Harness, overrides: Partial<{ name: string; email: string; discipline: Discipline; jobTitle: string }> = {}): Promise<Person> {
  const id = unique();
  return createPerson(h.ctx, {
    name: overrides.name ?? `Person ${id}`,
    email: overrides.email ?? `person.${id}@example.test`,
    discipline: overrides.discipline ?? 'engineering',
    jobTitle: overrides.jobTitle ?? 'Softwareentwicklerin',
  });
}

export interface TeamOptions {
  name?: string;
  kind?: TeamKind;
  stage?: Stage;
  businessLeadId?: string | null;
  itLeadId?: string | null;
}

/** A team in the given stage; chartered or active teams get fresh leads unless leads are given. */
export async function buildTeam(h: Harness, options: TeamOptions = {}): Promise<Team> {
  const stage = options.stage ?? 'proposed';
  const needsLeads = stage === 'chartered' || stage === 'active';
  const businessLeadId = options.businessLeadId !== undefined ? options.businessLeadId : needsLeads ? (await buildPerson(h, { discipline: 'product' })).id : null;
  const itLeadId = options.itLeadId !== undefined ? options.itLeadId : needsLeads ? (await buildPerson(h, { discipline: 'engineering' })).id : null;
  let team = await createTeam(h.ctx, {
    name: options.name ?? `Team ${unique()}`,
    kind: options.kind ?? 'fusion',
    mission: 'Junge Menschen sicher unterwegs',
    mandateKind: 'customer_segment',
    mandateScope: 'E-Scooter-Haftpflicht, nur in der App',
    customerSegment: 'Junge Erwachsene 18–29',
    businessLeadId,
    itLeadId,
  });
  const path: Stage[] = { proposed: [], chartered: ['chartered'], active: ['chartered', 'active'], sunset: ['sunset'] }[stage] as Stage[];
  for (const to of path) team = await transitionTeam(h.ctx, { id: team.id, expectedVersion: team.version, to });
  return team;
}

export async function buildMembership(h: Harness, teamId: string, personId: string, allocation = 50, startDate = '2026-01-01', endDate: string | null = null) {
  return addMembership(h.ctx, teamId, { personId, role: 'Mitglied', allocation, startDate, endDate });
}

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SignedIn {
  userId: string;
  email: string;
  cookie: string;
  http: Client;
}

/** Creates an account with `role` and signs it in through the API, returning its session. */
export async function signIn(h: Harness, role: OrgRole, personId: string | null = null): Promise<SignedIn> {
  const email = `${role}.${unique()}@example.test`;
  const user = await createUser(h.ctx, { email, displayName: `${role} user`, role, personId, password: TEST_PASSWORD });
  const response = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: TEST_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'tandem_session');
  const cookie = `tandem_session=${setCookie!.value}`;
  return { userId: user.id, email, cookie, http: client(h.app, { cookie }) };
}
