import type { BudgetLine, CostCategory, ExpenseType } from '../../contracts/index.ts';
import { demoPeople, demoTeams, demoUsers, DEMO_TODAY } from './demo-data.ts';
import { demoConsumption, demoServices } from './demo-operating-model.ts';

/**
 * The demo workspace's money (Musterversicherung AG): a calendar fiscal year in euros, fiscal
 * years 2025 and 2026 with approved budgets, monthly actuals from the general ledger's month-end
 * export, one reallocation, two corrected bookings and a 2027 budget waiting for its decision.
 * Amounts are integer cents. Everything here is pure data and arithmetic; seed-demo-workspace.ts
 * books it through the use cases.
 *
 * The story:
 * - E-Scooter-Versicherung builds from September 2025 and launches in December: premium revenue
 *   ("E-Scooter-Haftpflicht", "Diebstahlschutz" as an add-on) grows with the policies in force,
 *   marketing is front-loaded around the launch and the start of the traffic year in March 2026,
 *   people cost is steady once the team is staffed, cloud cost grows with the policies.
 * - Digitale Schadenmeldung runs over its 2026 budget: a third backend developer from March and
 *   external fraud-model consultants that the plan did not foresee.
 * - Kernsystem Versicherung charges its cost out: its direct cost each month is what the fusion
 *   teams' consumption of its core services costs at its unit prices, so its P&L nets to about 0
 *   from June 2025, when showback started.
 * - The portfolio office moves marketing budget from Maklerportal to E-Scooter for the traffic-
 *   year campaign; Kfz-Tarifrechner (chartered in October 2026) proposes its 2027 budget.
 */

export const DEMO_FIRST_FISCAL_YEAR = 2025;
export const DEMO_FISCAL_YEARS = [2025, 2026] as const;
/** Who books the general ledger's month-end export and decides budgets. */
export const DEMO_CONTROLLER = 'sabine.hoffmann';
export const DEMO_FINANCE_SETTINGS_ON = '2024-11-04';

const CURRENT_MONTH = DEMO_TODAY.slice(0, 7);

