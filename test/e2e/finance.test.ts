import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

// Money in the browser, against the demo's ledger: the portfolio office reads the portfolio's
// finance (every team, the Sankey of the money's way) and a team's P&L; E-Scooter's business lead
// books a cost and sees the team's direct cost grow by it, reverses it, and imports a CSV file with
// one bad row, which shows the row's error and books nothing; the same pages in English.

type TeamFinance = {
  teamId: string;
  totals: { revenueCents: number; directCostCents: number; allocatedCents: number; marginCents: number };
  forecast: { budgetCents: number; forecastCents: number };
};
type Page_<T> = { items: T[]; nextCursor: string | null };
type Entry = { id: string; amountCents: number; reference: string | null };

const ESCOOTER = 'E-Scooter-Versicherung';

/** An API call from the signed-in page, with the page's session; throws on anything but success. */
async function call<T>(page: Page, path: string): Promise<T> {
  const result = await page.evaluate(async (path) => {
    const response = await fetch(`/api/v1${path}`, { headers: { accept: 'application/json' } });
    return { status: response.status, body: await response.text() };
  }, path);
  if (result.status >= 300) throw new Error(`GET ${path} → ${result.status}: ${result.body}`);
  return JSON.parse(result.body) as T;
}

const euro = (locale: 'de-DE' | 'en-GB', digits: 0 | 2) => {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits });
  // Intl separates number and sign with a no-break space; innerText keeps it.
  return (cents: number) => format.format(digits === 0 ? Math.round(cents / 100) : cents / 100);
};
const wholeDe = euro('de-DE', 0);
const centsDe = euro('de-DE', 2);
const centsEn = euro('en-GB', 2);
const normalize = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A key figure card, found by its label; its text is the label, the value and a hint. */
const kpi = (page: Page, label: string): Locator => page.getByRole('group', { name: label, exact: true });
const shows = async (card: Locator) => normalize(await card.innerText());

/** An ECharts chart drew something: its SVG holds shapes. */
async function drawn(chart: Locator): Promise<number> {
  return chart.locator('svg path, svg rect').count();
}

