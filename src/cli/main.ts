import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { UserCreate, OrgRole, ORG_ROLES } from '../contracts/index.ts';
import { ConsumptionImport } from '../contracts/index.ts';
import { buildApp } from '../api/app.ts';
import { createUser, DEMO_PASSWORD, demoLogins as demoUsers, DomainError, hasUsers, isDemoWorkspace, seedDemoWorkspace, verifyChain } from '../core/index.ts';
import { importConsumption } from '../core/index.ts';
import { SCALES, seedScale, type Scale } from '../core/index.ts';
import { importLedgerFile, verifyLedger } from '../core/index.ts';
import { importMeasurementFile } from '../core/index.ts';
import { ConfigError, loadConfig } from './config.ts';
import { runFileImport } from './file-import.ts';
import { openMigrated, systemCtx } from './runtime.ts';

const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

const program = new Command('tandem').description('Tandem — run your fusion teams').showHelpAfterError();

program
  .command('serve')
  .description('Start the API and web app')
  .option('--demo', 'seed the Musterversicherung AG demo workspace into a new, empty data folder')
  .action(async (options: { demo?: boolean }) => {
    const config = loadConfig();
    if (options.demo && config.production) throw new ConfigError('--demo is refused when NODE_ENV=production: production never gets a demo workspace');
    const database = await openMigrated(config);
    const ctx = systemCtx(database, config);
    if (options.demo && !(await hasUsers(database.db))) {
      const seeded = await seedDemoWorkspace(ctx);
      console.log(`Seeded the demo workspace Musterversicherung AG: ${seeded.people} people, ${seeded.teams} teams, ${seeded.services} services, ${seeded.consumption} consumption entries, ${seeded.decisions} decisions, ${seeded.assessments} maturity assessments, ${seeded.surveys} pulse surveys, ${seeded.initiatives} roadmap initiatives, ${seeded.budgets} budgets, ${seeded.ledgerEntries} ledger entries, ${seeded.metrics} metrics, ${seeded.measurements} measurements, ${seeded.objectives} objectives, ${seeded.users} accounts.`);
    }
    const app = await buildApp({ db: database.db, secret: config.secret, timeZone: config.timeZone, secureCookies: config.secureCookies, trustProxy: config.trustProxy, webRoot, logger: config.production });
    const close = async () => {
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', close);
    process.once('SIGTERM', close);
    await app.listen({ port: config.port, host: config.host });
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port}`;
    console.log(`\nTandem is running at ${url}  (API docs: ${url}/api/docs)`);
    console.log(database.kind === 'pglite' ? `Data: embedded PostgreSQL in ${config.dataDir}/db` : 'Data: PostgreSQL at DATABASE_URL');
    if (await isDemoWorkspace(database.db)) {
      const admin = demoUsers.find((u) => u.role === 'admin')!;
      console.log(`Demo workspace — sign in as ${admin.email} with password "${DEMO_PASSWORD}" (admin).`);
      const others = demoUsers.filter((u) => u !== admin);
      const shown = others.slice(0, 4);
      console.log(`Other demo accounts, same password: ${shown.map((u) => `${u.email} (${u.role})`).join(', ')} and ${others.length - shown.length} more (Users page).`);
    } else if (!(await hasUsers(database.db))) {
      console.log('No accounts yet. Create the first admin:  npx tandem user create --email you@example.com --name "Your Name" --role admin');
    }
  });

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .action(async () => {
    const database = await openMigrated(loadConfig());
    await database.close();
    console.log('Database is up to date.');
  });

const audit = program.command('audit').description('The audit log');
audit
  .command('verify')
  .description('Recompute the audit hash chain; exits 1 when it is broken')
  .action(async () => {
    const database = await openMigrated(loadConfig());
    const result = await verifyChain(database.db);
    await database.close();
    if (result.ok) {
      console.log(`Audit chain intact: ${result.checked} events verified.`);
    } else {
      console.error(`Audit chain BROKEN at event #${result.brokenAt}: ${result.reason}. ${result.checked} events before it verified.`);
      process.exitCode = 1;
    }
  });

