// Browser journeys against a real Tandem: each test file starts its own server on a free port
// with a fresh demo workspace in a temporary data folder, and drives it with headless Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'tandem-demo';
export const DEMO = {
  admin: 'anna.berger@musterversicherung.de',
  portfolioOffice: 'sabine.hoffmann@musterversicherung.de',
  member: 'katharina.schulte@musterversicherung.de',
  viewer: 'friedrich.kraemer@musterversicherung.de',
} as const;

/** The suite needs a browser and a built web app; without them it is skipped, not failed. */
export const canRun = existsSync(CHROMIUM) && existsSync(join(ROOT, 'dist/web/index.html'));

export interface Server {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['bin/tandem.mjs', 'serve', '--demo'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: dataDir, NODE_ENV: 'test', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser profile in the given UI language (the app picks it up from the browser). */
export async function newPage(browser: Browser, language: 'de' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: language === 'de' ? 'de-DE' : 'en-GB', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

const LABELS = {
  de: { email: 'E-Mail', password: 'Passwort', submit: 'Anmelden' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
} as const;

export async function login(page: Page, baseUrl: string, email: string, language: 'de' | 'en', path = '/') {
  const labels = LABELS[language];
  await page.goto(baseUrl + path);
  await page.getByRole('textbox', { name: labels.email }).fill(email);
  await page.getByRole('textbox', { name: labels.password }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Accessibility violations on the current page, as readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
