// Anonymity of pulse survey answers: nothing the API returns, and nothing in the tables, ties a
// person to what they answered.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person, Survey, Team } from '../../src/contracts/index.ts';
import { today } from '../../src/core/index.ts';
import { buildMembership, buildPerson, buildTeam, signIn, type SignedIn } from '../support/factories.ts';
import { createHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let office: SignedIn;
let admin: SignedIn;
let team: Team;
let survey: Survey;
const respondents: { person: Person; user: SignedIn }[] = [];
/** Bodies of every API response the test saw after the answers were given. */
const seen: { what: string; body: string }[] = [];

function day(offset: number): string {
  const d = new Date(`${today(h.ctx)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const rows = async <T>(query: ReturnType<typeof sql>): Promise<T[]> => ((await h.database.db.execute(query)) as unknown as { rows: T[] }).rows;

async function look(what: string, as: SignedIn, url: string) {
  const res = await as.http.get(url);
  expect(res.statusCode, `${what}: ${res.body}`).toBe(200);
  seen.push({ what, body: res.body });
  return res.json();
}

beforeAll(async () => {
  h = await createHarness();
  [office, admin] = [await signIn(h, 'portfolio_office'), await signIn(h, 'admin')];
  team = await buildTeam(h, { stage: 'active', name: 'Hausrat Digital' });
  const res = await office.http.post('/api/v1/surveys', {
    title: 'Puls: Partnerschaft statt Auftrag',
    statements: [
      { key: 'partnership', text: 'Fachbereich und IT entscheiden gemeinsam' },
      { key: 'ownership', text: 'Wir verantworten unser Ergebnis selbst' },
    ],
    freeTextPrompt: 'Was sollte sich ändern?',
    teamIds: [team.id],
    opensOn: day(-1),
    closesOn: day(7),
    minResponses: 3,
  });
  survey = res.json();
  const names = ['Hanna Hausrat', 'Ole Omnikanal', 'Rita Risiko', 'Sven Schaden'];
  for (const [i, name] of names.entries()) {
    const person = await buildPerson(h, { name, email: `${name.split(' ')[0]!.toLowerCase()}@musterversicherung.example`, discipline: i % 2 ? 'engineering' : 'product' });
    await buildMembership(h, team.id, person.id, 50, day(-90));
    respondents.push({ person, user: await signIn(h, 'member', person.id) });
  }
  for (const [i, { user }] of respondents.entries()) {
    const answered = await user.http.post(
      `/api/v1/surveys/${survey.id}/responses`,
      { ratings: { partnership: i + 1, ownership: 5 - i }, comment: `Hinweis Nummer ${i + 1}` },
      { 'x-request-id': `survey-answer-${i}-correlation` },
    );
    expect(answered.statusCode).toBe(201);
    seen.push({ what: `answer ${i}`, body: answered.body });
  }
});
afterAll(() => h.close());

const identifiersOf = ({ person, user }: (typeof respondents)[number]) => [person.id, user.userId, person.email, user.email, person.name];

describe('what the API returns after people answered', () => {
  it('never names a respondent in the answer, the survey, the list or the results', async () => {
    for (const { user } of respondents) {
      await look('survey as the respondent', user, `/api/v1/surveys/${survey.id}`);
      await look('survey list as the respondent', user, '/api/v1/surveys');
    }
    await look('survey', office, `/api/v1/surveys/${survey.id}`);
    await look('survey list', office, '/api/v1/surveys');
    const results = await look('results', office, `/api/v1/surveys/${survey.id}/results`);
    await look('team results', office, `/api/v1/surveys/${survey.id}/results?teamId=${team.id}`);
    expect(results.overall).toMatchObject({ suppressed: false, responses: 4 });
    for (const r of respondents) {
      for (const id of identifiersOf(r)) {
        for (const s of seen) expect(s.body, `${s.what} mentions ${id}`).not.toContain(id);
      }
    }
  });

  it('answers with nothing but that the answer was recorded', () => {
    for (const s of seen.filter((x) => x.what.startsWith('answer'))) expect(JSON.parse(s.body)).toStrictEqual({ recorded: true });
  });

  it('records each answer in the audit log as an anonymous respondent, without content, person, team or request', async () => {
    const events = (await look('audit of the survey', admin, `/api/v1/audit?entityId=${survey.id}`)).items as Record<string, unknown>[];
    const answers = events.filter((e) => e.action === 'survey.answer');
    expect(answers).toHaveLength(4);
    for (const e of answers) {
      expect(e).toMatchObject({ actorType: 'system', actorId: null, actorLabel: 'anonymous respondent', entityType: 'survey', entityId: survey.id, before: null, after: { surveyId: survey.id }, requestId: null });
      const text = JSON.stringify(e);
      expect(text).not.toMatch(/partnership|ownership|Hinweis|ratings|comment/);
      expect(text).not.toContain(team.id);
    }
    // No event anywhere carries an answer's request id, its comments, or a respondent as actor of a survey event.
    const everything = await look('whole audit log', admin, '/api/v1/audit?limit=500');
    const all = JSON.stringify(everything);
    expect(all).not.toContain('survey-answer-');
    expect(all).not.toContain('Hinweis Nummer');
    const surveyEvents = (everything.items as Record<string, unknown>[]).filter((e) => e.entityType === 'survey');
    for (const r of respondents) for (const id of identifiersOf(r)) expect(JSON.stringify(surveyEvents)).not.toContain(id);
  });

  it('keeps the audit chain intact', async () => {
    expect(await look('audit verification', admin, '/api/v1/audit/verify')).toMatchObject({ ok: true, brokenAt: null });
  });
});

describe('what the tables hold', () => {
  it('gives participation and responses no column in common but the survey, and neither a time', async () => {
    const columns = await rows<{ table_name: string; column_name: string; data_type: string; column_default: string | null }>(sql`
      select table_name, column_name, data_type, column_default from information_schema.columns
      where table_schema = 'public' and table_name in ('survey_participation', 'survey_responses')`);
    const of = (table: string) => columns.filter((c) => c.table_name === table).map((c) => c.column_name);
    expect(of('survey_participation').sort()).toEqual(['person_id', 'survey_id']);
    expect(of('survey_participation').filter((c) => of('survey_responses').includes(c))).toEqual(['survey_id']);
    expect(columns.filter((c) => /time|date|interval/i.test(c.data_type))).toEqual([]);
    // No sequence numbers the insert order could be read from.
    expect(columns.filter((c) => /nextval|identity/i.test(c.column_default ?? '') || c.data_type === 'serial')).toEqual([]);
    const identity = await rows<{ n: number }>(sql`
      select count(*)::int as n from information_schema.columns
      where table_name in ('survey_participation', 'survey_responses') and is_identity = 'YES'`);
    expect(identity[0]!.n).toBe(0);
  });

  it('stores no person on a response and no answer on a participation', async () => {
    const responses = await rows<Record<string, unknown>>(sql`select * from survey_responses where survey_id = ${survey.id}`);
    expect(responses).toHaveLength(4);
    for (const r of respondents) for (const id of identifiersOf(r)) expect(JSON.stringify(responses)).not.toContain(id);
  });

  it('leaves no shared transaction id between a person and their answer: every response was rewritten by the last answer', async () => {
    const xmins = await rows<{ xmin: string }>(sql`select distinct xmin::text as xmin from survey_responses where survey_id = ${survey.id}`);
    expect(xmins).toHaveLength(1);
    const participation = await rows<{ xmin: string }>(sql`select xmin::text as xmin from survey_participation where survey_id = ${survey.id}`);
    // Only the last respondent's row shares it, and the last respondent is matched to all four answers alike.
    expect(participation.filter((p) => p.xmin === xmins[0]!.xmin)).toHaveLength(1);
  });

  it('gives the responses fresh ids with each answer, so no id survives to be matched later', async () => {
    const idsBefore = (await rows<{ id: string }>(sql`select id from survey_responses where survey_id = ${survey.id}`)).map((r) => r.id);
    const person = await buildPerson(h, { discipline: 'data' });
    await buildMembership(h, team.id, person.id, 50, day(-90));
    const late = await signIn(h, 'member', person.id);
    expect((await late.http.post(`/api/v1/surveys/${survey.id}/responses`, { ratings: { partnership: 3, ownership: 3 } })).statusCode).toBe(201);
    const idsAfter = (await rows<{ id: string }>(sql`select id from survey_responses where survey_id = ${survey.id}`)).map((r) => r.id);
    expect(idsAfter).toHaveLength(5);
    expect(idsAfter.filter((id) => idsBefore.includes(id))).toEqual([]);
  });
});
