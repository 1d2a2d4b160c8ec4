import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

// Goals in the browser, against the demo's goals: E-Scooter's business lead opens the team's goals
// page, adds a metric, an objective and a key result on it — which has no data yet — creates an
// ingest-only API token, pushes measurements with it as a machine would, and after a reload sees the
// key result on track. The seeded fourth quarter shows key results on track, at risk and off track
// with their check-ins; the portfolio office sees the heatmap and the off-track and stale lists.
// axe checks both goals pages.

const ESCOOTER = 'E-Scooter-Versicherung';
const METRIC = { de: 'Händler im Partnerprogramm', en: 'Dealers in the partner programme', key: 'escooter.partner_dealers' };
const OBJECTIVE = 'Händler als Vertriebspartner gewinnen';
const KEY_RESULT = '40 Händler im Partnerprogramm';

type TeamGoals = { teamId: string; metrics: { id: string; key: string }[] };

/** An API call from the signed-in page, with the page's session; throws on anything but success. */
async function call<T>(page: Page, path: string): Promise<T> {
  const result = await page.evaluate(async (path) => {
    const response = await fetch(`/api/v1${path}`, { headers: { accept: 'application/json' } });
    return { status: response.status, body: await response.text() };
  }, path);
  if (result.status >= 300) throw new Error(`GET ${path} → ${result.status}: ${result.body}`);
  return JSON.parse(result.body) as T;
}

/** A key result on the page, found by its title; it names its status in a badge. */
const keyResult = (page: Page, title: string): Locator => page.getByRole('listitem', { name: title });