const user = program.command('user').description('Accounts');
user
  .command('create')
  .description('Create a local account; the password is read from TANDEM_PASSWORD or standard input')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>', 'display name')
  .addOption(new Option('--role <role>').choices(ORG_ROLES).default('member'))
  .action(async (options: { email: string; name: string; role: OrgRole }) => {
    const password = process.env['TANDEM_PASSWORD'] ?? (await readStdin()).trim();
    const parsed = UserCreate.safeParse({ email: options.email, displayName: options.name, role: options.role, password });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
      process.exitCode = 2;
      return;
    }
    const config = loadConfig();
    const database = await openMigrated(config);
    try {
      const created = await createUser(systemCtx(database, config), parsed.data);
      console.log(`Created ${created.role} ${created.email}.`);
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('Generate a synthetic organization into an empty database (PGlite in the data folder, or DATABASE_URL), for scale tests and benchmarks')
  .addOption(new Option('--scale <size>', 'S = 100 teams, L = 1,000, XL = 10,000 (about 5 million ledger entries)').choices(Object.keys(SCALES)).makeOptionMandatory())
  .option('--seed <n>', 'the same seed gives the same organization', '1')
  .action(async (options: { scale: Scale; seed: string }) => {
    const seed = Number(options.seed);
    if (!/^-?\d+$/.test(options.seed) || !Number.isSafeInteger(seed)) {
      console.error(`--seed: must be a whole number, not "${options.seed}"`);
      process.exitCode = 2;
      return;
    }
    const config = loadConfig();
    const database = await openMigrated(config);
    try {
      console.log(`Generating scale ${options.scale} (${SCALES[options.scale].toLocaleString('en')} teams, seed ${seed}) into ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}/db` : 'PostgreSQL at DATABASE_URL'} …`);
      const result = await seedScale(systemCtx(database, config, 'cli seed'), { scale: options.scale, seed, onProgress: (m) => console.log(`  ${m}`) });
      const c = result.counts;
      const n = (v: number) => v.toLocaleString('en');
      console.log(
        `Generated fiscal years ${result.fiscalYears.join(' and ')}: ${n(c.teams)} teams, ${n(c.people)} people, ${n(c.memberships)} memberships, ${n(c.services)} services, ` +
          `${n(c.consumption)} consumption entries, ${n(c.budgets)} approved budgets (${n(c.budgetLines)} lines), ${n(c.ledgerEntries)} ledger entries, ` +
          `${n(c.ledgerMonthly)} + ${n(c.ledgerTeamMonth)} aggregate rows in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
      );
      console.log(`Goals of the previous and the current quarter: ${n(c.metrics)} metrics, ${n(c.measurements)} measurements, ${n(c.objectives)} objectives, ${n(c.keyResults)} key results.`);
    } finally {
      await database.close();
    }
  });

const consumption = program.command('consumption').description('Consumption of core services, data platforms and AI services');
consumption
  .command('import <file>')
  .description('Check a CSV file of consumption (columns team, service, month, quantity); with --apply, record it as one batch')
  .requiredOption('--key <idempotency-key>', 'the batch key: applying the same file again under it records nothing twice')
  .option('--apply', 'record the rows; without it the file is only checked')
  .action(async (file: string, options: { key: string; apply?: boolean }) => {
    let csv: string;
    try {
      csv = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(`tandem: cannot read ${file}: ${(error as Error).message}`);
      process.exitCode = 2;
      return;
    }
    const parsed = ConsumptionImport.safeParse({ csv, idempotencyKey: options.key, dryRun: !options.apply });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') === 'idempotencyKey' ? '--key' : issue.path.join('.') || 'input'}: ${issue.message}`);
      process.exitCode = 2;
      return;
    }
    const config = loadConfig();
    const database = await openMigrated(config);
    try {
      const result = await importConsumption(systemCtx(database, config, 'cli consumption import'), parsed.data).catch((error: unknown) => {
        if (!(error instanceof DomainError)) throw error;
        console.error(`tandem: ${error.message}`);
        for (const f of error.fields) console.error(`  ${f.field === 'idempotencyKey' ? '--key' : f.field}: ${f.message}`);
        return null;
      });
      if (!result) {
        process.exitCode = 1;
        return;
      }
      for (const e of result.errors) console.error(`${file}:${e.row}: ${e.column}: ${e.message}`);
      const total = formatCents(result.preview.reduce((sum, p) => sum + p.costCents, 0));
      if (result.errors.length) {
        console.error(`${result.rows} rows, ${result.errors.length} problems; nothing was recorded.`);
        process.exitCode = 1;
      } else if (!result.result) {
        console.log(`${result.rows} rows checked, no problems; total cost ${total}. Nothing recorded yet: run again with --apply to record them.`);
      } else if (result.result.replayed) {
        console.log(`Batch ${result.result.idempotencyKey} was already recorded (${result.result.entries} entries); nothing was recorded again.`);
      } else {
        console.log(`Recorded ${result.result.entries} entries as batch ${result.result.idempotencyKey}; total cost ${formatCents(result.result.totalCostCents)}.`);
      }
    } finally {
      await database.close();
    }
  });

