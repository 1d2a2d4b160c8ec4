#!/usr/bin/env node
// The test command (`npm test`). Runs the vitest projects from vitest.config.ts in order:
//
//   1. unit
//   2. integration on embedded PGlite          (TANDEM_TEST_DATABASE_URL removed from the env)
//   3. integration on PostgreSQL               (TANDEM_TEST_DATABASE_URL, or a server found at the
//                                               default URL below; else skipped)
//   4. e2e in Chromium                         (needs /usr/bin/chromium; else skipped)
//
// and prints a summary ending in the line `N passed, N failed, N skipped` (test counts).
// Exit code 1 when anything failed; with CI=true also when any suite was skipped or ran no test.
//
// Usage: node scripts/test.mjs [--only unit,integration-pglite,integration-postgres,e2e] [vitest args...]
// Every other argument goes to each `vitest run` unchanged (e.g. a file filter or `-t name`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_DIR = join(ROOT, '.tmp', 'test-report');
const CHROMIUM = '/usr/bin/chromium';
const DEFAULT_PG_URL = 'postgres://tandem:tandem@127.0.0.1:5432/postgres';
const TEST_DB_PREFIX = 'tandem_test_'; // keep in sync with test/support/postgres.ts
const STALE_TEST_DB_SECONDS = 3600;
const CI = ['true', '1'].includes(String(process.env.CI ?? '').toLowerCase());
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// ---------------------------------------------------------------------------------------------
// arguments

