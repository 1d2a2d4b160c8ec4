import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, canRun, DEMO, launchBrowser, login, newPage, startServer, type Server } from './support/harness.ts';

// A decision whose budget impact exceeds the team's autonomy limit: recorded and submitted by a
// team lead, approved by the person who holds the required role, decided with its reason on the
// page. In German, so the money input ("105.000,00") and the reason sentence are German too.
// Then axe on the new main pages.

const euro = (cents: number) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
const euroInput = (cents: number) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(cents / 100);

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

describe.skipIf(!canRun)('decisions and their approval', () => {
  let server: Server;
  let browser: Browser;
  let admin: Page;
  let lead: Page;
  const stamp = Date.now();
  const title = `Zusätzliche Kampagne ${stamp}`;
  const approver = { name: `Bettina Board ${stamp}`, email: `board.${stamp}@example.com`, password: 'board-approver-2026' };
  let team: { id: string; name: string; autonomyLimitCents: number | null };
  let boardRole: { key: string; name: string };
  let limitCents: number;
  let decisionUrl: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page: admin } = await newPage(browser, 'de'));
    await login(admin, server.url, DEMO.admin, 'de');

    // A holder of the approving role whom nobody else shares: a new person with a user of their own.
    const model = await call<{
      version: number;
      roles: { key: string; name: string; responsibilities: string; approver: boolean; holders: { id: string }[] }[];
      cadences: Json[];
      decisionWaitDays: number;
      decisionRules: { defaultAutonomyLimitCents: number; rules: { when: { exceedsTeamLimit?: boolean }; approverRole: string }[] };
    }>(admin, 'GET', '/operating-model');
    const rule = model.decisionRules.rules.find((r) => r.when.exceedsTeamLimit && Object.keys(r.when).length === 1);
    if (!rule) throw new Error('the demo decision rights have no rule for budget beyond the team limit');
    boardRole = model.roles.find((r) => r.key === rule.approverRole)!;
    const person = await call<{ id: string }>(admin, 'POST', '/people', { name: approver.name, email: approver.email, discipline: 'finance', jobTitle: 'Vorständin' });
    await call(admin, 'POST', '/users', { email: approver.email, displayName: approver.name, role: 'member', personId: person.id, password: approver.password });
    await call(
      admin,
      'PUT',
      '/operating-model',
      {
        roles: model.roles.map((r) => ({
          key: r.key,
          name: r.name,
          responsibilities: r.responsibilities,
          approver: r.approver,
          holderIds: [...r.holders.map((h) => h.id), ...(r.key === boardRole.key ? [person.id] : [])],
        })),
        cadences: model.cadences,
        decisionWaitDays: model.decisionWaitDays,
      },
      model.version,
    );

    // The team the member leads, and the limit its decisions are judged by.
    ({ page: lead } = await newPage(browser, 'de'));
    await login(lead, server.url, DEMO.member, 'de');
    const me = await call<{ personId: string }>(lead, 'GET', '/me');
    const teams = await call<{ items: { id: string; stage: string; businessLead: { id: string } | null; itLead: { id: string } | null }[] }>(lead, 'GET', '/teams');
    const led = teams.items.find((t) => t.stage !== 'sunset' && (t.businessLead?.id === me.personId || t.itLead?.id === me.personId));
    if (!led) throw new Error('the demo member leads no team');
    team = await call(lead, 'GET', `/teams/${led.id}`);
    limitCents = team.autonomyLimitCents ?? model.decisionRules.defaultAutonomyLimitCents;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records a decision with a budget impact above the team limit, typed the German way', async () => {
    await lead.goto(`${server.url}/teams/${team.id}`);
    await lead.getByRole('link', { name: 'Entscheidung erfassen' }).click();
    await lead.getByRole('heading', { level: 1, name: 'Entscheidung erfassen' }).waitFor();

    await lead.getByRole('textbox', { name: 'Titel' }).fill(title);
    await lead.getByRole('combobox', { name: 'Kategorie' }).click();
    await lead.getByRole('option', { name: 'Budget', exact: true }).click();
    await lead.getByRole('textbox', { name: 'Kontext' }).fill('Die Saison beginnt früher als geplant.');
    await lead.getByRole('button', { name: 'Option hinzufügen' }).click();
    await lead.getByRole('textbox', { name: 'Option 1' }).fill('Kampagne wie geplant im März');
    await lead.getByRole('button', { name: 'Option hinzufügen' }).click();
    await lead.getByRole('textbox', { name: 'Option 2' }).fill('Zusätzliche Kampagne ab Februar');
    await lead.getByRole('textbox', { name: 'Entscheidung', exact: true }).fill('Zusätzliche Kampagne ab Februar');
    await lead.getByRole('textbox', { name: 'Begründung' }).fill('Mehr Abschlüsse vor Beginn des Verkehrsjahres.');
    await lead.getByRole('textbox', { name: 'Budgetwirkung' }).fill(euroInput(limitCents + 3_000_000));
    await lead.getByRole('button', { name: 'Entscheidung speichern' }).click();

    await lead.getByRole('heading', { level: 1, name: title }).waitFor();
    decisionUrl = lead.url();
    expect(decisionUrl).toMatch(/\/decisions\/[0-9a-f-]{36}$/);
    // Not submitted yet: the page previews what the current decision rights would ask.
    await lead.getByText(`Bräuchte die Freigabe durch ${boardRole.name}, weil:`).waitFor();
    const id = decisionUrl.split('/').pop()!;
    const saved = await call<{ budgetImpactCents: number; status: string; options: string[] }>(lead, 'GET', `/decisions/${id}`);
    expect(saved).toMatchObject({ budgetImpactCents: limitCents + 3_000_000, status: 'proposed' });
    expect(saved.options).toHaveLength(2);
  });

  it('submits it and names whose approval it needs and why, with euros in German', async () => {
    await lead.getByRole('button', { name: 'Einreichen' }).click();
    await lead.getByText(`Braucht die Freigabe durch ${boardRole.name}, weil:`).waitFor();
    const reason = `Budgetwirkung ${euro(limitCents + 3_000_000)} übersteigt das Limit des Teams von ${euro(limitCents)}`;
    await lead.getByText(reason).waitFor();
    await lead.getByText('Wartet auf Freigabe', { exact: true }).first().waitFor();
    // The proposer cannot approve their own decision, and nobody may edit it any more.
    expect(await lead.getByRole('button', { name: /^Freigeben als/ }).count()).toBe(0);
    expect(await lead.getByRole('button', { name: 'Bearbeiten' }).count()).toBe(0);
  });

  it('is approved by the holder of the required role, and then decided with its reason', async () => {
    const { context, page } = await newPage(browser, 'de');
    await page.goto(`${server.url}/decisions`);
    await page.getByRole('textbox', { name: 'E-Mail' }).fill(approver.email);
    await page.getByRole('textbox', { name: 'Passwort' }).fill(approver.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Entscheidungen' }).waitFor();

    // "Awaiting my approval" narrows the list to what this person can approve.
    await page.getByRole('switch', { name: 'Wartet auf meine Freigabe' }).check();
    await expect.poll(() => page.url()).toContain('awaiting=true');
    await page.getByRole('table').getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await page.getByRole('button', { name: `Freigeben als ${boardRole.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Freigeben als ${boardRole.name}` });
    await dialog.getByRole('textbox', { name: 'Kommentar' }).fill('Freigegeben; Wirkung im Quartals-Review zeigen.');
    await dialog.getByRole('button', { name: 'Freigeben', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('.mantine-Badge-root').filter({ hasText: /^Entschieden$/ }).first().waitFor();
    const reason = `Budgetwirkung ${euro(limitCents + 3_000_000)} übersteigt das Limit des Teams von ${euro(limitCents)}`;
    await page.getByText(reason).waitFor();
    const approvals = page.getByRole('region', { name: 'Freigaben' });
    await approvals.getByText(approver.name).waitFor();
    await approvals.getByText('Freigegeben; Wirkung im Quartals-Review zeigen.').waitFor();
    expect(await page.getByRole('button', { name: /^Freigeben als/ }).count()).toBe(0);

    const id = decisionUrl.split('/').pop()!;
    const decided = await call<{ status: string; decidedAt: string | null }>(page, 'GET', `/decisions/${id}`);
    expect(decided.status).toBe('decided');
    expect(decided.decidedAt).not.toBeNull();
    await context.close();
  });

  it('shows the decision as decided on the team page', async () => {
    await lead.goto(`${server.url}/teams/${team.id}`);
    const decisions = lead.getByRole('region', { name: 'Entscheidungen' });
    const row = decisions.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('Entschieden'); // badges are upper-cased by CSS only
  });

  const pages = [
    { name: 'operating model', path: () => '/operating-model', heading: 'Betriebsmodell' },
    { name: 'service catalog', path: () => '/services', heading: 'Services' },
    { name: 'decisions', path: () => '/decisions', heading: 'Entscheidungen' },
    { name: 'decision page', path: () => new URL(decisionUrl).pathname, heading: title },
  ];
  for (const { name, path, heading } of pages) {
    it(`has no accessibility violations: ${name}`, async () => {
      await admin.goto(server.url + path());
      await admin.getByRole('heading', { level: 1, name: heading }).waitFor();
      await admin.waitForLoadState('networkidle');
      expect(await axeViolations(admin)).toEqual([]);
    });
  }

  it('has no accessibility violations: a service page and its edit dialog', async () => {
    await admin.goto(`${server.url}/services?kind=core_service`);
    await admin.getByRole('table').getByRole('link').first().click();
    await admin.getByRole('heading', { level: 2, name: 'Hängt ab von' }).waitFor();
    await admin.waitForLoadState('networkidle');
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Bearbeiten' }).click();
    await admin.getByRole('dialog', { name: 'Service bearbeiten' }).waitFor();
    await admin.waitForTimeout(300); // let the opening transition finish
    expect(await axeViolations(admin)).toEqual([]);
    await admin.keyboard.press('Escape');
  });

  it('has no accessibility violations: the decision rights editor', async () => {
    await admin.goto(`${server.url}/operating-model`);
    await admin.getByRole('button', { name: 'Entscheidungsrechte bearbeiten' }).click();
    await admin.getByRole('dialog', { name: 'Entscheidungsrechte bearbeiten' }).waitFor();
    await admin.waitForTimeout(300);
    expect(await axeViolations(admin)).toEqual([]);
    await admin.keyboard.press('Escape');
  });
});
