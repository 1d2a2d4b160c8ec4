import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

describe.skipIf(!canRun)('portfolio', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await newPage(browser, 'de'));
    await login(page, server.url, DEMO.admin, 'de');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const rows = () => page.getByRole('table').locator('tbody tr');
  const firstColumn = () => rows().locator('td:first-child').allInnerTexts();

  it('lists every team with stage, leads and numbers in German format', async () => {
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await rows().first().waitFor();
    expect(await rows().count()).toBeGreaterThanOrEqual(5);
    const body = await page.getByRole('table').innerText();
    expect(body).toMatch(/Aktiv/i);
    expect(body).toMatch(/\d,\d/); // FTE such as "8,5"
    expect(body).toMatch(/\d+\s%\s\/\s\d+\s%/); // business / IT mix, e.g. "60 % / 40 %"
  });

  it('sorts by a column when its header is clicked, and back the other way', async () => {
    const header = page.getByRole('columnheader', { name: 'Name' });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await firstColumn();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'de')));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await firstColumn()).toEqual([...ascending].reverse());
  });

  it('filters by stage and by text', async () => {
    await page.getByRole('combobox', { name: 'Phase' }).click();
    await page.getByRole('option', { name: 'Aktiv' }).click();
    await expect.poll(() => page.url()).toContain('stage=active');
    await expect.poll(async () => (await page.getByRole('table').innerText()).includes('Vorgeschlagen')).toBe(false);

    await page.getByRole('combobox', { name: 'Phase' }).click();
    await page.getByRole('option', { name: 'Aktiv' }).click(); // deselects
    const [firstName] = await firstColumn();
    await page.getByRole('textbox', { name: 'Suche' }).fill(firstName!.slice(0, 6));
    await expect.poll(async () => (await firstColumn()).every((name) => name.includes(firstName!.slice(0, 6)))).toBe(true);
  });

  it('switches the language to English and keeps it', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await page.getByRole('columnheader', { name: 'Stage' }).waitFor();
    await page.reload();
    await page.getByRole('columnheader', { name: 'Headcount' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
