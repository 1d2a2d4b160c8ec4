import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Survey, Team } from '../../src/contracts/index.ts';
import { today } from '../../src/core/index.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { client, createHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  h = await createHarness();
  [office, admin] = [await signIn(h, 'portfolio_office'), await signIn(h, 'admin')];
});
afterAll(() => h.close());

/** The organization's calendar day `offset` days from today. */
function day(offset: number): string {
  const d = new Date(`${today(h.ctx)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const statements = [
  { key: 'partnership', text: 'Fachbereich und IT entscheiden bei uns gemeinsam' },
  { key: 'ownership', text: 'Wir verantworten Umsatz und Kosten unseres Produkts selbst' },
];

async function sendSurvey(teams: Team[], overrides: Record<string, unknown> = {}): Promise<Survey> {
  const res = await office.http.post('/api/v1/surveys', {
    title: 'Puls: Zusammenarbeit Fachbereich und IT',
    statements,
    teamIds: teams.map((t) => t.id),
    opensOn: day(-3),
    closesOn: day(10),
    minResponses: 3,
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`survey creation failed: ${res.body}`);
  return res.json();
}

/** A signed-in member of `team` (org role member) with `allocation` % there. */
async function respondent(team: Team, allocation = 50): Promise<SignedIn> {
  const person = await buildPerson(h, { discipline: 'product' });
  await buildMembership(h, team.id, person.id, allocation, day(-60));
  return signIn(h, 'member', person.id);
}

const answer = (as: SignedIn, survey: Survey, ratings: Record<string, number> = { partnership: 4, ownership: 3 }, comment?: string) =>
  as.http.post(`/api/v1/surveys/${survey.id}/responses`, { ratings, ...(comment === undefined ? {} : { comment }) });

const results = async (survey: Survey, query = '') => (await office.http.get(`/api/v1/surveys/${survey.id}/results${query}`)).json();

describe('POST /api/v1/surveys', () => {
  it('sends a survey to teams and records it in the audit log', async () => {
    const [a, b] = [await buildTeam(h, { stage: 'active', name: 'Zahnzusatz Digital' }), await buildTeam(h, { stage: 'proposed', name: 'Antragsstrecke Leben' })];
    const res = await office.http.post('/api/v1/surveys', {
      title: 'Puls Q4',
      statements,
      freeTextPrompt: 'Was bremst euch?',
      teamIds: [a.id, b.id],
      opensOn: day(0),
      closesOn: day(0),
    });
    expect(res.statusCode).toBe(201);
    const survey = res.json();
    expect(survey).toMatchObject({
      title: 'Puls Q4',
      intro: '',
      statements,
      freeTextPrompt: 'Was bremst euch?',
      teams: [
        { id: b.id, name: 'Antragsstrecke Leben' },
        { id: a.id, name: 'Zahnzusatz Digital' },
      ],
      minResponses: 5,
      status: 'open',
      responses: 0,
      answeredByMe: false,
      canAnswer: false, // the portfolio office is no member of these teams
    });
    const audit = (await admin.http.get(`/api/v1/audit?entityId=${survey.id}`)).json().items;
    expect(audit).toMatchObject([{ action: 'survey.create', entityType: 'survey', actorType: 'user' }]);
  });

  it('refuses a statement key used twice', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const res = await office.http.post('/api/v1/surveys', {
      title: 'Doppelt',
      statements: [...statements, { key: 'partnership', text: 'Noch einmal' }],
      teamIds: [team.id],
      opensOn: day(0),
      closesOn: day(5),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'statements.2.key', code: 'duplicate' })]);
  });

  it('refuses teams that do not exist or are sunset, naming each, and stores nothing', async () => {
    const [live, sunset] = [await buildTeam(h, { stage: 'active' }), await buildTeam(h, { stage: 'sunset' })];
    const before = (await office.http.get('/api/v1/surveys')).json().items.length;
    const res = await office.http.post('/api/v1/surveys', {
      title: 'Teams',
      statements,
      teamIds: [live.id, sunset.id, '00000000-0000-4000-8000-000000000000', live.id],
      opensOn: day(0),
      closesOn: day(5),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['teamIds.1', 'team_sunset'],
      ['teamIds.2', 'not_found'],
      ['teamIds.3', 'duplicate'],
    ]);
    expect((await office.http.get('/api/v1/surveys')).json().items.length).toBe(before);
  });

  it('refuses a minimum below three answers and a window that ends before it opens', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const res = await office.http.post('/api/v1/surveys', { title: 'Klein', statements, teamIds: [team.id], opensOn: day(5), closesOn: day(1), minResponses: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['closesOn', 'minResponses']);
  });

  it('is for steering only', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const member = await respondent(team);
    const res = await member.http.post('/api/v1/surveys', { title: 'Eigenbau', statements, teamIds: [team.id], opensOn: day(0), closesOn: day(5) });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /api/v1/surveys', () => {
  it('derives the status from the organization’s today, both ends inclusive', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const scheduled = await sendSurvey([team], { opensOn: day(1), closesOn: day(5) });
    const lastDay = await sendSurvey([team], { opensOn: day(-5), closesOn: day(0) });
    const closed = await sendSurvey([team], { opensOn: day(-5), closesOn: day(-1) });
    const { items } = (await office.http.get('/api/v1/surveys')).json() as { items: Survey[] };
    const statusOf = (s: Survey) => items.find((i) => i.id === s.id)!.status;
    expect([statusOf(scheduled), statusOf(lastDay), statusOf(closed)]).toEqual(['scheduled', 'open', 'closed']);
  });

  it('tells a member whether they answered and may answer, and counts the answers', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const survey = await sendSurvey([team]);
    const member = await respondent(team);
    expect((await member.http.get(`/api/v1/surveys/${survey.id}`)).json()).toMatchObject({ answeredByMe: false, canAnswer: true, responses: 0 });
    expect((await answer(member, survey)).statusCode).toBe(201);
    expect((await member.http.get(`/api/v1/surveys/${survey.id}`)).json()).toMatchObject({ answeredByMe: true, canAnswer: false, responses: 1 });
    const listed = (await member.http.get('/api/v1/surveys')).json().items.find((s: Survey) => s.id === survey.id);
    expect(listed).toMatchObject({ answeredByMe: true, canAnswer: false, responses: 1 });
    expect((await office.http.get(`/api/v1/surveys/${survey.id}`)).json()).toMatchObject({ answeredByMe: false, canAnswer: false, responses: 1 });
  });

  it('answers an unknown survey with 404', async () => {
    const res = await office.http.get('/api/v1/surveys/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
  });
});

describe('POST /api/v1/surveys/:id/responses', () => {
  it('records an answer and returns nothing but that it did', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const survey = await sendSurvey([team], { freeTextPrompt: 'Was fehlt?' });
    const res = await answer(await respondent(team), survey, { partnership: 5, ownership: 2 }, 'Mehr Entscheidungsfreiheit beim Budget');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toStrictEqual({ recorded: true });
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers.location).toBeUndefined();
  });

  it('refuses a second answer by the same person with 409 and keeps the first', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const survey = await sendSurvey([team]);
    const member = await respondent(team);
    expect((await answer(member, survey)).statusCode).toBe(201);
    const again = await answer(member, survey, { partnership: 1, ownership: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([expect.objectContaining({ field: 'surveyId', code: 'already_answered' })]);
    expect((await office.http.get(`/api/v1/surveys/${survey.id}`)).json().responses).toBe(1);
  });

  it('counts one of two simultaneous answers by the same person, and both of two different people', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const survey = await sendSurvey([team]);
    const [member, colleague] = [await respondent(team), await respondent(team)];
    // Separate HTTP requests racing each other, each in its own transaction.
    const twice = await Promise.all([answer(member, survey), answer(member, survey)]);
    expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const [mine, theirs] = await Promise.all([answer(colleague, survey), answer(await respondent(team), survey)]);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect((await office.http.get(`/api/v1/surveys/${survey.id}`)).json().responses).toBe(3);
  });

  it('refuses answers before the survey opens and after it closes', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const member = await respondent(team);
    const early = await answer(member, await sendSurvey([team], { opensOn: day(1), closesOn: day(3) }));
    expect(early.statusCode).toBe(422);
    expect(early.json().errors).toEqual([expect.objectContaining({ field: 'surveyId', code: 'survey_not_open' })]);
    const late = await answer(member, await sendSurvey([team], { opensOn: day(-3), closesOn: day(-1) }));
    expect(late.statusCode).toBe(422);
    expect(late.json().errors).toEqual([expect.objectContaining({ field: 'surveyId', code: 'survey_closed' })]);
  });

  it('takes answers on the opening and on the closing day', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const member = await respondent(team);
    expect((await answer(member, await sendSurvey([team], { opensOn: day(0), closesOn: day(2) }))).statusCode).toBe(201);
    expect((await answer(member, await sendSurvey([team], { opensOn: day(-2), closesOn: day(0) }))).statusCode).toBe(201);
  });

  it('needs every statement rated exactly once and nothing else, and records nothing otherwise', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const survey = await sendSurvey([team]);
    const member = await respondent(team);
    const missing = await answer(member, survey, { partnership: 4 });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'ratings.ownership', code: 'missing' })]);
    const unknown = await answer(member, survey, { partnership: 4, ownership: 4, speed: 2 });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'ratings.speed', code: 'unknown_statement' })]);
    for (const bad of [0, 6, 2.5, '3']) {
      const res = await answer(member, survey, { partnership: bad as number, ownership: 3 });
      expect(res.statusCode, `rating ${bad}`).toBe(400);
      expect(res.json().errors[0].field).toBe('ratings.partnership');
    }
    const comment = await answer(member, survey, { partnership: 4, ownership: 4 }, 'Kommentar ohne Frage');
    expect(comment.statusCode).toBe(422);
    expect(comment.json().errors).toEqual([expect.objectContaining({ field: 'comment', code: 'no_free_text' })]);
    expect((await office.http.get(`/api/v1/surveys/${survey.id}`)).json().responses).toBe(0);
    // None of the refusals counted as participation.
    expect((await answer(member, survey)).statusCode).toBe(201);
  });

  it('refuses people who are no current member of a surveyed team, viewers without a membership, and API tokens', async () => {
    const [team, other] = [await buildTeam(h, { stage: 'active' }), await buildTeam(h, { stage: 'active' })];
    const survey = await sendSurvey([team]);
    const outsider = await respondent(other);
    const leaver = await buildPerson(h);
    await buildMembership(h, team.id, leaver.id, 50, day(-60), day(-1));
    const former = await signIn(h, 'member', leaver.id);
    const future = await buildPerson(h);
    await buildMembership(h, team.id, future.id, 50, day(1));
    const joiner = await signIn(h, 'member', future.id);
    const viewer = await signIn(h, 'viewer');
    const unlinked = await signIn(h, 'member');
    const member = await respondent(team);
    const token = (await member.http.post('/api/v1/tokens', { name: 'Puls-Bot', scopes: ['read', 'write'] })).json().token as string;
    const callers = { outsider: outsider.http, former: former.http, joiner: joiner.http, viewer: viewer.http, unlinked: unlinked.http, office: office.http, token: client(h.app, { token }) };
    for (const [name, http] of Object.entries(callers)) {
      const res = await http.post(`/api/v1/surveys/${survey.id}/responses`, { ratings: { partnership: 3, ownership: 3 } });
      expect(res.statusCode, name).toBe(403);
    }
    expect((await office.http.get(`/api/v1/surveys/${survey.id}`)).json().responses).toBe(0);
    // The token's owner may still answer in person.
    expect((await answer(member, survey)).statusCode).toBe(201);
  });

  it('counts a member of several surveyed teams for the team with their highest allocation, ties by team name', async () => {
    const [alpha, beta] = [await buildTeam(h, { stage: 'active', name: 'Alpha Kfz' }), await buildTeam(h, { stage: 'active', name: 'Beta Kfz' })];
    const survey = await sendSurvey([alpha, beta]);
    // Three people mostly in Beta, three split evenly (counted for Alpha, by name).
    for (let i = 0; i < 3; i++) {
      const person = await buildPerson(h);
      await buildMembership(h, alpha.id, person.id, 20, day(-60));
      await buildMembership(h, beta.id, person.id, 70, day(-60));
      expect((await answer(await signIn(h, 'member', person.id), survey, { partnership: 5, ownership: 5 })).statusCode).toBe(201);
    }
    for (let i = 0; i < 3; i++) {
      const person = await buildPerson(h);
      await buildMembership(h, alpha.id, person.id, 40, day(-60));
      await buildMembership(h, beta.id, person.id, 40, day(-60));
      expect((await answer(await signIn(h, 'member', person.id), survey, { partnership: 1, ownership: 1 })).statusCode).toBe(201);
    }
    const r = await results(survey);
    expect(r.teams.map((t: { teamName: string; result: { responses: number; statements: { mean: number }[] } }) => [t.teamName, t.result.responses, t.result.statements[0]!.mean])).toEqual([
      ['Alpha Kfz', 3, 1],
      ['Beta Kfz', 3, 5],
    ]);
    expect(r.overall).toMatchObject({ suppressed: false, responses: 6 });
  });
});

describe('GET /api/v1/surveys/:id/results', () => {
  it('suppresses every group below the minimum, and shows it from exactly the minimum on', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const survey = await sendSurvey([team], { freeTextPrompt: 'Was fehlt?' });
    const suppressed = { suppressed: true, minResponses: 3 };
    expect(await results(survey)).toEqual({ surveyId: survey.id, overall: suppressed, teams: [{ teamId: team.id, teamName: team.name, result: suppressed }] });
    await answer(await respondent(team), survey, { partnership: 5, ownership: 1 }, 'zu viele Abstimmungsrunden');
    await answer(await respondent(team), survey, { partnership: 4, ownership: 2 }, 'Budget kommt zu spät');
    expect(await results(survey)).toEqual({ surveyId: survey.id, overall: suppressed, teams: [{ teamId: team.id, teamName: team.name, result: suppressed }] });
    const filtered = await office.http.get(`/api/v1/surveys/${survey.id}/results?teamId=${team.id}`);
    expect(filtered.statusCode).toBe(422);
    expect(filtered.json().errors).toEqual([expect.objectContaining({ field: 'teamId', code: 'below_anonymity_threshold' })]);

    await answer(await respondent(team), survey, { partnership: 4, ownership: 2 }, 'Architektur bremst');
    const shown = {
      suppressed: false,
      responses: 3,
      statements: [
        { key: 'partnership', mean: 4.33, distribution: [0, 0, 0, 2, 1] },
        { key: 'ownership', mean: 1.67, distribution: [1, 2, 0, 0, 0] },
      ],
      // Sorted, not in the order they were given.
      comments: ['Architektur bremst', 'Budget kommt zu spät', 'zu viele Abstimmungsrunden'],
    };
    expect(await results(survey)).toEqual({ surveyId: survey.id, overall: shown, teams: [{ teamId: team.id, teamName: team.name, result: shown }] });
    expect((await office.http.get(`/api/v1/surveys/${survey.id}/results?teamId=${team.id}`)).statusCode).toBe(200);
  });

  it('suppresses overall when one team is suppressed, so overall minus the other teams cannot reveal it', async () => {
    const [big, small] = [await buildTeam(h, { stage: 'active', name: 'Groß Schaden' }), await buildTeam(h, { stage: 'active', name: 'Klein Schaden' })];
    const survey = await sendSurvey([big, small]);
    for (let i = 0; i < 3; i++) await answer(await respondent(big), survey);
    await answer(await respondent(small), survey, { partnership: 1, ownership: 1 });
    const r = await results(survey);
    expect(r.overall).toEqual({ suppressed: true, minResponses: 3 });
    expect(r.teams.map((t: { teamName: string; result: { suppressed: boolean } }) => [t.teamName, t.result.suppressed])).toEqual([
      ['Groß Schaden', false],
      ['Klein Schaden', true],
    ]);
    // Narrowing to the visible team shows that team and the same (suppressed) overall; the small team is refused.
    const bigOnly = (await office.http.get(`/api/v1/surveys/${survey.id}/results?teamId=${big.id}`)).json();
    expect(bigOnly).toMatchObject({ overall: { suppressed: true }, teams: [{ teamId: big.id, result: { suppressed: false, responses: 3 } }] });
    expect(bigOnly.teams).toHaveLength(1);
    const smallOnly = await office.http.get(`/api/v1/surveys/${survey.id}/results?teamId=${small.id}`);
    expect(smallOnly.statusCode).toBe(422);
    expect(smallOnly.json().errors[0]).toMatchObject({ field: 'teamId', code: 'below_anonymity_threshold' });
  });

  it('refuses a filter onto a team the survey was not sent to', async () => {
    const [team, other] = [await buildTeam(h, { stage: 'active' }), await buildTeam(h, { stage: 'active' })];
    const survey = await sendSurvey([team]);
    const res = await office.http.get(`/api/v1/surveys/${survey.id}/results?teamId=${other.id}`);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ field: 'teamId', code: 'not_in_survey' });
  });

  it('is readable by every signed-in role, including members and read tokens', async () => {
    const team = await buildTeam(h, { stage: 'active' });
    const survey = await sendSurvey([team]);
    const member = await respondent(team);
    const viewer = await signIn(h, 'viewer');
    expect((await member.http.get(`/api/v1/surveys/${survey.id}/results`)).statusCode).toBe(200);
    expect((await viewer.http.get(`/api/v1/surveys/${survey.id}/results`)).statusCode).toBe(200);
    expect((await client(h.app).get(`/api/v1/surveys/${survey.id}/results`)).statusCode).toBe(401);
  });
});
