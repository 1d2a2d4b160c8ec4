import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoWorkspace } from '../../src/core/index.ts';
import { demoAssessments, demoInitiatives, demoLearningOffers, demoSurveys } from '../../src/db/seed/demo-change.ts';
import { demoDecisions, demoServices } from '../../src/db/seed/demo-operating-model.ts';
import { demoMeasurements, demoMetrics, demoObjectives } from '../../src/db/seed/demo-goals.ts';
import { today } from '../../src/core/shared/context.ts';
import { queryRows } from '../../src/db/client.ts';
import { evaluateDemoKeyResult, evaluateDemoObjective } from '../support/demo-goals.ts';
import { client, createHarness, type Harness } from '../support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  await seedDemoWorkspace(h.ctx);
});
afterAll(() => h.close());

async function signIn(email: string) {
  const login = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: DEMO_PASSWORD } });
  expect(login.statusCode).toBe(200);
  return client(h.app, { cookie: `tandem_session=${login.cookies.find((c) => c.name === 'tandem_session')!.value}` });
}

describe('the demo operating model, services, consumption and decisions', () => {
  it('holds the catalog, 18 months of consumption and decisions in every state', async () => {
    const http = await signIn('anna.berger@musterversicherung.de');
    const services = (await http.get('/api/v1/services')).json().items;
    expect(services).toHaveLength(demoServices.length);
    expect(services.find((s: { name: string }) => s.name === 'Quote & Bind API').dependsOn.length).toBeGreaterThanOrEqual(4);

    const consumption = (await http.get('/api/v1/consumption?limit=500')).json().items;
    const months = new Set(consumption.map((c: { month: string }) => c.month));
    expect(months.size).toBe(18);

    const decisions = (await http.get('/api/v1/decisions')).json().items;
    expect(decisions).toHaveLength(demoDecisions.length);
    expect(new Set(decisions.map((d: { status: string }) => d.status))).toEqual(new Set(['proposed', 'pending_approval', 'decided', 'rejected', 'superseded']));

    const kinds = (await http.get('/api/v1/health-signals')).json().items.map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['live_service_without_owner', 'core_service_without_price', 'decision_waiting']));
    expect((await http.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('leaves decisions waiting for the data protection officer', async () => {
    const dpo = await signIn('petra.vogt@musterversicherung.de');
    const waiting = (await dpo.get('/api/v1/decisions?awaitingMe=true')).json().items;
    expect(waiting.map((d: { title: string }) => d.title)).toEqual(
      expect.arrayContaining(['Tarifdifferenzierung nach Alter und Regionalklasse ab 2028', 'KI-Assistent im App-Chat über das GenAI-Gateway']),
    );
  });
});

describe('the demo change programme', () => {
  type Named = { id: string; name: string };
  const teamIds = async (http: Awaited<ReturnType<typeof signIn>>) =>
    new Map<string, string>((await http.get('/api/v1/teams')).json().items.map((t: Named) => [t.name, t.id]));

  it('rates every team against the German model, the E-Scooter team three times and climbing', async () => {
    const http = await signIn('friedrich.kraemer@musterversicherung.de');
    const model = (await http.get('/api/v1/maturity-model')).json();
    expect(model).toMatchObject({ version: 2, current: true });
    expect(model.dimensions.map((d: { name: string }) => d.name)).toEqual(['Mandat & Strategie', 'Struktur & Rollen', 'Kultur & Mindset', 'Arbeitsweise', 'Technologie & Plattformen', 'Daten & KI']);

    const ids = await teamIds(http);
    const escooter = (await http.get(`/api/v1/teams/${ids.get('E-Scooter-Versicherung')}/assessments`)).json().items;
    expect(escooter).toHaveLength(3);
    type Rated = { ratings: { dimensionKey: string; level: number }[] };
    const levels = (key: string) => escooter.map((a: Rated) => a.ratings.find((r) => r.dimensionKey === key)!.level).reverse();
    expect(levels('culture_mindset')).toEqual([2, 3, 4]);
    expect(levels('data_ai')).toEqual([2, 3, 4]);
    expect(escooter.every((a: { modelVersion: number }) => a.modelVersion === 2)).toBe(true);

    const portfolio = (await http.get('/api/v1/maturity/portfolio')).json();
    const rated = portfolio.teams.filter((t: { latest: unknown }) => t.latest !== null).map((t: { teamName: string }) => t.teamName);
    expect(rated).toHaveLength(new Set(demoAssessments.map((a) => a.team)).size);
    expect(rated).not.toContain('Cyber-Versicherung für KMU');
  });

  it('shows survey results for teams with enough answers and hides the small ones', async () => {
    const http = await signIn('sabine.hoffmann@musterversicherung.de');
    const surveys = (await http.get('/api/v1/surveys')).json().items;
    expect(surveys).toHaveLength(demoSurveys.length);
    const summer = surveys.find((s: { title: string }) => s.title.includes('Sommer'));
    const winter = surveys.find((s: { title: string }) => s.title.includes('Winter'));
    expect(summer).toMatchObject({ status: 'closed', responses: 27 });
    expect(winter).toMatchObject({ status: 'open', responses: 30 });

    const result = async (id: string, team: string) =>
      (await http.get(`/api/v1/surveys/${id}/results`)).json().teams.find((t: { teamName: string }) => t.teamName === team).result;
    expect(await result(summer.id, 'E-Scooter-Versicherung')).toMatchObject({ suppressed: false, responses: 8 });
    expect(await result(summer.id, 'Kernsystem Versicherung')).toEqual({ suppressed: true, minResponses: 5 });
    expect(await result(winter.id, 'Kfz-Tarifrechner')).toEqual({ suppressed: true, minResponses: 5 });
    const escooter = await result(winter.id, 'E-Scooter-Versicherung');
    expect(escooter.responses).toBe(7);
    expect(escooter.statements.find((s: { key: string }) => s.key === 'speak_up').mean).toBeGreaterThan(4);

    // Who answered sees it; a member who has not may still answer the open one.
    const answered = (await (await signIn('mehmet.yilmaz@musterversicherung.de')).get(`/api/v1/surveys/${winter.id}`)).json();
    expect(answered).toMatchObject({ answeredByMe: true, canAnswer: false });
    const notYet = (await (await signIn('stefan.braun@musterversicherung.de')).get(`/api/v1/surveys/${winter.id}`)).json();
    expect(notYet).toMatchObject({ answeredByMe: false, canAnswer: true });
  });

  it('enables the E-Scooter team more than the core system team', async () => {
    const http = await signIn('anna.berger@musterversicherung.de');
    const offers = (await http.get('/api/v1/learning-offers')).json().items;
    expect(offers).toHaveLength(demoLearningOffers.length);
    expect(offers.reduce((n: number, o: { completions: number }) => n + o.completions, 0)).toBe(demoLearningOffers.reduce((n, o) => n + o.cohorts.reduce((k, c) => k + c.people.length, 0), 0));
    const ids = await teamIds(http);
    const enablement = async (team: string) => (await http.get(`/api/v1/teams/${ids.get(team)}/enablement`)).json().offers as { title: string; share: number | null }[];
    const escooter = await enablement('E-Scooter-Versicherung');
    expect(escooter).toHaveLength(5);
    for (const o of escooter) expect(o.share).toBeGreaterThanOrEqual(0.8);
    const kernsystem = await enablement('Kernsystem Versicherung');
    expect(kernsystem.find((o) => o.title === 'Copilot im Arbeitsalltag')!.share).toBeLessThan(0.5);
  });

  it('puts four initiatives on the roadmap with done, upcoming and overdue milestones', async () => {
    const http = await signIn('katharina.schulte@musterversicherung.de');
    const initiatives = (await http.get('/api/v1/initiatives')).json().items;
    expect(initiatives).toHaveLength(demoInitiatives.length);
    const milestones = initiatives.flatMap((i: { milestones: { title: string; doneOn: string | null; overdue: boolean }[] }) => i.milestones);
    expect(milestones).toHaveLength(demoInitiatives.reduce((n, i) => n + i.milestones.length, 0));
    expect(milestones.filter((m: { overdue: boolean }) => m.overdue).map((m: { title: string }) => m.title)).toEqual(
      expect.arrayContaining(['Copilot für alle Mitarbeitenden', 'Budget 2027 je Team freigegeben']),
    );
    expect(milestones.filter((m: { doneOn: string | null }) => m.doneOn !== null).length).toBeGreaterThanOrEqual(5);
    expect(initiatives.find((i: { title: string }) => i.title === 'Copilot-Rollout').owner.name).toBe('Tobias Jung');
  });
});

describe('the demo goals', () => {
  type KeyResult = { title: string; status: string; current: number | null; progress: number | null; metric: { key: string } };
  type Objective = { title: string; status: string; attainment: number | null; teamName: string | null; contributesTo: { title: string } | null; keyResults: KeyResult[] };
  const teamId = async (http: Awaited<ReturnType<typeof signIn>>, name: string) =>
    (await http.get('/api/v1/teams')).json().items.find((t: { name: string }) => t.name === name).id as string;

  it('catalogues every team’s metrics with their measurements up to yesterday, and one metric gone stale', async () => {
    const http = await signIn('sabine.hoffmann@musterversicherung.de');
    const metrics = (await http.get('/api/v1/metrics?limit=500')).json().items as { key: string; lastValue: number | null; lastMeasuredAt: string | null; stale: boolean; ownerTeam: { name: string } }[];
    expect(metrics.map((m) => m.key).sort()).toEqual(demoMetrics.map((m) => m.key).sort());
    expect(metrics.filter((m) => m.stale).map((m) => m.key)).toEqual(['broker.satisfaction']);
    const points = demoMeasurements(today(h.ctx));
    const sold = points.filter((p) => p.metric === 'escooter.policies_sold').at(-1)!;
    expect(metrics.find((m) => m.key === 'escooter.policies_sold')).toMatchObject({ lastValue: sold.value, lastMeasuredAt: sold.measuredAt, ownerTeam: { name: 'E-Scooter-Versicherung' } });
    const [row] = await queryRows<{ n: number | string }>(h.database.db, sql`select count(*) as n from measurements`);
    expect(Number(row!.n)).toBe(points.length);
  });

  it('shows the E-Scooter team’s fourth quarter with key results on track, at risk and off track — as the progress rules have it', async () => {
    const http = await signIn('katharina.schulte@musterversicherung.de');
    const goals = (await http.get(`/api/v1/teams/${await teamId(http, 'E-Scooter-Versicherung')}/goals?quarter=2026-Q4`)).json() as { objectives: Objective[]; quarters: string[]; abilities: { manage: boolean } };
    expect(goals.abilities.manage).toBe(true);
    expect(goals.quarters).toEqual(expect.arrayContaining(['2026-Q3', '2026-Q4']));
    const expected = demoObjectives.filter((o) => o.team === 'escooter' && o.quarter === '2026-Q4');
    expect(goals.objectives.map((o) => o.title).sort()).toEqual(expected.map((o) => o.title).sort());
    const date = today(h.ctx);
    for (const o of expected) {
      const shown = goals.objectives.find((x) => x.title === o.title)!;
      expect(shown.status).toBe(evaluateDemoObjective(o, date).status);
      for (const kr of o.keyResults) {
        const want = evaluateDemoKeyResult(o, kr, date);
        const got = shown.keyResults.find((k) => k.title === kr.title)!;
        expect(got.status, kr.title).toBe(want.status);
        expect(got.current!, kr.title).toBeCloseTo(want.current!, 6);
      }
    }
    expect(new Set(goals.objectives.flatMap((o) => o.keyResults.map((k) => k.status)))).toEqual(new Set(['on_track', 'at_risk', 'off_track']));
    expect(goals.objectives.find((o) => o.title === 'In unter drei Minuten versichert')!.contributesTo?.title).toBe('Junge Kundinnen und Kunden digital gewinnen');
  });

  it('keeps each key result’s check-ins with their comments', async () => {
    const http = await signIn('mehmet.yilmaz@musterversicherung.de');
    const goals = (await http.get(`/api/v1/teams/${await teamId(http, 'E-Scooter-Versicherung')}/goals?quarter=2026-Q4`)).json() as { objectives: (Objective & { keyResults: (KeyResult & { id: string })[] })[] };
    const str = goals.objectives.flatMap((o) => o.keyResults).find((k) => k.metric.key === 'escooter.straight_through_rate')!;
    const checkIns = (await http.get(`/api/v1/key-results/${str.id}/check-ins`)).json() as { comment: string; createdBy: string }[];
    expect(checkIns).toHaveLength(3);
    expect(checkIns.map((c) => c.createdBy)).toEqual(expect.arrayContaining(['Mehmet Yılmaz', 'Jonas Becker']));
    expect(checkIns.some((c) => c.comment.includes('Herstellerliste'))).toBe(true);
  });

  it('rolls the teams up to the organization’s objectives of the quarter', async () => {
    const http = await signIn('friedrich.kraemer@musterversicherung.de');
    const org = (await http.get('/api/v1/goals/organization?quarter=2026-Q4')).json() as { objectives: { title: string; contributors: { teamName: string }[] }[] };
    expect(org.objectives.map((o) => o.title).sort()).toEqual(demoObjectives.filter((o) => o.team === null && o.quarter === '2026-Q4').map((o) => o.title).sort());
    const platform = org.objectives.find((o) => o.title === 'Plattformen, die Fusion-Teams schneller machen')!;
    expect(platform.contributors.map((c) => c.teamName).sort()).toEqual(['Daten- & KI-Plattform', 'Kernsystem Versicherung', 'Kfz-Tarifrechner']);
  });

  it('lists off-track teams and the stale metric on the portfolio, with a heatmap cell per team and organization objective', async () => {
    const http = await signIn('sabine.hoffmann@musterversicherung.de');
    const portfolio = (await http.get('/api/v1/goals/portfolio?quarter=2026-Q4')).json() as {
      rows: { teamName: string; status: string }[];
      offTrack: { teamName: string; keyResults: string[] }[];
      stale: { name: { de: string }; teamName: string }[];
      heatmap: { teamId: string; objectiveId: string | null }[];
      customerValue: { key: string }[];
    };
    const teamsWithGoals = new Set(demoObjectives.filter((o) => o.team !== null && o.quarter === '2026-Q4').map((o) => o.team));
    expect(portfolio.rows).toHaveLength(teamsWithGoals.size);
    expect(portfolio.offTrack.map((t) => t.teamName)).toEqual(expect.arrayContaining(['E-Scooter-Versicherung', 'Kernsystem Versicherung']));
    expect(portfolio.offTrack.find((t) => t.teamName === 'Kernsystem Versicherung')!.keyResults).toContain('Verfügbarkeit der Kern-APIs 99,95 %');
    expect(portfolio.stale).toEqual([expect.objectContaining({ name: expect.objectContaining({ de: 'Zufriedenheit der Makler (Umfrage, 1–5)' }), teamName: 'Maklerportal' })]);
    expect(portfolio.heatmap.length).toBeGreaterThanOrEqual(teamsWithGoals.size);
    expect(portfolio.customerValue.map((m) => m.key)).toEqual(expect.arrayContaining(['escooter.nps', 'escooter.share_18_29']));
  });
});