/** Every month of the two fiscal years, and those with actuals: the closed ones before "today". */
export const DEMO_FINANCE_MONTHS: string[] = DEMO_FISCAL_YEARS.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`));
export const DEMO_ACTUAL_MONTHS: string[] = DEMO_FINANCE_MONTHS.filter((m) => m < CURRENT_MONTH);

/** Teams with money in the demo: every team but the proposed Cyber-KMU idea. */
export const DEMO_FINANCE_TEAMS = ['escooter', 'schadenmeldung', 'maklerportal', 'kfz-tarifrechner', 'kernsystem', 'daten-ki'] as const;
export type DemoFinanceTeam = (typeof DEMO_FINANCE_TEAMS)[number];

export interface DemoCost {
  team: DemoFinanceTeam;
  month: string;
  category: CostCategory;
  expenseType: ExpenseType;
  amountCents: number;
  reference: string;
}

export interface DemoRevenue {
  team: DemoFinanceTeam;
  month: string;
  stream: string;
  amountCents: number;
  reference: string;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const euro = (n: number) => Math.round(n * 100);
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const yearOf = (month: string) => Number(month.slice(0, 4));

/** A deterministic number in [0, 1) per key: the demo is the same on every run. */
function noise(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

const SIDE = new Map(demoPeople.map((p) => [p.key, ['product', 'sales', 'marketing', 'operations', 'finance', 'actuarial', 'legal'].includes(p.discipline) ? 'business' : 'it']));

/** Employer's full monthly cost of one full-time equivalent (salary, social security, workplace); +3.5 % in 2026 (collective agreement). */
function fteCostCents(person: string, month: string): number {
  const base = SIDE.get(person) === 'business' ? 8_300 : 8_900;
  return euro(base * (yearOf(month) >= 2026 ? 1.035 : 1));
}

/** The team's people cost in a month: every membership by its allocation and the share of the month it covers. */
export function peopleCostCents(team: DemoFinanceTeam, month: string): number {
  const t = demoTeams.find((x) => x.key === team)!;
  const first = `${month}-01`;
  const last = `${month}-${String(daysIn(month)).padStart(2, '0')}`;
  let cents = 0;
  for (const m of t.members) {
    const from = m.startDate > first ? m.startDate : first;
    const end = m.endDate ?? null;
    const to = end !== null && end < last ? end : last;
    if (from > to) continue;
    const days = Number(to.slice(8, 10)) - Number(from.slice(8, 10)) + 1;
    cents += Math.round((fteCostCents(m.person, month) * m.allocation * days) / 100 / daysIn(month));
  }
  return cents;
}

// ---------------------------------------------------------------------------------------------
// Showback: what consumption costs at the unit prices (as the ledger books it)
// ---------------------------------------------------------------------------------------------

const SERVICE = new Map(demoServices.map((s) => [s.key, s]));

/** Allocated cost per team and month from the demo consumption; a team using its own service is not charged. */
export function demoShowback(): Map<string, { charged: number; chargedOut: number }> {
  const out = new Map<string, { charged: number; chargedOut: number }>();
  const add = (team: string, month: string, field: 'charged' | 'chargedOut', cents: number) => {
    const key = `${team}|${month}`;
    const v = out.get(key) ?? { charged: 0, chargedOut: 0 };
    v[field] += cents;
    out.set(key, v);
  };
  for (const c of demoConsumption()) {
    const s = SERVICE.get(c.service)!;
    if (s.unitPriceCents === null || s.ownerTeam === c.team) continue;
    const cents = c.quantity * s.unitPriceCents;
    add(c.team, c.month, 'charged', cents);
    if (s.ownerTeam !== null) add(s.ownerTeam, c.month, 'chargedOut', cents);
  }
  return out;
}

export function allocatedCents(team: DemoFinanceTeam, month: string): number {
  const v = demoShowback().get(`${team}|${month}`);
  return v ? v.charged - v.chargedOut : 0;
}

// ---------------------------------------------------------------------------------------------
// E-Scooter: policies in force and premium
// ---------------------------------------------------------------------------------------------

/** Policies issued per month: the demo consumption of the policy administration service. */
function escooterIssued(month: string): number {
  return demoConsumption().find((c) => c.team === 'escooter' && c.service === 'bestandsfuehrung' && c.month === month)?.quantity ?? 0;
}

export const ESCOOTER_PREMIUM_CENTS = 4_900; // a year, liability (decision "Jahresprämie Verkehrsjahr 2026: 49 €")
export const ESCOOTER_THEFT_CENTS = 2_400; // a year, the theft add-on
export const ESCOOTER_THEFT_TAKE_RATE = 0.3;

/** Policies in force at the end of a month: every month 1 % are cancelled. */
export function escooterInForce(month: string): number {
  let inForce = 0;
  for (const m of DEMO_FINANCE_MONTHS) {
    if (m > month) break;
    inForce = Math.round(inForce * 0.99) + escooterIssued(m);
  }
  return inForce;
}

// ---------------------------------------------------------------------------------------------
// The cost model, month by month (all 24 months; actuals are booked for the closed ones)
// ---------------------------------------------------------------------------------------------

/** E-Scooter's marketing: launch campaign in December 2025, the big one for the traffic year from March 2026. */
const ESCOOTER_MARKETING: Record<string, number> = {
  '2025-10': 40_000, '2025-11': 90_000, '2025-12': 160_000,
  '2026-01': 120_000, '2026-02': 180_000, '2026-03': 220_000, '2026-04': 120_000, '2026-05': 70_000,
  '2026-06': 45_000, '2026-07': 38_000, '2026-08': 36_000, '2026-09': 42_000, '2026-10': 40_000, '2026-11': 38_000, '2026-12': 35_000,
};

function ref(prefix: string, team: string, month: string) {
  return `${prefix}-${month.replace('-', '')}-${team.slice(0, 4).toUpperCase()}`;
}

/** The direct cost of one team in one month, by category (before any correction). */
export function modelledCost(team: DemoFinanceTeam, month: string): DemoCost[] {
  const rows: DemoCost[] = [];
  const push = (category: CostCategory, expenseType: ExpenseType, cents: number, prefix: string) => {
    if (cents > 0) rows.push({ team, month, category, expenseType, amountCents: Math.round(cents), reference: ref(prefix, team, month) });
  };
  const n = (what: string) => 0.95 + 0.1 * noise(`${team}:${what}:${month}`);
  const people = peopleCostCents(team, month);
  if (people === 0 && team !== 'kernsystem') return rows;
  const fte = people / euro(8_600);
  push('people', 'opex', people, 'HR');
  push('licences', 'opex', euro(380) * fte * n('lic'), 'LIZ');
  push('other', 'opex', euro(140) * fte * n('other'), 'RK');
  const i = monthIndex(month) - monthIndex('2025-01');
  switch (team) {
    case 'escooter': {
      const inForce = escooterInForce(month);
      push('cloud', 'opex', euro(1_800) + inForce * 9 * n('cloud'), 'AWS');
      push('marketing', 'opex', euro(ESCOOTER_MARKETING[month] ?? 0) * n('mkt'), 'MKT');
      // The app agency builds the first release (capitalised), then only maintenance.
      if (month >= '2025-10' && month <= '2026-02') push('external', 'capex', euro(62_000) * n('ext'), 'EXT');
      else if (month > '2026-02') push('external', 'opex', euro(9_000) * n('ext'), 'EXT');
      break;
    }
    case 'schadenmeldung': {
      push('cloud', 'opex', euro(7_500) * (1 + 0.02 * i) * n('cloud'), 'AZR');
      push('marketing', 'opex', euro(4_000) * n('mkt'), 'MKT');
      // Fraud-model consultants from April 2026: not in the 2026 plan.
      push('external', 'opex', euro(month >= '2026-04' ? 48_000 : 14_000) * n('ext'), 'EXT');
      break;
    }
    case 'maklerportal': {
      push('cloud', 'opex', euro(5_200) * (1 + 0.01 * i) * n('cloud'), 'AZR');
      // Trade fairs (DKM in October) and broker events; fewer in 2026.
      const fair = month.endsWith('-10') ? 2.5 : 1;
      push('marketing', 'opex', euro(yearOf(month) >= 2026 ? 8_000 : 19_000) * fair * n('mkt'), 'MKT');
      push('external', 'opex', euro(11_000) * n('ext'), 'EXT');
      break;
    }
    case 'kfz-tarifrechner': {
      push('cloud', 'opex', euro(3_000) * n('cloud'), 'AZR');
      push('external', 'capex', euro(45_000) * n('ext'), 'EXT');
      push('marketing', 'opex', month >= '2026-11' ? euro(6_000) * n('mkt') : 0, 'MKT');
      break;
    }
    case 'daten-ki': {
      push('cloud', 'opex', euro(24_000) * (1 + 0.015 * i) * n('cloud'), 'AZR');
      push('external', 'opex', euro(8_000) * n('ext'), 'EXT');
      break;
    }
    case 'kernsystem': {
      // Charged out in full: what is not people, licences and travel is data centre and cloud,
      // split by the host migration's progress (the host shrinks, the cloud grows).
      const chargedOut = demoShowback().get(`kernsystem|${month}`)?.chargedOut ?? 0;
      const direct = rows.reduce((s, r) => s + r.amountCents, 0);
      // (within half a per cent: prices are set for the year, cost moves month by month)
      const rest = chargedOut > 0 ? Math.round(chargedOut * (0.995 + 0.01 * noise(`kern:${month}`))) - direct : euro(95_000) * n('rz');
      const cloudShare = Math.min(0.7, 0.2 + 0.025 * i);
      push('cloud', 'opex', rest * cloudShare, 'AZR');
      push('external', 'opex', rest - Math.round(rest * cloudShare), 'RZ');
      break;
    }
  }
  return rows;
}

let costCache: DemoCost[] | null = null;

/** The actual cost the month-end exports deliver: every closed month of both fiscal years. */
export function demoActualCosts(): DemoCost[] {
  costCache ??= DEMO_ACTUAL_MONTHS.flatMap((month) => DEMO_FINANCE_TEAMS.flatMap((team) => modelledCost(team, month)));
  return costCache;
}

export const ESCOOTER_STREAMS = { liability: 'E-Scooter-Haftpflicht', theft: 'Diebstahlschutz' } as const;
export const MAKLER_STREAM = 'Neugeschäft Gewerbe-Sach (Makler)';

/** Earned premium by stream; Maklerportal's broker new business grows slowly. */
export function demoRevenue(): DemoRevenue[] {
  const rows: DemoRevenue[] = [];
  for (const month of DEMO_ACTUAL_MONTHS) {
    const inForce = escooterInForce(month);
    if (inForce > 0) {
      rows.push({ team: 'escooter', month, stream: ESCOOTER_STREAMS.liability, amountCents: Math.round((inForce * ESCOOTER_PREMIUM_CENTS) / 12), reference: ref('PR', 'escooter', month) });
      rows.push({ team: 'escooter', month, stream: ESCOOTER_STREAMS.theft, amountCents: Math.round((inForce * ESCOOTER_THEFT_TAKE_RATE * ESCOOTER_THEFT_CENTS) / 12), reference: ref('PR', 'escooter-d', month) });
    }
    if (month >= '2025-03') {
      const i = monthIndex(month) - monthIndex('2025-03');
      rows.push({ team: 'maklerportal', month, stream: MAKLER_STREAM, amountCents: euro(185_000 * (1 + 0.012 * i) * (0.92 + 0.16 * noise(`makler:rev:${month}`))), reference: ref('PR', 'maklerportal', month) });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Budgets
// ---------------------------------------------------------------------------------------------

export interface DemoBudget {
  team: DemoFinanceTeam;
  fiscalYear: number;
  proposer: string;
  proposedOn: string;
  /** Absent: still waiting for the portfolio office. */
  approvedOn?: string;
  note: string;
  lines: BudgetLine[];
}

/**
 * What the team planned against the modelled year: each category's direct cost (cloud with the
 * expected showback, which the ledger books as cloud cost), times the team's planning factor,
 * rounded up to whole thousands of euros.
 */
function plannedLines(team: DemoFinanceTeam, fiscalYear: number, factor: (category: CostCategory) => number): BudgetLine[] {
  const sums = new Map<string, number>();
  for (const month of DEMO_FINANCE_MONTHS.filter((m) => yearOf(m) === fiscalYear)) {
    for (const c of modelledCost(team, month)) sums.set(`${c.category}|${c.expenseType}`, (sums.get(`${c.category}|${c.expenseType}`) ?? 0) + c.amountCents);
    const allocated = Math.max(0, allocatedCents(team, month));
    if (allocated > 0) sums.set('cloud|opex', (sums.get('cloud|opex') ?? 0) + allocated);
  }
  return [...sums].map(([key, cents]) => {
    const [category, expenseType] = key.split('|') as [CostCategory, ExpenseType];
    return { category, expenseType, amountCents: Math.ceil((cents * factor(category)) / 100_000) * 100_000 };
  });
}

const flat = (f: number) => () => f;

export const demoBudgets: DemoBudget[] = [
  // Fiscal year 2025: planned in November 2024 (E-Scooter when it was founded)
  { team: 'kernsystem', fiscalYear: 2025, proposer: 'michael.schneider', proposedOn: '2024-11-12', approvedOn: '2024-12-10', note: 'Betrieb der Kernservices und Beginn der Host-Migration.', lines: plannedLines('kernsystem', 2025, flat(1.03)) },
  { team: 'daten-ki', fiscalYear: 2025, proposer: 'carina.weber', proposedOn: '2024-11-14', approvedOn: '2024-12-10', note: 'Aufbau Data Lake und GenAI-Gateway.', lines: plannedLines('daten-ki', 2025, flat(1.05)) },
  { team: 'maklerportal', fiscalYear: 2025, proposer: 'thomas.lange', proposedOn: '2024-11-18', approvedOn: '2024-12-11', note: 'Start des Teams im März; Messen DKM und Maklertage.', lines: plannedLines('maklerportal', 2025, flat(1.04)) },
  { team: 'schadenmeldung', fiscalYear: 2025, proposer: 'markus.schmitz', proposedOn: '2024-11-20', approvedOn: '2024-12-12', note: 'Start im April, Dunkelverarbeitung bis 2.000 €.', lines: plannedLines('schadenmeldung', 2025, flat(1.05)) },
  { team: 'escooter', fiscalYear: 2025, proposer: 'katharina.schulte', proposedOn: '2025-08-20', approvedOn: '2025-08-27', note: 'Aufbau ab September, Start der App im Dezember.', lines: plannedLines('escooter', 2025, flat(1.08)) },
  // Fiscal year 2026: planned in November 2025
  { team: 'kernsystem', fiscalYear: 2026, proposer: 'claudia.fuchs', proposedOn: '2025-11-10', approvedOn: '2025-12-03', note: 'Host-Migration, zweite Hälfte; Stückpreise decken die Kosten.', lines: plannedLines('kernsystem', 2026, flat(1.02)) },
  { team: 'daten-ki', fiscalYear: 2026, proposer: 'tobias.jung', proposedOn: '2025-11-11', approvedOn: '2025-12-03', note: 'MLOps und Feature Store für alle Teams.', lines: plannedLines('daten-ki', 2026, flat(1.04)) },
  // The portfolio office moves 150,000 € of this marketing budget to E-Scooter in February.
  { team: 'maklerportal', fiscalYear: 2026, proposer: 'sebastian.schmid', proposedOn: '2025-11-13', approvedOn: '2025-12-04', note: 'BiPRO-Ausbau; Messebudget wie 2025.', lines: plannedLines('maklerportal', 2026, (c) => (c === 'marketing' ? 2.6 : 1.08)) },
  // Planned without the third backend developer and the fraud-model consultants: runs over.
  { team: 'schadenmeldung', fiscalYear: 2026, proposer: 'markus.schmitz', proposedOn: '2025-11-17', approvedOn: '2025-12-04', note: 'Betrieb und Ausbau der Dunkelverarbeitung.', lines: plannedLines('schadenmeldung', 2026, (c) => (c === 'external' ? 0.45 : c === 'people' ? 0.93 : 1.0)) },
  // Marketing planned short of the traffic-year campaign, which the reallocation then funds.
  { team: 'escooter', fiscalYear: 2026, proposer: 'katharina.schulte', proposedOn: '2025-11-19', approvedOn: '2025-12-05', note: 'Erstes volles Jahr am Markt, Kampagne zum Verkehrsjahr.', lines: plannedLines('escooter', 2026, (c) => (c === 'marketing' ? 0.86 : 1.05)) },
  { team: 'kfz-tarifrechner', fiscalYear: 2026, proposer: 'nadine.krause', proposedOn: '2026-09-15', approvedOn: '2026-09-24', note: 'Start im Oktober: Team, Tarifmodell-Anbindung, erste Strecke.', lines: plannedLines('kfz-tarifrechner', 2026, flat(1.1)) },
  // Fiscal year 2027: proposed, waiting for the portfolio office.
  {
    team: 'kfz-tarifrechner',
    fiscalYear: 2027,
    proposer: 'nadine.krause',
    proposedOn: '2026-11-20',
    note: 'Erstes volles Jahr: Online-Abschluss zum Wechselgeschäft am 30. November 2027.',
    lines: [
      { category: 'people', expenseType: 'opex', amountCents: euro(690_000) },
      { category: 'cloud', expenseType: 'opex', amountCents: euro(60_000) },
      { category: 'licences', expenseType: 'opex', amountCents: euro(32_000) },
      { category: 'marketing', expenseType: 'opex', amountCents: euro(240_000) },
      { category: 'external', expenseType: 'capex', amountCents: euro(420_000) },
      { category: 'other', expenseType: 'opex', amountCents: euro(12_000) },
    ],
  },
];

export const demoReallocation = {
  fiscalYear: 2026,
  from: 'maklerportal' as DemoFinanceTeam,
  to: 'escooter' as DemoFinanceTeam,
  category: 'marketing' as CostCategory,
  expenseType: 'opex' as ExpenseType,
  month: '2026-03',
  amountCents: euro(150_000),
  on: '2026-02-20',
  reason: 'Kampagne zum Verkehrsjahr 2026 (ab 1. März): Das Maklerportal nimmt 2026 an weniger Messen teil und gibt den Betrag frei.',
};

// ---------------------------------------------------------------------------------------------
// Corrections: two bookings that were wrong and are reversed with a reason
// ---------------------------------------------------------------------------------------------

export interface DemoCorrection {
  /** The wrong booking, entered by hand. */
  wrong: { team: DemoFinanceTeam; month: string; category: CostCategory; expenseType: ExpenseType; amountCents: number; reference: string; by: string; on: string };
  reversal: { by: string; on: string; reason: string };
  /** The right booking that replaces it, if any. */
  rebook?: { team: DemoFinanceTeam; by: string; on: string };
}

export const demoCorrections: DemoCorrection[] = [
  {
    wrong: { team: 'maklerportal', month: '2026-05', category: 'marketing', expenseType: 'opex', amountCents: euro(18_450), reference: 'RE-2026-0412', by: 'thomas.lange', on: '2026-05-29' },
    reversal: { by: DEMO_CONTROLLER, on: '2026-06-03', reason: 'Rechnung RE-2026-0412 (Maklertag Nord) war schon im Monatsexport Mai enthalten – doppelt erfasst.' },
  },
  {
    wrong: { team: 'escooter', month: '2026-02', category: 'cloud', expenseType: 'opex', amountCents: euro(12_780), reference: 'AZR-2026-02-7781', by: 'jonas.becker', on: '2026-03-10' },
    reversal: { by: DEMO_CONTROLLER, on: '2026-03-12', reason: 'Falsche Kostenstelle: Die Azure-Rechnung AZR-2026-02-7781 gehört zur Digitalen Schadenmeldung.' },
    rebook: { team: 'schadenmeldung', by: 'daniel.koch', on: '2026-03-12' },
  },
];

/** The month-end export of a month is booked on its last day (fast close). */
export function exportDayOf(month: string): string {
  return `${month}-${String(daysIn(month)).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Reading the story back (for the self-check and the tests)
// ---------------------------------------------------------------------------------------------

export function budgetTotal(team: DemoFinanceTeam, fiscalYear: number): number {
  const b = demoBudgets.find((x) => x.team === team && x.fiscalYear === fiscalYear && x.approvedOn !== undefined);
  const r = demoReallocation;
  const moved = r.fiscalYear === fiscalYear ? (r.to === team ? r.amountCents : r.from === team ? -r.amountCents : 0) : 0;
  return (b ? b.lines.reduce((s, l) => s + l.amountCents, 0) : 0) + moved;
}

/** Direct plus allocated cost of the closed months of a fiscal year. */
export function actualTotal(team: DemoFinanceTeam, fiscalYear: number): number {
  const months = DEMO_ACTUAL_MONTHS.filter((m) => yearOf(m) === fiscalYear);
  const direct = demoActualCosts().filter((c) => c.team === team && months.includes(c.month)).reduce((s, c) => s + c.amountCents, 0);
  return direct + months.reduce((s, m) => s + allocatedCents(team, m), 0);
}

/** The run-rate forecast of pnl-rules.ts: closed months plus the last three months' average for the rest. */
export function forecastTotal(team: DemoFinanceTeam, fiscalYear: number): number {
  const months = DEMO_FINANCE_MONTHS.filter((m) => yearOf(m) === fiscalYear);
  const actual = months.map((m) => (m < CURRENT_MONTH ? demoActualCosts().filter((c) => c.team === team && c.month === m).reduce((s, c) => s + c.amountCents, 0) + allocatedCents(team, m) : 0));
  const closed = months.filter((m) => m < CURRENT_MONTH).length;
  const window = actual.slice(Math.max(0, closed - 3), closed);
  const runRate = window.length ? Math.floor(window.reduce((a, b) => a + b, 0) / window.length) : 0;
  return actual.slice(0, closed).reduce((a, b) => a + b, 0) + runRate * (12 - closed);
}

/** Everything the seed relies on; an empty list means the data is consistent. */
export function checkDemoFinance(): string[] {
  const errors: string[] = [];
  const users = new Set(demoUsers.map((u) => u.person));
  if (!users.has(DEMO_CONTROLLER) || demoUsers.find((u) => u.person === DEMO_CONTROLLER)?.role !== 'portfolio_office') errors.push(`${DEMO_CONTROLLER} must be a portfolio office user`);
  for (const b of demoBudgets) {
    const team = demoTeams.find((t) => t.key === b.team);
    const what = `budget ${b.team} ${b.fiscalYear}`;
    if (!team) {
      errors.push(`${what}: unknown team`);
      continue;
    }
    if (b.proposer !== team.businessLead && b.proposer !== team.itLead) errors.push(`${what}: ${b.proposer} does not lead the team`);
    if (!users.has(b.proposer)) errors.push(`${what}: ${b.proposer} has no user`);
    if (b.approvedOn !== undefined && b.approvedOn <= b.proposedOn) errors.push(`${what}: approved before it was proposed`);
    if (b.proposedOn >= DEMO_TODAY || (b.approvedOn ?? '') >= DEMO_TODAY) errors.push(`${what}: dates must lie before ${DEMO_TODAY}`);
    if (Number(b.proposedOn.slice(0, 4)) + 1 < b.fiscalYear) errors.push(`${what}: proposed more than a year ahead`);
    if (b.lines.length === 0) errors.push(`${what}: has no lines`);
    if (new Set(b.lines.map((l) => `${l.category}|${l.expenseType}`)).size !== b.lines.length) errors.push(`${what}: a category and expense type twice`);
    if (b.lines.some((l) => !Number.isSafeInteger(l.amountCents) || l.amountCents < 0)) errors.push(`${what}: an amount that is not whole, non-negative cents`);
  }
  const r = demoReallocation;
  const source = demoBudgets.find((b) => b.team === r.from && b.fiscalYear === r.fiscalYear && b.approvedOn !== undefined && b.approvedOn < r.on);
  if (!source) errors.push('reallocation: the source team has no budget approved before it');
  else if ((source.lines.find((l) => l.category === r.category && l.expenseType === r.expenseType)?.amountCents ?? 0) < r.amountCents) errors.push('reallocation: more than the source line holds');
  if (!demoBudgets.some((b) => b.team === r.to && b.fiscalYear === r.fiscalYear && b.approvedOn !== undefined && b.approvedOn < r.on)) errors.push('reallocation: the target team has no budget approved before it');
  for (const c of demoCorrections) {
    if (!(c.wrong.on < c.reversal.on || c.wrong.on === c.reversal.on)) errors.push(`correction ${c.wrong.reference}: reversed before it was booked`);
    for (const who of [c.wrong.by, c.reversal.by, c.rebook?.by].filter((x): x is string => x !== undefined)) if (!users.has(who)) errors.push(`correction ${c.wrong.reference}: ${who} has no user`);
  }
  for (const c of demoActualCosts()) if (!Number.isSafeInteger(c.amountCents) || c.amountCents <= 0) errors.push(`cost ${c.reference}: ${c.amountCents} is not positive whole cents`);
  return errors;
}