describe.skipIf(!canRun)('money', () => {
  let server: Server;
  let browser: Browser;
  let office: Page;
  let lead: Page;
  let leadContext: BrowserContext;
  let teamFinanceUrl: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page: office } = await newPage(browser, 'de'));
    await login(office, server.url, DEMO.portfolioOffice, 'de');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the portfolio office every team’s money, E-Scooter among them, and the Sankey of the money’s way', async () => {
    await office.getByRole('navigation').getByRole('link', { name: 'Finanzen' }).click();
    await office.getByRole('heading', { level: 1, name: 'Finanzen' }).waitFor();
    const teams = office.getByRole('region', { name: 'Alle Teams' });
    const row = teams.getByRole('row', { name: new RegExp(ESCOOTER) });
    await row.waitFor();
    const cells = normalize(await row.innerText());
    expect(cells).toMatch(/\d{1,3}(\.\d{3})+ €/); // whole euros, German grouping
    // Digitale Schadenmeldung runs over its 2026 budget: its row says by how much.
    expect(normalize(await teams.getByRole('row', { name: /Digitale Schadenmeldung/ }).innerText())).toMatch(/\d{1,3}(\.\d{3})* € über Budget/);

    const sankey = office.getByRole('img', { name: /^Sankey-Diagramm/ });
    await sankey.scrollIntoViewIfNeeded();
    await expect.poll(() => drawn(sankey)).toBeGreaterThan(10);
    const labels = await sankey.locator('svg text').allTextContents();
    expect(labels.some((l) => l.startsWith('Genehmigtes Budget'))).toBe(true);
    expect(labels.some((l) => l.startsWith(ESCOOTER))).toBe(true);
    // The Sankey's numbers stand in a table too.
    await office.getByRole('table', { name: /Budget und Ausgaben je Team/ }).getByRole('rowheader', { name: ESCOOTER }).waitFor();
    // Kfz-Tarifrechner's 2027 budget waits for the portfolio office.
    await office.getByRole('region', { name: 'Budgets zur Freigabe' }).getByRole('row', { name: /Kfz-Tarifrechner/ }).waitFor();
  });

  it('opens a team’s finance page from the table: KPIs, the monthly P&L chart and its numbers', async () => {
    await office.getByRole('region', { name: 'Alle Teams' }).getByRole('link', { name: ESCOOTER }).click();
    await office.getByRole('heading', { level: 1, name: `Finanzen: ${ESCOOTER}` }).waitFor();
    teamFinanceUrl = office.url();
    const teamId = new URL(teamFinanceUrl).pathname.split('/')[2]!;
    const finance = await call<TeamFinance>(office, `/teams/${teamId}/finance`);
    expect(finance.totals.revenueCents).toBeGreaterThan(0);

    await expect.poll(() => shows(kpi(office, 'Erlöse'))).toContain(normalize(wholeDe(finance.totals.revenueCents)));
    expect(await shows(kpi(office, 'Deckungsbeitrag'))).toContain(normalize(wholeDe(finance.totals.marginCents)));
    expect(await shows(kpi(office, 'Prognose zum GJ-Ende'))).toContain(normalize(wholeDe(finance.forecast.forecastCents)));

    const chart = office.getByRole('img', { name: /^Säulendiagramm: Erlöse und Kosten je Monat/ });
    await expect.poll(() => drawn(chart)).toBeGreaterThan(12);
    const table = office.getByRole('table', { name: 'Ergebnisrechnung je Monat' });
    const total = normalize(await table.locator('tfoot').innerText());
    expect(total).toContain(normalize(centsDe(finance.totals.revenueCents)));
    expect(total).toContain(normalize(centsDe(finance.totals.directCostCents)));
    expect(await table.locator('tbody tr').count()).toBe(12);

    // Every table downloads as CSV and Excel; the server names the file.
    const [csv] = await Promise.all([office.waitForEvent('download'), office.getByRole('link', { name: 'Ergebnis je Monat als CSV herunterladen' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const [xlsx] = await Promise.all([office.waitForEvent('download'), office.getByRole('link', { name: 'Kosten nach Kategorie als Excel herunterladen' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('lets the team’s lead book a cost, see the direct cost grow by it, and reverse it with a reason', async () => {
    ({ context: leadContext, page: lead } = await newPage(browser, 'de'));
    await login(lead, server.url, DEMO.member, 'de'); // Katharina Schulte, business lead of E-Scooter
    await lead.goto(teamFinanceUrl);
    await lead.getByRole('heading', { level: 1, name: `Finanzen: ${ESCOOTER}` }).waitFor();
    const teamId = new URL(teamFinanceUrl).pathname.split('/')[2]!;
    const before = await call<TeamFinance>(lead, `/teams/${teamId}/finance`);
    const direct = kpi(lead, 'Direkte Kosten');
    await expect.poll(() => shows(direct)).toContain(normalize(wholeDe(before.totals.directCostCents)));

    await lead.getByRole('button', { name: 'Buchen', exact: true }).click();
    const dialog = lead.getByRole('dialog', { name: `Buchung für ${ESCOOTER}` });
    await dialog.getByRole('textbox', { name: 'Betrag' }).fill('1.234,56');
    await dialog.getByRole('combobox', { name: 'Kostenkategorie' }).click();
    await lead.getByRole('option', { name: 'Cloud' }).click();
    await dialog.getByRole('textbox', { name: 'Beleg' }).fill('E2E-4711');
    await dialog.getByRole('button', { name: 'Buchen', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    const booked = before.totals.directCostCents + 123_456;
    await expect.poll(() => shows(direct)).toContain(normalize(wholeDe(booked)));
    const ledger = lead.getByRole('region', { name: 'Hauptbuch' });
    const row = ledger.getByRole('row', { name: /E2E-4711/ });
    await row.waitFor();
    expect(normalize(await row.innerText())).toContain('1.234,56 €');

    await row.getByRole('button', { name: /^Stornieren/ }).click();
    const reverse = lead.getByRole('dialog', { name: 'Buchung stornieren' });
    const reason = reverse.getByRole('textbox', { name: 'Grund' });
    await reverse.getByRole('button', { name: 'Stornieren', exact: true }).click();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true'); // a reason is required
    await reason.fill('Doppelt gebucht');
    await reverse.getByRole('button', { name: 'Stornieren', exact: true }).click();
    await reverse.waitFor({ state: 'hidden' });
    await expect.poll(() => shows(direct)).toContain(normalize(wholeDe(before.totals.directCostCents)));
    await ledger.getByRole('row', { name: /E2E-4711/ }).getByText(/Storniert durch Nr\./).waitFor();
  });

  it('previews an import with one bad row, names the row and column, and books nothing', async () => {
    const teamId = new URL(teamFinanceUrl).pathname.split('/')[2]!;
    const entries = async () => (await call<Page_<Entry>>(lead, `/teams/${teamId}/ledger?limit=500`)).items;
    const countBefore = (await entries()).length;

    await lead.getByRole('button', { name: 'Importieren' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Buchungen importieren' });
    const month = await lead.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    });
    const csv = [
      'team,month,kind,category,expense_type,stream,amount,reference',
      `${ESCOOTER},${month},cost,cloud,opex,,99.00,E2E-IMPORT-1`,
      `${ESCOOTER},${month},cost,snacks,opex,,12.00,E2E-IMPORT-2`,
    ].join('\n');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'buchungen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    const errors = dialog.getByRole('region', { name: /1 Problem – noch wird nichts gebucht/ });
    await errors.waitFor();
    const errorRow = errors.locator('tbody tr');
    expect(await errorRow.count()).toBe(1);
    const [row, column] = await errorRow.first().locator('td').allInnerTexts();
    expect(row).toBe('3');
    expect(column).toBe('category');
    expect(await dialog.getByRole('button', { name: 'Buchungen übernehmen' }).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await entries();
    expect(after.length).toBe(countBefore);
    expect(after.some((e) => e.reference?.startsWith('E2E-IMPORT'))).toBe(false);
  });

  it('reads the same in English, with English money', async () => {
    await lead.getByRole('button', { name: 'EN', exact: true }).click();
    await lead.getByRole('heading', { level: 1, name: `Finance: ${ESCOOTER}` }).waitFor();
    await lead.getByRole('heading', { level: 2, name: 'P&L by month' }).waitFor();
    const teamId = new URL(teamFinanceUrl).pathname.split('/')[2]!;
    const finance = await call<TeamFinance>(lead, `/teams/${teamId}/finance`);
    const total = normalize(await lead.getByRole('table', { name: 'Profit and loss by month' }).locator('tfoot').innerText());
    expect(total).toContain(normalize(centsEn(finance.totals.revenueCents)));
    await lead.getByRole('button', { name: 'Book', exact: true }).waitFor();
    await leadContext.close();
  });

  it('shows a member without the portfolio’s numbers no finance entry, and the page says it is not allowed', async () => {
    const { context, page } = await newPage(browser, 'en');
    await login(page, server.url, 'mehmet.yilmaz@musterversicherung.de', 'en');
    await page.getByRole('navigation').getByRole('link', { name: 'People' }).waitFor();
    await page.waitForLoadState('networkidle'); // the navigation has had the API's answer
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Finance' }).count()).toBe(0);
    await page.goto(`${server.url}/finance`);
    await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
    await context.close();
  });
});
