import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Config {
  production: boolean;
  databaseUrl: string | undefined;
  dataDir: string;
  secret: string;
  port: number;
  host: string;
  timeZone: string;
  secureCookies: boolean;
  trustProxy: boolean | string;
}

export class ConfigError extends Error {}

/** Reads settings from the environment. Production refuses to guess a secret. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env['NODE_ENV'] === 'production';
  const dataDir = resolve(env['TANDEM_DATA_DIR'] ?? './data');
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env['PORT']}"`);
  let secret = env['TANDEM_SECRET'] || undefined;
  if (secret !== undefined && secret.length < 32) throw new ConfigError('TANDEM_SECRET must be at least 32 characters');
  if (!secret) {
    if (production) throw new ConfigError('TANDEM_SECRET is required when NODE_ENV=production (at least 32 random characters, e.g. `openssl rand -base64 48`)');
    secret = localSecret(dataDir);
  }
  return {
    production,
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir,
    secret,
    port,
    host: env['HOST'] ?? (production ? '0.0.0.0' : 'localhost'),
    timeZone: env['TANDEM_TIME_ZONE'] ?? 'Europe/Berlin',
    secureCookies: env['TANDEM_SECURE_COOKIES'] ? env['TANDEM_SECURE_COOKIES'] === 'true' : production,
    trustProxy: parseTrustProxy(env['TANDEM_TRUST_PROXY']),
  };
}

/** Outside production a secret is made once per data folder, so sessions survive restarts. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** "true", or a comma-separated list of proxy addresses/CIDRs; unset trusts no proxy. */
function parseTrustProxy(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  return value === 'true' ? true : value;
}
