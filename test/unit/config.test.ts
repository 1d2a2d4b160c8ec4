import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/cli/config.ts';

const dataDir = () => mkdtempSync(join(tmpdir(), 'tandem-config-'));

describe('loadConfig', () => {
  it('refuses production without a secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TANDEM_DATA_DIR: dataDir() })).toThrow(ConfigError);
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ TANDEM_SECRET: 'short', TANDEM_DATA_DIR: dataDir() })).toThrow(/at least 32/);
  });

  it('keeps one generated secret per data folder outside production', () => {
    const dir = dataDir();
    const first = loadConfig({ TANDEM_DATA_DIR: dir });
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ TANDEM_DATA_DIR: dir }).secret).toBe(first.secret);
    expect(first).toMatchObject({ production: false, port: 3000, secureCookies: false, databaseUrl: undefined });
  });

  it('uses secure cookies in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', TANDEM_SECRET: 'x'.repeat(32), TANDEM_DATA_DIR: dataDir() }).secureCookies).toBe(true);
  });
});
