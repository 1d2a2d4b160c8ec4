import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

// axe-core on every main page, in German (the default language, with the longest words).
describe.skipIf(!canRun)('accessibility', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await newPage(browser, 'de'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('login page', async () => {
    await page.goto(server.url + '/login');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('portfolio', async () => {
    await login(page, server.url, DEMO.admin, 'de');
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('team page and its edit dialog', async () => {
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Mitglieder' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByRole('dialog', { name: 'Team bearbeiten' }).waitFor();
    await page.waitForTimeout(300); // let the opening transition finish
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  const pages = [
    { path: '/people', heading: 'Personen' },
    { path: '/audit', heading: 'Audit-Log' },
    { path: '/tokens', heading: 'API-Tokens' },
    { path: '/users', heading: 'Benutzer' },
  ];
  for (const { path, heading } of pages) {
    it(`${heading} (${path})`, async () => {
      await page.goto(server.url + path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('person page', async () => {
    await page.goto(server.url + '/people');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Team-Mitgliedschaften' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('portfolio finance page', async () => {
    await page.goto(server.url + '/finance');
    await page.getByRole('heading', { level: 1, name: 'Finanzen' }).waitFor();
    await page.getByRole('img', { name: /^Sankey-Diagramm/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('team finance page, its booking and import dialogs', async () => {
    await page.getByRole('region', { name: 'Alle Teams' }).getByRole('link', { name: 'E-Scooter-Versicherung' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ergebnis je Monat' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    for (const [button, dialog] of [
      ['Buchen', 'Buchung für E-Scooter-Versicherung'],
      ['Importieren', 'Buchungen importieren'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('dialog', { name: dialog }).waitFor();
      await page.waitForTimeout(300); // let the opening transition finish
      expect(await axeViolations(page)).toEqual([]);
      if (button === 'Importieren') {
        // With a file picked the picker shows a button to remove it, which needs a name too.
        await page.getByRole('dialog', { name: dialog }).locator('input[type="file"]').setInputFiles({ name: 'buchungen.csv', mimeType: 'text/csv', buffer: Buffer.from('team;month;kind;category;amount\n') });
        await page.getByRole('button', { name: 'Datei entfernen' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'hidden' });
    }
  });
});
