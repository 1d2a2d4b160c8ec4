/**
 * How the portfolio and team views scale with the size of the workspace.
 *
 * Each measured request is reported as a ratio to GET /api/health (one trivial database round
 * trip through the same in-process app) measured in the same run, so the figures compare across
 * noisy machines. Run: npm run bench  (BENCH_TEAMS=… to change the size).
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/api/app.ts';
import { addMembership, createPerson, createTeam, createUser, systemActor, transitionTeam, type Ctx } from '../src/core/index.ts';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';

const TEAMS = Number(process.env['BENCH_TEAMS'] ?? 200);
const MEMBERS_PER_TEAM = 10;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 40);

const database = await openDatabase({ dataDir: 'memory://' });
await migrate(database);
const ctx: Ctx = { db: database.db, actor: systemActor, requestId: null, now: () => new Date(), timeZone: 'Europe/Berlin' };

const seedStart = performance.now();
let someTeam = '';
for (let t = 0; t < TEAMS; t++) {
  const lead = await createPerson(ctx, { name: `Business ${t}`, email: `b${t}@bench.test`, discipline: 'product', jobTitle: '' });
  const it = await createPerson(ctx, { name: `IT ${t}`, email: `i${t}@bench.test`, discipline: 'engineering', jobTitle: '' });
  let team = await createTeam(ctx, { name: `Team ${String(t).padStart(4, '0')}`, kind: 'fusion', mission: '', mandateKind: 'product', mandateScope: '', customerSegment: '', businessLeadId: lead.id, itLeadId: it.id });
  for (let m = 0; m < MEMBERS_PER_TEAM; m++) {
    const person = m === 0 ? lead : m === 1 ? it : await createPerson(ctx, { name: `Member ${t}-${m}`, email: `m${t}-${m}@bench.test`, discipline: m % 2 ? 'data' : 'marketing', jobTitle: '' });
    await addMembership(ctx, team.id, { personId: person.id, role: 'Mitglied', allocation: 100, startDate: '2026-01-01', endDate: null });
  }
  team = await transitionTeam(ctx, { id: team.id, expectedVersion: team.version, to: 'chartered' });
  someTeam = team.id;
}
const seedMs = performance.now() - seedStart;
await createUser(ctx, { email: 'bench@bench.test', displayName: 'Bench', role: 'admin', personId: null, password: 'bench-password-1234' });

const app = await buildApp({ db: database.db, secret: 'b'.repeat(40) });
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'bench@bench.test', password: 'bench-password-1234' } });
const cookie = `tandem_session=${login.cookies.find((c) => c.name === 'tandem_session')!.value}`;

async function median(url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS + 5; i++) {
    const start = performance.now();
    const res = await app.inject({ url, headers: { cookie } });
    const elapsed = performance.now() - start;
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}: ${res.body.slice(0, 200)}`);
    if (i >= 5) times.push(elapsed); // first rounds warm up the JIT and caches
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const baseline = await median('/api/health');
const cases: Array<[string, string]> = [
  ['portfolio, all teams (limit 500)', '/api/v1/teams?limit=500'],
  ['portfolio, first page of 50', '/api/v1/teams?limit=50'],
  ['team page', `/api/v1/teams/${someTeam}`],
  ['people, first page of 100', '/api/v1/people?limit=100'],
];
console.log(`Workspace: ${TEAMS} teams, ${TEAMS * MEMBERS_PER_TEAM} memberships (seeded through the use cases in ${(seedMs / 1000).toFixed(1)} s)`);
console.log(`Baseline GET /api/health: median ${baseline.toFixed(2)} ms over ${ROUNDS} rounds`);
for (const [name, url] of cases) {
  const ms = await median(url);
  console.log(`${name.padEnd(34)} median ${ms.toFixed(2).padStart(7)} ms   ${(ms / baseline).toFixed(1).padStart(6)} × baseline`);
}
await app.close();
await database.close();
