import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tandem.mjs', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-cli-'));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function tandem(args: string[], env: Record<string, string> = {}): Promise<Result> {
  const base: NodeJS.ProcessEnv = { ...process.env, TANDEM_DATA_DIR: dataDir, ...env };
  delete base['DATABASE_URL'];
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: base, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('tandem CLI', () => {
  it('creates the first admin and reports an intact audit chain', async () => {
    const created = await tandem(['user', 'create', '--email', 'Admin@Example.test', '--name', 'Erste Admin', '--role', 'admin'], { TANDEM_PASSWORD: 'a long enough password' });
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Created admin admin@example.test');
    const verified = await tandem(['audit', 'verify']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Audit chain intact: 1 events verified/);
  });

  it('rejects a short password with the reason, creating nothing', async () => {
    const res = await tandem(['user', 'create', '--email', 'x@example.test', '--name', 'X'], { TANDEM_PASSWORD: 'short' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('password: must be at least 12 characters');
  });

  it('exits 1 and names the event when the chain was tampered with', async () => {
    const database = await openDatabase({ dataDir: join(dataDir, 'db') });
    await database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await database.db.execute(sql`update audit_events set actor_label = 'mallory' where seq = 1`);
    await database.close();
    const res = await tandem(['audit', 'verify']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('Audit chain BROKEN at event #1');
  });

  it('refuses to start in production without a secret, and never seeds a demo there', async () => {
    const noSecret = await tandem(['serve'], { NODE_ENV: 'production', TANDEM_SECRET: '' });
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain('TANDEM_SECRET is required');
    const demo = await tandem(['serve', '--demo'], { NODE_ENV: 'production', TANDEM_SECRET: 'x'.repeat(40) });
    expect(demo.code).toBe(2);
    expect(demo.stderr).toContain('--demo is refused');
  });
});
