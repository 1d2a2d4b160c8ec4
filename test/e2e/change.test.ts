import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

// A pulse survey from creation to results, in German: the admin writes it for one team with a
// minimum of three answers; three members of that team answer on the page, one after another.
// After the first answer the results say there are too few; after the third they show, per
// statement with mean and distribution. Then axe on the maturity, roadmap and survey pages.

type Json = Record<string, unknown>;

/** An API call from the signed-in page, with the page's session; throws on anything but success. */
async function call<T = Json>(page: Page, method: string, path: string, body?: unknown, version?: number): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body, version }) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (version !== undefined) headers['if-match'] = `"${version}"`;
      const response = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: await response.text() };
    },
    { method, path, body, version },
  );
  if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status}: ${result.body}`);
  return JSON.parse(result.body) as T;
}

const TOO_FEW = 'Noch zu wenige Antworten (mindestens 3), um Ergebnisse anonym zu zeigen.';

describe.skipIf(!canRun)('pulse survey, answered anonymously by a team', () => {
  let server: Server;
  let browser: Browser;
  let admin: Page;
  const stamp = Date.now();
  const title = `Puls ${stamp}`;
  const statements = ['Wir entscheiden im Team gemeinsam.', 'Ich verstehe, wozu unsere Arbeit beiträgt.'];
  let team: { id: string; name: string };
  const members: { email: string; password: string }[] = [];
  let surveyUrl: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page: admin } = await newPage(browser, 'de'));
    await login(admin, server.url, DEMO.admin, 'de');

    // Three new people of one running team, each with an account of their own: nobody else answers.
    const teams = await call<{ items: { id: string; name: string; stage: string }[] }>(admin, 'GET', '/teams');
    const found = teams.items.find((t) => t.stage === 'active');
    if (!found) throw new Error('the demo has no active team');
    team = found;
    for (const n of [1, 2, 3]) {
      const email = `puls.${n}.${stamp}@example.com`;
      const name = `Puls Person ${n} ${stamp}`;
      const person = await call<{ id: string }>(admin, 'POST', '/people', { name, email, discipline: 'engineering', jobTitle: 'Entwicklerin' });
      await call(admin, 'POST', `/teams/${team.id}/memberships`, { personId: person.id, role: 'Entwicklung', allocation: 10, startDate: '2020-01-01', endDate: null });
      const password = `puls-person-${n}-2026`;
      await call(admin, 'POST', '/users', { email, displayName: name, role: 'member', personId: person.id, password });
      members.push({ email, password });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is created by the admin for one team, with at least three answers', async () => {
    await admin.goto(`${server.url}/change/surveys`);
    await admin.getByRole('heading', { level: 1, name: 'Pulsbefragungen' }).waitFor();
    await admin.getByRole('button', { name: 'Neue Befragung' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Neue Pulsbefragung' });
    await dialog.getByRole('textbox', { name: 'Titel' }).fill(title);
    await dialog.getByRole('textbox', { name: 'Aussage 1' }).fill(statements[0]!);
    await dialog.getByRole('textbox', { name: 'Aussage 2' }).fill(statements[1]!);
    await dialog.getByRole('textbox', { name: 'Frage für einen freien Kommentar' }).fill('Was sollten wir ändern?');
    await dialog.getByRole('combobox', { name: 'Teams' }).click();
    await admin.getByRole('option', { name: team.name, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Mindestzahl Antworten' }).fill('3');
    await dialog.getByRole('button', { name: 'Befragung anlegen' }).click();

    await admin.getByRole('heading', { level: 1, name: title }).waitFor();
    surveyUrl = admin.url();
    expect(surveyUrl).toMatch(/\/surveys\/[0-9a-f-]{36}$/);
    await admin.getByText('Offen', { exact: true }).first().waitFor();
    // The admin is no member of the team: no answer form, and no results yet.
    await admin.getByText('Diese Befragung richtet sich an die Mitglieder ihrer Teams.').waitFor();
    await admin.getByText(TOO_FEW).first().waitFor();
    const id = surveyUrl.split('/').pop()!;
    const survey = await call<{ minResponses: number; statements: unknown[]; teams: { id: string }[] }>(admin, 'GET', `/surveys/${id}`);
    expect(survey).toMatchObject({ minResponses: 3, teams: [{ id: team.id }] });
    expect(survey.statements).toHaveLength(2);
  });

  async function answerAs(member: { email: string; password: string }, ratings: [string, string], comment: string) {
    const { context, page } = await newPage(browser, 'de');
    await page.goto(surveyUrl);
    await page.getByRole('textbox', { name: 'E-Mail' }).fill(member.email);
    await page.getByRole('textbox', { name: 'Passwort' }).fill(member.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // One group per statement, named by the statement, with the scale spelt out.
    const first = page.getByRole('group', { name: `1. ${statements[0]}` });
    const second = page.getByRole('group', { name: `2. ${statements[1]}` });
    expect(await first.getByRole('radio').count()).toBe(5);
    await first.getByRole('radio', { name: '1 – stimme gar nicht zu' }).waitFor();
    await first.getByRole('radio', { name: '5 – stimme voll zu' }).waitFor();
    await first.getByRole('radio', { name: ratings[0] }).check();
    await second.getByRole('radio', { name: ratings[1] }).check();
    await page.getByRole('textbox', { name: 'Was sollten wir ändern?' }).fill(comment);
    await page.getByRole('button', { name: 'Antwort senden' }).click();

    await page.getByText('Sie haben geantwortet – danke').waitFor();
    await page.getByText('Ihre Antworten sind anonym.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Antwort senden' }).count()).toBe(0);
    return { context, page };
  }

  it('after the first answer, says there are too few answers to show', async () => {
    const { context, page } = await answerAs(members[0]!, ['4 – stimme eher zu', '5 – stimme voll zu'], 'Mehr Zeit für Experimente.');
    await page.getByText(TOO_FEW).first().waitFor();
    expect(await page.getByRole('table', { name: /Antworten je Aussage/ }).count()).toBe(0);
    // Coming back shows the same thank-you, not the form again.
    await page.reload();
    await page.getByText('Sie haben geantwortet – danke').waitFor();
    await context.close();

    await admin.reload();
    await admin.getByText(TOO_FEW).first().waitFor();
    expect(await admin.getByText('Mehr Zeit für Experimente.').count()).toBe(0);
  });

  it('after the third answer, shows means, distributions and comments', async () => {
    (await answerAs(members[1]!, ['2 – stimme eher nicht zu', '4 – stimme eher zu'], 'Weniger Abstimmungsrunden.')).context.close();
    const { context, page } = await answerAs(members[2]!, ['3 – teils, teils', '5 – stimme voll zu'], '');
    const table = page.getByRole('table', { name: /Antworten je Aussage für Alle Teams/ });
    await table.waitFor();
    expect(await page.getByText(TOO_FEW).count()).toBe(0);
    await page.getByText('3 Antworten').first().waitFor();
    // Means 3 and 4,7; the distribution 1…5 per statement.
    const firstRow = table.getByRole('row', { name: new RegExp(statements[0]!.replace('.', '\\.')) });
    expect((await firstRow.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual(['3', '0', '1', '1', '1', '0']);
    const secondRow = table.getByRole('row', { name: new RegExp(statements[1]!.replace('.', '\\.')) });
    expect((await secondRow.getByRole('cell').allInnerTexts()).map((s) => s.trim())).toEqual(['4,7', '0', '0', '0', '1', '2']);
    await page.getByText('Mehr Zeit für Experimente.').waitFor();
    await page.getByText('Weniger Abstimmungsrunden.').waitFor();
    await page.getByRole('img', { name: /Gestapelte Balken: Antworten je Aussage für Alle Teams/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['/change', 'Reife der Teams'],
    ['/change/roadmap', 'Transformations-Roadmap'],
    ['/change/surveys', 'Pulsbefragungen'],
    ['/change/model', 'Reifegradmodell'],
    ['/change/enablement', 'Befähigung'],
  ])('passes axe on %s', async (path, heading) => {
    await admin.goto(server.url + path);
    await admin.getByRole('heading', { level: 1, name: heading }).waitFor();
    await admin.waitForLoadState('networkidle');
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('passes axe on the survey page with its results', async () => {
    await admin.goto(surveyUrl);
    await admin.getByRole('table', { name: /Antworten je Aussage für Alle Teams/ }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('shows a team its maturity radar and the assessment form to its assessors, in English', async () => {
    const { context, page } = await newPage(browser, 'en');
    await login(page, server.url, DEMO.admin, 'en');
    const assessed = await call<{ teams: { teamId: string; latest: unknown }[] }>(page, 'GET', '/maturity/portfolio');
    const row = assessed.teams.find((t) => t.latest !== null);
    if (!row) throw new Error('the demo has no assessed team');
    await page.goto(`${server.url}/teams/${row.teamId}`);
    await page.getByRole('heading', { level: 2, name: 'Maturity' }).waitFor();
    await page.getByRole('img', { name: /^Radar chart of the assessment of/ }).waitFor();
    await page.getByRole('table', { name: 'Ratings per dimension' }).waitFor();
    // The team's own Edit button stays the only one of that name.
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('group', { name: /^Current level: / }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
