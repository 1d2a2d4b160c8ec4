import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

describe.skipIf(!canRun)('administration', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await newPage(browser, 'en'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a clear message for wrong credentials', async () => {
    await page.goto(server.url + '/');
    await page.getByRole('textbox', { name: 'Email' }).fill(DEMO.admin);
    await page.getByRole('textbox', { name: 'Password' }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Email or password is not correct');
  });

  it('verifies the audit chain and shows what an event changed', async () => {
    await login(page, server.url, DEMO.admin, 'en', '/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText('Audit chain intact').waitFor();

    const toggle = page.getByRole('button', { name: /^Show changes of event/ }).first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('columnheader', { name: 'Before' }).waitFor();
  });

  it('creates an API token, shows it once, and revokes it', async () => {
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Finance import');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Copy the token now').waitFor();
    const token = await page.getByLabel('New API token').innerText();
    expect(token.length).toBeGreaterThan(20);

    await page.getByRole('button', { name: 'I have saved it' }).click();
    expect(await page.getByText(token).count()).toBe(0);

    await page.getByRole('button', { name: 'Revoke token Finance import' }).click();
    await page.getByRole('dialog', { name: 'Revoke token?' }).getByRole('button', { name: 'Revoke token' }).click();
    await page.getByText('Revoked', { exact: true }).waitFor();
  });

  it('creates a user and changes their role', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'New user' }).click();
    const create = page.getByRole('dialog', { name: 'New user' });
    await create.getByRole('textbox', { name: 'Email' }).fill('new.colleague@example.com');
    await create.getByRole('textbox', { name: 'Display name' }).fill('New Colleague');
    await create.getByRole('textbox', { name: 'Initial password' }).fill('short');
    await create.getByRole('button', { name: 'Save' }).click();
    await create.getByText('At least 12 characters', { exact: true }).waitFor();
    await create.getByRole('textbox', { name: 'Initial password' }).fill('a sufficiently long password');
    await create.getByRole('button', { name: 'Save' }).click();
    await create.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Edit New Colleague' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit New Colleague' });
    await edit.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Viewer' }).click();
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /New Colleague/ });
    await expect.poll(() => row.innerText()).toContain('Viewer');
  });

  it('logs out, and a viewer sees neither admin pages nor change buttons', async () => {
    await page.getByRole('button', { name: 'Anna Berger', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await login(page, server.url, DEMO.viewer, 'en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'People' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'New team' }).count()).toBe(0);

    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);

    await page.goto(server.url + '/users');
    await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
  });
});
