import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

describe.skipIf(!canRun)('a team from proposal to sunset', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const name = `Test-Team ${Date.now()}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await newPage(browser, 'en'));
    await login(page, server.url, DEMO.portfolioOffice, 'en', '/teams/new');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows field messages, then creates the team with both leads', async () => {
    await page.getByRole('heading', { level: 1, name: 'New team' }).waitFor();
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.getByText('Required').first().waitFor();

    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Mission' }).fill('Claims paid within a day.');
    await page.getByRole('combobox', { name: 'Business lead' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('combobox', { name: 'IT lead' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Create team' }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(page.url()).toMatch(/\/teams\/[0-9a-f-]{36}$/);
    await page.getByText('Proposed', { exact: true }).waitFor();
  });

  it('charters the team', async () => {
    await page.getByRole('button', { name: 'Charter' }).click();
    await page.getByText('Chartered', { exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Charter' }).count()).toBe(0);
  });

  it('adds a member and ends the membership again', async () => {
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add member' });
    await dialog.getByRole('combobox', { name: 'Person' }).click();
    // Someone with spare capacity, so the 100 % rule is not in the way.
    await page.getByRole('option', { name: /, (\d|[1-4]\d)% allocated\)/ }).first().click();
    await dialog.getByRole('textbox', { name: 'Role' }).fill('Product Owner');
    await dialog.getByRole('textbox', { name: 'Allocation' }).fill('20');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const members = page.getByRole('table');
    await members.getByText('Product Owner').waitFor();
    expect(await members.innerText()).toContain('20%');

    await page.getByRole('button', { name: /^End membership of / }).click();
    const end = page.getByRole('dialog', { name: 'End membership' });
    await end.getByRole('button', { name: 'End membership' }).click();
    await end.waitFor({ state: 'hidden' });
  });

  it('refuses a member who would exceed 100 % and says why', async () => {
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add member' });
    await dialog.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: /, 100% allocated\)/ }).first().click();
    await dialog.getByRole('textbox', { name: 'Role' }).fill('Architect');
    await dialog.getByRole('textbox', { name: 'Allocation' }).fill('50');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('more than 100');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('tells the user when someone else changed the team, and saves after the reload', async () => {
    const teamId = page.url().split('/').pop()!;
    const status = await page.evaluate(async (id) => {
      const team = (await (await fetch(`/api/v1/teams/${id}`)).json()) as { version: number };
      const response = await fetch(`/api/v1/teams/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'if-match': `"${team.version}"` },
        body: JSON.stringify({ mission: 'Changed in another tab' }),
      });
      return response.status;
    }, teamId);
    expect(status).toBe(200);

    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit team' });
    await dialog.getByRole('textbox', { name: 'Customer segment' }).fill('Small businesses');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText()).toContain('Someone else changed this');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Small businesses').waitFor();
  });

  it('activates and finally sunsets the team, which makes it read-only', async () => {
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByText('Active', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Sunset' }).click();
    await page.getByRole('dialog', { name: 'Sunset this team?' }).getByRole('button', { name: 'Sunset team' }).click();
    await page.getByText('This team has been sunset').waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add member' }).count()).toBe(0);
  });
});
