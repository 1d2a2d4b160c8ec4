import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

// The service catalog as the portfolio office uses it, in English: a priced core service, the
// server's rules shown on the fields they concern, and consumption recorded by hand and by CSV.

const month = (back: number) => {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - back, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
};

describe.skipIf(!canRun)('service catalog and consumption', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const stamp = Date.now();
  const core = `Test Ledger ${stamp}`;
  const app = `Test App ${stamp}`;
  let coreUrl: string;
  let consumer: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await newPage(browser, 'en'));
    await login(page, server.url, DEMO.portfolioOffice, 'en', '/services');
    const teams = await page.evaluate(async () => (await (await fetch('/api/v1/teams')).json()) as { items: { name: string; stage: string; kind: string }[] });
    consumer = teams.items.find((t) => t.stage === 'active' && t.kind === 'fusion')!.name;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const choose = async (scope: Page | ReturnType<Page['getByRole']>, label: string, option: string | RegExp) => {
    await scope.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option }).first().click();
  };

  it('creates a priced core service run by a platform team', async () => {
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await page.getByRole('button', { name: 'New service' }).click();
    const dialog = page.getByRole('dialog', { name: 'New service' });
    await dialog.getByRole('textbox', { name: 'Service' }).fill(core);
    await choose(dialog, 'Kind', 'Core service');
    await choose(dialog, 'Owner team', /./);
    await choose(dialog, 'Lifecycle', 'Live');
    await dialog.getByRole('textbox', { name: 'Unit', exact: true }).fill('per booking');
    await dialog.getByRole('textbox', { name: 'Unit price' }).fill('0.45');
    await dialog.getByRole('button', { name: 'Create service' }).click();

    await page.getByRole('heading', { level: 1, name: core }).waitFor();
    coreUrl = page.url();
    expect(coreUrl).toMatch(/\/services\/[0-9a-f-]{36}$/);
    await page.getByText('€0.45 per booking').first().waitFor();
  });

  it('says on the price field that a business service has no price', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit service' });
    await choose(dialog, 'Kind', 'Business service');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const price = dialog.getByRole('textbox', { name: 'Unit price' });
    await expect.poll(async () => (await price.getAttribute('aria-invalid')) === 'true').toBe(true);
    await expect.poll(() => dialog.innerText()).toMatch(/business service has none/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('adds a business service that depends on it, and refuses the cycle back', async () => {
    await page.goto(`${server.url}/services`);
    await page.getByRole('button', { name: 'New service' }).click();
    const dialog = page.getByRole('dialog', { name: 'New service' });
    await dialog.getByRole('textbox', { name: 'Service' }).fill(app);
    await dialog.getByRole('combobox', { name: 'Depends on' }).fill(core);
    await page.getByRole('option', { name: new RegExp(core) }).click();
    await dialog.getByRole('button', { name: 'Create service' }).click();
    await page.getByRole('heading', { level: 1, name: app }).waitFor();
    await page.getByRole('region', { name: 'Depends on' }).getByRole('link', { name: core }).waitFor();

    await page.goto(coreUrl);
    await page.getByRole('region', { name: 'Used by' }).getByRole('link', { name: app }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit service' });
    await edit.getByRole('combobox', { name: 'Depends on' }).fill(app);
    await page.getByRole('option', { name: new RegExp(app) }).click();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => edit.innerText()).toContain('Would form a cycle');
    expect(await edit.innerText()).toContain(`${core} → ${app} → ${core}`);
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });
  });

  it('records a month of consumption and shows its cost', async () => {
    const form = page.getByRole('form', { name: 'Record consumption' });
    await choose(form, 'Team', consumer);
    await form.getByRole('textbox', { name: 'Quantity' }).fill('1200');
    await form.getByRole('button', { name: 'Record' }).click();
    const table = page.getByRole('region', { name: 'Consumption' }).getByRole('table');
    const row = table.getByRole('row').filter({ hasText: consumer });
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain('€540.00'); // 1,200 × €0.45
  });

  it('imports consumption from CSV: a preview with the problem per line, then the import', async () => {
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import consumption from CSV' });
    const csv = dialog.getByRole('textbox', { name: 'CSV content' });
    await csv.fill(`team,service,month,quantity\n${consumer},${core},${month(1)},100\n${consumer},${core},2026-13,5`);
    await dialog.getByRole('button', { name: 'Check' }).click();
    const problems = dialog.getByRole('region', { name: /problem/ });
    const problem = problems.getByRole('row').filter({ hasText: '2026-13' });
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/^3\s+month/);
    expect(await dialog.getByRole('button', { name: 'Apply import' }).isDisabled()).toBe(true);

    await csv.fill(`team,service,month,quantity\n${consumer},${core},${month(1)},100`);
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('1 entry is ready to import, €45.00 in total.').waitFor();
    await dialog.getByRole('button', { name: 'Apply import' }).click();
    await dialog.getByText('Import applied').waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'hidden' });

    const table = page.getByRole('region', { name: 'Consumption' }).getByRole('table');
    await expect.poll(() => table.innerText()).toContain('€45.00');
    expect(await table.innerText()).toContain('€585.00'); // the total of both months
  });

  it('shows the consumption on the consuming team’s page', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: consumer }).first().click();
    const services = page.getByRole('region', { name: 'Services' });
    const row = services.getByRole('row').filter({ hasText: core });
    await row.waitFor();
    expect(await row.innerText()).toContain('€585.00');
  });
});