const finance = program.command('finance').description('Budgets, actuals and the ledger');
finance
  .command('verify')
  .description('Recompute the monthly sums from the ledger; exits 1 when one differs or a batch is incomplete')
  .action(async () => {
    const config = loadConfig();
    const database = await openMigrated(config);
    try {
      const result = await verifyLedger(systemCtx(database, config, 'cli finance verify'));
      if (result.ok) {
        console.log(`Ledger intact: ${result.entries} entries, ${result.aggregates} monthly sums agree with them.`);
        return;
      }
      console.error(`Ledger sums DO NOT MATCH the ledger: ${result.mismatches.length} differences, ${result.incompleteBatches.length} incomplete batches.`);
      for (const m of result.mismatches) console.error(`  team ${m.teamId}, ${m.month}, ${m.kind}: the sum says ${formatCents(m.storedCents)}, the entries ${formatCents(m.ledgerCents)}`);
      for (const b of result.incompleteBatches) console.error(`  batch ${b.batchId}: ${b.found} of ${b.expected} entries`);
      process.exitCode = 1;
    } finally {
      await database.close();
    }
  });

finance
  .command('import <file>')
  .description('Check a CSV or xlsx file of actual cost and revenue (columns team, month, kind, category, expense_type, stream, amount, reference); with --apply, book it in batches of 10,000')
  .option('--apply', 'book the rows; without it the file is only checked')
  .option('--key <idempotency-key>', 'prefix of the batch keys (default: from the file’s SHA-256): running the same file again books nothing twice')
  .action((file: string, options: { key?: string; apply?: boolean }) =>
    runFileImport(file, options, {
      name: 'ledger-file',
      actorLabel: 'cli finance import',
      progress: { verb: 'Booking', unit: 'rows' },
      nothingDone: 'nothing was booked',
      run: importLedgerFile,
      report: (result, { apply, key }) => {
        if (!apply) {
          console.log(`${result.rows} rows checked, no problems; total ${formatCents(result.totalCents)}. Nothing booked yet: run again with --apply to book them.`);
          return;
        }
        const replayed = result.batches.filter((b) => b.replayed);
        const fresh = result.batches.filter((b) => !b.replayed);
        const entries = fresh.reduce((n, b) => n + b.entries, 0);
        console.log(`Booked ${entries} entries in ${fresh.length} batches (keys ${key}:1 to :${result.batches.length}); total of the file ${formatCents(result.totalCents)}.`);
        if (replayed.length) console.log(`${replayed.length} of ${result.batches.length} batches were booked before and were not booked again.`);
      },
    }),
  );

const measurements = program.command('measurements').description('Measurements of the metrics behind goals and key results');
measurements
  .command('import <file>')
  .description('Check a CSV or xlsx file of measurements (columns metric, measured_at, value, optionally unit); with --apply, record it in batches of 10,000')
  .addOption(new Option('--format <format>', 'the file’s format (default: from its extension)').choices(['csv', 'xlsx']))
  .option('--apply', 'record the rows; without it the file is only checked')
  .option('--key <idempotency-key>', 'prefix of the batch keys (default: from the file’s SHA-256): running the same file again records nothing twice')
  .action((file: string, options: { format?: 'csv' | 'xlsx'; key?: string; apply?: boolean }) =>
    runFileImport(file, options, {
      name: 'measurement-file',
      actorLabel: 'cli measurements import',
      progress: { verb: 'Recording', unit: 'measurements' },
      nothingDone: 'nothing was recorded',
      run: importMeasurementFile,
      report: (result, { apply, key }) => {
        const span = result.from && result.to ? `, from ${result.from} to ${result.to}` : '';
        if (!apply) {
          console.log(`${result.rows} rows checked, no problems: ${result.metrics} metrics${span}. Nothing recorded yet: run again with --apply to record them.`);
          return;
        }
        const replayed = result.batches.filter((b) => b.replayed);
        const fresh = result.batches.filter((b) => !b.replayed);
        const points = fresh.reduce((n, b) => n + b.points, 0);
        const corrected = fresh.reduce((n, b) => n + b.corrected, 0);
        console.log(`Recorded ${points} measurements in ${fresh.length} batches (keys ${key}:1 to :${result.batches.length}); ${corrected} replaced an earlier value.`);
        if (replayed.length) console.log(`${replayed.length} of ${result.batches.length} batches were recorded before and were not recorded again.`);
      },
    }),
  );

/** 123456 → "1234.56", -5 → "-0.05": whole cents, no floating point. */
function formatCents(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write('Password (at least 12 characters), then Enter: ');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DomainError) {
      console.error(`tandem: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}