describe.skipIf(!canRun)('goals', () => {
  let server: Server;
  let browser: Browser;
  let lead: Page;
  let teamId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page: lead } = await newPage(browser, 'de'));
    await login(lead, server.url, DEMO.member, 'de'); // Katharina Schulte, business lead of E-Scooter
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets the team’s lead set an objective with a key result on a new metric, which has no data yet', async () => {
    const teams = await call<{ items: { id: string; name: string }[] }>(lead, '/teams');
    teamId = teams.items.find((t) => t.name === ESCOOTER)!.id;
    await lead.goto(`${server.url}/teams/${teamId}`);
    await lead.getByRole('link', { name: 'Ziele öffnen' }).click();
    await lead.getByRole('heading', { level: 1, name: `Ziele von ${ESCOOTER}` }).waitFor();

    await lead.getByRole('button', { name: 'Neue Kennzahl' }).click();
    const metricDialog = lead.getByRole('dialog', { name: `Neue Kennzahl von ${ESCOOTER}` });
    await metricDialog.getByRole('textbox', { name: 'Name (Deutsch)' }).fill(METRIC.de);
    await metricDialog.getByRole('textbox', { name: 'Name (Englisch)' }).fill(METRIC.en);
    await metricDialog.getByRole('textbox', { name: 'Schlüssel' }).fill(METRIC.key);
    await metricDialog.getByRole('combobox', { name: 'Quelle' }).click();
    await lead.getByRole('option', { name: 'API', exact: true }).click();
    await metricDialog.getByRole('button', { name: 'Kennzahl anlegen' }).click();
    await metricDialog.waitFor({ state: 'hidden' });

    await lead.getByRole('button', { name: 'Neues Ziel', exact: true }).click();
    const objectiveDialog = lead.getByRole('dialog', { name: /^Neues Ziel für / });
    await objectiveDialog.getByRole('textbox', { name: 'Titel' }).fill(OBJECTIVE);
    await objectiveDialog.getByRole('textbox', { name: 'Beschreibung' }).fill('Zum Verkehrsjahr 2027 verkaufen Fachhändler die Versicherung gleich mit dem E-Scooter.');
    await objectiveDialog.getByRole('button', { name: 'Ziel anlegen' }).click();
    await objectiveDialog.waitFor({ state: 'hidden' });

    const objective = lead.getByRole('article', { name: OBJECTIVE });
    await objective.getByRole('button', { name: `Neues Key Result für ${OBJECTIVE}` }).click();
    const krDialog = lead.getByRole('dialog', { name: `Neues Key Result für „${OBJECTIVE}“` });
    const metric = krDialog.getByRole('combobox', { name: 'Kennzahl' });
    await metric.click();
    await metric.fill('Händler');
    await lead.getByRole('option', { name: new RegExp(`^${METRIC.de}`) }).click();
    await krDialog.getByRole('textbox', { name: 'Titel' }).fill(KEY_RESULT);
    await krDialog.getByRole('textbox', { name: 'Ausgangswert' }).fill('0');
    await krDialog.getByRole('textbox', { name: 'Zielwert' }).fill('40');
    await krDialog.getByRole('button', { name: 'Key Result anlegen' }).click();
    await krDialog.waitFor({ state: 'hidden' });

    // The quarter has begun and the metric has no measurement in it.
    const added = keyResult(lead, KEY_RESULT);
    await added.getByText('keine Daten', { exact: true }).waitFor();
    await added.getByText('Im Zeitraum noch kein Messwert').waitFor();
    expect(await objective.getByText('keine Daten', { exact: true }).count()).toBeGreaterThanOrEqual(2); // the objective's badge too
  });

  it('pushes measurements with an ingest token, and the key result is on track after a reload', async () => {
    await lead.getByRole('navigation').getByRole('link', { name: 'API-Tokens' }).click();
    await lead.getByRole('heading', { level: 1, name: 'API-Tokens' }).waitFor();
    await lead.getByRole('textbox', { name: 'Name' }).fill('Händlerportal');
    await lead.getByRole('checkbox', { name: 'Lesen' }).uncheck();
    await lead.getByRole('checkbox', { name: /einspielen/ }).check();
    await lead.getByRole('button', { name: 'Token erstellen' }).click();
    const token = (await lead.getByLabel('Neues API-Token').innerText()).trim();
    expect(token.length).toBeGreaterThan(20);

    const { metrics } = await call<TeamGoals>(lead, `/teams/${teamId}/goals`);
    const metricId = metrics.find((m) => m.key === METRIC.key)!.id;
    const asMachine = (method: string, path: string, body?: unknown) =>
      fetch(`${server.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    // The partner portal reports the dealers signed up so far, a few times today; the last is past the target.
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const batch = {
      idempotencyKey: 'haendlerportal-e2e-1',
      items: [
        { metricId, measuredAt: hoursAgo(3), value: 12, unit: 'count' },
        { metricId, measuredAt: hoursAgo(2), value: 27, unit: 'count' },
        { metricId, measuredAt: hoursAgo(1), value: 41, unit: 'count' },
      ],
    };
    const pushed = await asMachine('POST', '/measurements/batches', batch);
    expect(pushed.status).toBe(201);
    expect(await pushed.json()).toMatchObject({ points: 3, corrected: 0, replayed: false });
    // A retry of the same delivery records nothing again; and the token reads nothing.
    expect(await (await asMachine('POST', '/measurements/batches', batch)).json()).toMatchObject({ points: 3, replayed: true });
    expect((await asMachine('GET', `/teams/${teamId}/goals`)).status).toBe(403);

    await lead.goto(`${server.url}/teams/${teamId}/goals`);
    const updated = keyResult(lead, KEY_RESULT);
    await updated.getByText('im Plan', { exact: true }).waitFor();
    expect(await updated.getByText('keine Daten', { exact: true }).count()).toBe(0);
    expect(await updated.innerText()).toMatch(/aktuell\s+41\b/);
    await lead.getByRole('article', { name: OBJECTIVE }).getByText('100 %').first().waitFor(); // its attainment
  });

  it('shows the seeded fourth quarter on track, at risk and off track, with the history of check-ins, and passes axe', async () => {
    await lead.goto(`${server.url}/teams/${teamId}/goals?quarter=2026-Q4`);
    const objectives = lead.getByRole('region', { name: 'Ziele und Key Results' });
    await objectives.getByRole('article', { name: 'In unter drei Minuten versichert' }).waitFor();
    for (const status of ['im Plan', 'gefährdet', 'verfehlt']) expect(await objectives.getByRole('listitem').getByText(status, { exact: true }).count(), status).toBeGreaterThan(0);
    await keyResult(lead, 'Schadenquote auf 74 % senken').getByText('verfehlt', { exact: true }).waitFor();

    const title = 'Straight-Through-Rate auf 88 % steigern';
    await lead.getByRole('button', { name: `Verlauf und Check-ins von ${title}` }).click();
    const history = lead.getByRole('table', { name: new RegExp(`^Check-ins zu ${title}`) });
    await history.waitFor();
    expect(await history.locator('tbody tr').count()).toBe(3);
    await history.getByText(/Herstellerliste/).first().waitFor();
    await lead.getByRole('img', { name: /^Liniendiagramm: Anteil vollautomatischer Abschlüsse/ }).waitFor();
    await lead.waitForTimeout(300); // let the chart's first animation finish
    expect(await axeViolations(lead)).toEqual([]);
  });

  it('shows the portfolio office the heatmap, the off-track teams and the stale metric, and passes axe', async () => {
    const { context, page } = await newPage(browser, 'de');
    await login(page, server.url, DEMO.portfolioOffice, 'de');
    await page.getByRole('navigation').getByRole('link', { name: 'Ziele' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ziele im Portfolio' }).waitFor();
    await page.goto(`${server.url}/goals?quarter=2026-Q4`);

    const heatmap = page.getByRole('table', { name: /^Status der Key Results von \d+ Teams nach Unternehmensziel/ });
    await heatmap.waitFor();
    await heatmap.getByRole('columnheader', { name: 'Junge Kundinnen und Kunden digital gewinnen' }).waitFor();
    await heatmap.getByRole('columnheader', { name: 'Kein Unternehmensziel' }).waitFor(); // Maklerportal's objective serves none
    const escooter = heatmap.getByRole('row', { name: new RegExp(ESCOOTER) });
    expect(await escooter.innerText()).toMatch(/\d\s%/); // attainment, with a no-break space before the sign

    const offTrack = page.getByRole('region', { name: /^Verfehlt: \d+ Teams?$/ });
    await offTrack.getByRole('link', { name: 'Kernsystem Versicherung' }).waitFor();
    await offTrack.getByText(/Verfügbarkeit der Kern-APIs 99,95 %/).waitFor();
    const stale = page.getByRole('region', { name: 'Veraltet: 1 Kennzahl' });
    await stale.getByText('Zufriedenheit der Makler (Umfrage, 1–5)').waitFor();
    await stale.getByRole('link', { name: 'Maklerportal' }).waitFor();

    await page.getByRole('region', { name: 'Kundennutzen' }).getByText('Net Promoter Score').first().waitFor();
    await page.waitForTimeout(300); // let the charts' first animation finish
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