const SUITE_IDS = ['unit', 'integration-pglite', 'integration-postgres', 'e2e'];
let only = null;
const passthrough = [];
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      only = new Set(String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
      const unknown = [...only].filter((id) => !SUITE_IDS.includes(id));
      if (unknown.length > 0 || only.size === 0) {
        console.error(`--only takes a comma-separated list of: ${SUITE_IDS.join(', ')}`);
        process.exit(2);
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        'Usage: node scripts/test.mjs [--only <suites>] [vitest args...]\n' +
          `Suites: ${SUITE_IDS.join(', ')}\n` +
          'Env: TANDEM_TEST_DATABASE_URL (PostgreSQL server URL with a maintenance db), CI=true (skips fail)',
      );
      process.exit(0);
    } else {
      passthrough.push(arg);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// helpers

function baseEnv() {
  const env = { ...process.env };
  // Tests must never reach a real database by accident: they get theirs from the harness.
  delete env.DATABASE_URL;
  delete env.TANDEM_TEST_DATABASE_URL;
  return env;
}

let currentChild = null;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (currentChild) currentChild.kill(signal);
    console.error(`\ntest: interrupted (${signal})`);
    process.exit(130);
  });
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    currentChild = child;
    child.on('error', (error) => {
      currentChild = null;
      console.error(`test: cannot start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      currentChild = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparseable URL>';
  }
}

/** Connects, checks the role may create databases, drops stale test databases. */
async function checkPostgres(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT rolcreatedb OR rolsuper AS can FROM pg_roles WHERE rolname = current_user',
    );
    if (!rows[0]?.can) throw new Error('the role in the URL lacks CREATEDB (run scripts/pg-start.sh)');
    // Databases left behind by interrupted runs: created by test/support/postgres.ts, named
    // tandem_test_<unix seconds>_<pid>_<hex>. Only old ones, so concurrent runs are left alone.
    const stale = await client.query(
      `SELECT datname FROM pg_database WHERE datname ~ $1`,
      [`^${TEST_DB_PREFIX}[0-9]+_[0-9]+_[0-9a-f]+$`],
    );
    const now = Math.floor(Date.now() / 1000);
    for (const { datname } of stale.rows) {
      const created = Number(datname.slice(TEST_DB_PREFIX.length).split('_')[0]);
      if (now - created > STALE_TEST_DB_SECONDS) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
      }
    }
  } finally {
    await client.end().catch(() => {});
  }
}

/** Counts the tests a project holds without running them (for the skipped-suite count). */
async function countTests(project) {
  const file = join(REPORT_DIR, `${project}.list.json`);
  rmSync(file, { force: true });
  const child = spawn(NPX, ['vitest', 'list', '--project', project, `--json=${file}`, ...passthrough], {
    cwd: ROOT,
    env: baseEnv(),
    stdio: 'ignore',
  });
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const list = code === 0 ? readJson(file) : null;
  return Array.isArray(list) ? list.length : 0;
}

// ---------------------------------------------------------------------------------------------
// suites

/**
 * @typedef {{ status: 'passed'|'failed'|'skipped', reason?: string,
 *             passed: number, failed: number, skipped: number, ms: number }} Outcome
 */

const suites = [
  { id: 'unit', label: 'unit', project: 'unit', prepare: async () => ({ env: baseEnv() }) },
  {
    id: 'integration-pglite',
    label: 'integration (PGlite)',
    project: 'integration',
    prepare: async () => ({ env: baseEnv() }),
  },
  {
    id: 'integration-postgres',
    label: 'integration (PostgreSQL)',
    project: 'integration',
    prepare: async () => {
      const given = process.env.TANDEM_TEST_DATABASE_URL?.trim();
      const url = given || DEFAULT_PG_URL;
      try {
        await checkPostgres(url);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        if (given) {
          return { fail: `TANDEM_TEST_DATABASE_URL=${redact(url)} is not usable: ${why}` };
        }
        return {
          skip: `TANDEM_TEST_DATABASE_URL is not set and no server answered at ${redact(url)} (${why}); ` +
            'start one with: export TANDEM_TEST_DATABASE_URL="$(bash scripts/pg-start.sh)"',
        };
      }
      console.log(`test: PostgreSQL at ${redact(url)}${given ? '' : ' (found by probing; TANDEM_TEST_DATABASE_URL not set)'}`);
      return { env: { ...baseEnv(), TANDEM_TEST_DATABASE_URL: url } };
    },
  },
  {
    id: 'e2e',
    label: 'e2e (Chromium)',
    project: 'e2e',
    prepare: async () => {
      if (!existsSync(CHROMIUM)) {
        return {
          skip: `${CHROMIUM} not found (apt-get install -y --no-install-recommends chromium fonts-dejavu-core)`,
        };
      }
      if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
        console.warn('test: warning: dist/web/index.html is missing; run `npm run build` if the e2e tests need it');
      }
      return { env: baseEnv() };
    },
  },
];

/** @returns {Promise<Outcome>} */
async function runSuite(suite, env) {
  const report = join(REPORT_DIR, `${suite.id}.json`);
  rmSync(report, { force: true });
  const args = [
    'vitest', 'run',
    '--project', suite.project,
    '--passWithNoTests', // an empty suite is reported below as "ran no test", not as a crash
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...passthrough,
  ];
  const started = Date.now();
  const code = await run(NPX, args, env);
  const ms = Date.now() - started;
  const json = readJson(report);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (json) {
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A file that failed to load has no failed test of its own: count it as one failure.
    for (const file of json.testResults ?? []) {
      const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
      if (file.status === 'failed' && failedTests === 0) failed += 1;
    }
  }
  if (code !== 0) {
    if (failed === 0) failed = 1; // crashed, unhandled error, bad config...
    const reason = json ? undefined : `vitest exited with code ${code} and wrote no report`;
    return { status: 'failed', reason, passed, failed, skipped, ms };
  }
  if (passed + failed === 0) {
    return {
      status: 'skipped',
      reason: skipped > 0 ? `ran no test (${skipped} skipped or todo)` : 'ran no test (no test files matched)',
      passed, failed, skipped, ms,
    };
  }
  return { status: 'passed', passed, failed, skipped, ms };
}

// ---------------------------------------------------------------------------------------------
// main

mkdirSync(REPORT_DIR, { recursive: true });
const results = [];
const totals = new Map(); // project -> number of tests seen, for skipped-suite counts

for (const suite of suites) {
  if (only && !only.has(suite.id)) continue;
  console.log(`\n━━━ ${suite.label} ${'━'.repeat(Math.max(3, 60 - suite.label.length))}`);
  const prep = await suite.prepare();
  let outcome;
  if (prep.fail) {
    console.log(`test: FAILED before running: ${prep.fail}`);
    outcome = { status: 'failed', reason: prep.fail, passed: 0, failed: 1, skipped: 0, ms: 0 };
  } else if (prep.skip) {
    const held = totals.get(suite.project) ?? (await countTests(suite.project));
    console.log(`test: SKIPPED: ${prep.skip}`);
    outcome = { status: 'skipped', reason: prep.skip, passed: 0, failed: 0, skipped: held, ms: 0 };
  } else {
    outcome = await runSuite(suite, prep.env);
    totals.set(suite.project, outcome.passed + outcome.failed + outcome.skipped);
  }
  results.push({ suite, outcome });
}

const sum = (key) => results.reduce((n, r) => n + r.outcome[key], 0);
const width = Math.max(...results.map((r) => r.suite.label.length), 5);
console.log(`\n━━━ Test summary ${'━'.repeat(50)}`);
for (const { suite, outcome } of results) {
  const counts = `${outcome.passed} passed, ${outcome.failed} failed, ${outcome.skipped} skipped`;
  const time = outcome.ms ? `  ${seconds(outcome.ms)}` : '';
  console.log(`  ${suite.label.padEnd(width)}  ${outcome.status.toUpperCase().padEnd(7)}  ${counts}${time}`);
  if (outcome.reason) console.log(`  ${' '.repeat(width)}  ↳ ${outcome.reason}`);
}

const anyFailed = results.some((r) => r.outcome.status === 'failed');
const anySkipped = results.some((r) => r.outcome.status === 'skipped');
if (results.length === 0) console.log('  (no suite selected)');
if (CI && anySkipped) console.log('CI=true: a skipped suite, or one that ran no test, counts as a failure.');
console.log(`${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`);

process.exitCode = anyFailed || results.length === 0 || (CI && anySkipped) ? 1 : 0;
