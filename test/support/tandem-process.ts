// Real `tandem` processes for tests: the CLI as a command, and `tandem serve` as a server that can
// be stopped or killed. Each workspace has its own data folder and its own database — embedded
// PGlite in the folder, or a fresh PostgreSQL database when TANDEM_TEST_DATABASE_URL is set.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { systemActor, type Ctx } from '../../src/core/index.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createTestDatabase, testDatabaseServerUrl } from './postgres.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/tandem.mjs', import.meta.url).pathname;

export interface Workspace {
  kind: 'pglite' | 'postgres';
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** Opens (and migrates) the workspace's database in this process. Close it before a PGlite server starts. */
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

export async function createWorkspace(prefix: string): Promise<Workspace> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const env: NodeJS.ProcessEnv = { ...process.env, TANDEM_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  const serverUrl = testDatabaseServerUrl();
  const testDb = serverUrl ? await createTestDatabase(serverUrl) : null;
  if (testDb) env['DATABASE_URL'] = testDb.url;
  return {
    kind: testDb ? 'postgres' : 'pglite',
    dataDir,
    env,
    async open() {
      const database = await openDatabase(testDb ? { url: testDb.url } : { dataDir: join(dataDir, 'db') });
      await migrate(database);
      return database;
    },
    async cleanup() {
      await testDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A core context on an open database, acting as the system. */
export const ctxOn = (database: Database): Ctx => ({ db: database.db, actor: { ...systemActor, label: 'test setup' }, requestId: null, now: () => new Date(), timeZone: 'Europe/Berlin' });

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export async function tandem(workspace: Workspace, args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: workspace.env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

export interface Server {
  url: string;
  /** SIGTERM: the server closes its database and exits. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<void>;
}

/** Starts `tandem serve` on a free port and resolves once it listens. */
export async function serve(workspace: Workspace): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'serve'], { env: { ...workspace.env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tandem serve did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Tandem is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tandem serve exited with ${code}:\n${output}`));
    });
  });
  const end = async (signal: NodeJS.Signals, proc: ChildProcess) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    await exited;
  };
  return { url, stop: () => end('SIGTERM', child), kill: () => end('SIGKILL', child) };
}
