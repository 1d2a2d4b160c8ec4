/**
 * Demo workspace data, part 5: the goals of "Musterversicherung AG" — every team's metrics with a
 * year of measurements, organization-wide objectives for the third and fourth quarter of 2026, the
 * teams' objectives contributing to them, key results bound to the metrics, and check-ins.
 *
 * Pure data and arithmetic, no I/O: the measurements are generated from the story below with a
 * seeded PRNG, so every run writes the same values. People and teams are referred to by the keys
 * of demo-data.ts. seed-demo-workspace.ts writes everything through the core use cases, as the
 * people named here on the dates given. Dates are calendar dates (quarters do not move); the
 * measurements run from each metric's first day up to the day before the seeding's today, and
 * nothing dated on or after that day is written. `checkDemoGoals()` at the bottom verifies what
 * the seeder relies on.
 *
 * The story of E-Scooter-Versicherung (app-only e-scooter insurance for young adults, launched on
 * 1 December 2025; the traffic year starts on 1 March, so most plates are bought in February and
 * March, and far fewer in autumn and winter):
 * - Sales follow the season of the policy administration's consumption (demo-operating-model.ts).
 * - Apple Pay and Google Pay went live on 14 April 2026: fewer purchases break off at payment.
 * - On 15 June 2026 a minimum premium of 29 € replaced the pro-rata premium for plates bought late
 *   in the traffic year. Conversion and sales dropped for about six weeks, ratings and NPS with
 *   them, until the comparison sites and the customers had adjusted.
 * - The app release 2.0 on 1 September 2026 reads the vehicle data from a photo of the type plate
 *   and pre-fills the form: minutes to the plate fall below three, the straight-through rate jumps,
 *   and ratings and NPS recover past their spring level.
 * - The loss ratio climbs from the calculated 60 % to about 78 % by the end of the summer (the
 *   decision "Jahresprämie 2027: 59 € statt 49 €" cites it); the new premium only applies from
 *   March 2027, so the fourth quarter's key result on it stays off track.
 * - Customer acquisition cost is the month's marketing spend (demo-finance.ts) over its sales:
 *   low in the summer, high in the quiet winter months.
 *
 * Other teams: Digitale Schadenmeldung pays out faster and settles more simple claims automatically,
 * but not as fast as planned; Maklerportal's broker survey stopped after September (its metric is
 * stale on purpose); Kernsystem Versicherung had an incident in October; the data platform's GenAI
 * gateway grows with the Copilot rollout; Kfz-Tarifrechner migrates tariff features.
 *
 * Titles and comments are German (see demo-data.ts); metric names are German and English.
 */
import type { MetricAggregation, MetricDirection, MetricSource, MetricUnit } from '../../contracts/index.ts';
import { quarterBounds } from '../../contracts/index.ts';
import { DEMO_TODAY, demoTeams, demoUsers } from './demo-data.ts';
import { modelledCost } from './demo-finance.ts';
import { escooterPolicyPlan, prng } from './demo-operating-model.ts';

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type DemoCadence = 'daily' | 'weekly' | 'monthly';

export interface DemoMetric {
  key: string;
  /** DemoTeam.key */
  team: string;
  /** DemoPerson.key: a lead of the team, with a user */
  createdBy: string;
  createdOn: string;
  name: { de: string; en: string };
  unit: MetricUnit;
  direction: MetricDirection;
  aggregation: MetricAggregation;
  customerValue: boolean;
  source: MetricSource;
  expectedIntervalDays: number;
  minValue: number | null;
  maxValue: number | null;
  /** Daily: every day; weekly: every Monday (for the week before); monthly: the first Monday of a month. */
  cadence: DemoCadence;
  /** First day with a measurement */
  from: string;
  /** Last day with a measurement, for a metric whose deliveries stopped; absent while they run */
  lastOn?: string;
  /** DemoPerson.key of whoever enters a manual metric */
  enteredBy?: string;
  /** The value on a day; `noise` is uniform in [0, 1), drawn for every day from `from` on. */
  value: (day: string, noise: number) => number;
}

export interface DemoPoint {
  metric: string;
  /** The calendar day the value is for */
  day: string;
  /**
   * ISO time stamp, on the same calendar day in Europe/Berlin all year: a daily figure at 20:00 UTC
   * (the day's end), a weekly or monthly one at 06:00 UTC on its Monday (as that morning's report)
   */
  measuredAt: string;
  value: number;
}

export interface DemoCheckIn {
  on: string;
  /** DemoPerson.key: a member or lead of the team (the portfolio office for an organization objective) */
  by: string;
  comment: string;
  confidence: 'high' | 'medium' | 'low' | null;
}

export interface DemoKeyResult {
  metric: string;
  title: string;
  /** A number, or the metric aggregated over a span of days before the key result was set */
  baseline: number | { from: string; to: string };
  target: number;
  checkIns: DemoCheckIn[];
}

export interface DemoObjective {
  key: string;
  /** DemoTeam.key; null for an organization-wide objective */
  team: string | null;
  quarter: string;
  title: string;
  description: string;
  /** DemoObjective.key of the organization objective of the same quarter */
  contributesTo: string | null;
  /** DemoPerson.key: a lead of the team, or the portfolio office for an organization objective */
  createdBy: string;
  createdOn: string;
  keyResults: DemoKeyResult[];
}

// ---------------------------------------------------------------------------------------------
// Calendar and story helpers
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dateOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return dateOf(dayNumber(day) + n);
}

/** 0 = Sunday … 6 = Saturday */
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const daysInMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/** 0 before `from`, 1 from `to` on, linear in between: a change that takes hold over some days. */
function ramp(day: string, from: string, to: string): number {
  const t = (dayNumber(day) - dayNumber(from)) / (dayNumber(to) - dayNumber(from));
  return Math.min(1, Math.max(0, t));
}

/** 1 on `from`, fading to 0 by `to`, 0 outside: a shock that wears off. */
function shock(day: string, from: string, to: string): number {
  if (day < from || day >= to) return 0;
  return 1 - (dayNumber(day) - dayNumber(from)) / (dayNumber(to) - dayNumber(from));
}

/** Uniform noise in [0, 1) as a factor around 1: ±spread/2. */
const wobble = (noise: number, spread: number) => 1 - spread / 2 + spread * noise;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));


// ---------------------------------------------------------------------------------------------
// The E-Scooter story
// ---------------------------------------------------------------------------------------------

export const ESCOOTER_LAUNCH_DAY = '2025-12-01';
export const WALLETS_LIVE_ON = '2026-04-14';
export const PRICING_CHANGE_ON = '2026-06-15';
export const APP_RELEASE_ON = '2026-09-01';
const PRICING_RECOVERED_ON = '2026-07-27';

/** The drop in conversion (and with it, sales) after the pricing change: 22 % on the day, gone after six weeks. */
const pricingDip = (day: string) => 1 - 0.22 * shock(day, PRICING_CHANGE_ON, PRICING_RECOVERED_ON);

/** Sales per day as the month's plan has them, eased between months (a month's plan sits at its 15th). */
function plannedPerDay(day: string): number {
  const month = day.slice(0, 7);
  const perDay = (m: string) => escooterPolicyPlan(m) / daysInMonth(m);
  const mid = `${month}-15`;
  const other = day < mid ? addDays(`${month}-01`, -1).slice(0, 7) : addDays(`${month}-${daysInMonth(month)}`, 1).slice(0, 7);
  const otherMid = `${other}-15`;
  const share = Math.abs(dayNumber(day) - dayNumber(mid)) / Math.abs(dayNumber(otherMid) - dayNumber(mid));
  const here = perDay(month);
  // No easing into the months before the launch: the first days sell what December's plan says.
  const there = escooterPolicyPlan(other) === 0 ? here : perDay(other);
  return here + (there - here) * share * 0.5;
}

/** Young people buy at the weekend. */
const WEEKDAY_FACTOR = [1.18, 0.9, 0.88, 0.9, 0.95, 1.05, 1.22];

/** Expected sales on a day: the plan, the pricing dip and the release's lift, without the day's noise. */
function expectedSales(day: string): number {
  if (day < ESCOOTER_LAUNCH_DAY) return 0;
  return plannedPerDay(day) * pricingDip(day) * (1 + 0.08 * ramp(day, APP_RELEASE_ON, addDays(APP_RELEASE_ON, 21)));
}

const marketingCache = new Map<string, number>();
/** E-Scooter's marketing spend in a month, in cents, as demo-finance.ts books it (the last planned month after the plan). */
function marketingCents(month: string): number {
  const cached = marketingCache.get(month);
  if (cached !== undefined) return cached;
  let cents = 0;
  for (let m = month; m >= '2025-10'; m = addDays(`${m}-01`, -1).slice(0, 7)) {
    cents = modelledCost('escooter', m).find((c) => c.category === 'marketing')?.amountCents ?? 0;
    if (cents > 0) break;
  }
  marketingCache.set(month, cents);
  return cents;
}

// ---------------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------------

/** Other teams' measurements start with the goals practice in January 2026. */
const GOALS_PRACTICE_FROM = '2026-01-01';

export const demoMetrics: DemoMetric[] = [
  // ---- E-Scooter-Versicherung ----
  {
    key: 'escooter.policies_sold',
    team: 'escooter',
    createdBy: 'jonas.becker',
    createdOn: '2025-11-24',
    name: { de: 'Verkaufte Policen', en: 'Policies sold' },
    unit: 'count',
    direction: 'higher_is_better',
    aggregation: 'sum',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: ESCOOTER_LAUNCH_DAY,
    value: (day, noise) => Math.round(expectedSales(day) * WEEKDAY_FACTOR[weekday(day)]! * wobble(noise, 0.2)),
  },
  {
    key: 'escooter.straight_through_rate',
    team: 'escooter',
    createdBy: 'jonas.becker',
    createdOn: '2025-11-24',
    name: { de: 'Anteil vollautomatischer Abschlüsse (Straight-Through-Rate)', en: 'Straight-through rate' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: ESCOOTER_LAUNCH_DAY,
    value: (day, noise) =>
      round(clamp((62 + 9 * ramp(day, ESCOOTER_LAUNCH_DAY, '2026-06-01') + 12 * ramp(day, APP_RELEASE_ON, '2026-09-14') + 2.5 * ramp(day, '2026-09-14', '2026-12-31')) * wobble(noise, 0.04), 0, 100), 1),
  },
  {
    key: 'escooter.quote_to_bind',
    team: 'escooter',
    createdBy: 'jonas.becker',
    createdOn: '2025-11-24',
    name: { de: 'Abschlussquote vom Angebot zum Vertrag', en: 'Quote-to-bind conversion' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: ESCOOTER_LAUNCH_DAY,
    value: (day, noise) =>
      round(
        (11.5 + 3.5 * ramp(day, ESCOOTER_LAUNCH_DAY, '2026-03-15') + 1.5 * ramp(day, WALLETS_LIVE_ON, '2026-05-01') + 2 * ramp(day, APP_RELEASE_ON, '2026-09-21')) *
          pricingDip(day) *
          wobble(noise, 0.08),
        1,
      ),
  },
  {
    key: 'escooter.minutes_to_plate',
    team: 'escooter',
    createdBy: 'jonas.becker',
    createdOn: '2025-11-24',
    name: { de: 'Minuten vom App-Start bis zum Versicherungskennzeichen', en: 'Minutes from app start to insurance plate' },
    unit: 'minutes',
    direction: 'lower_is_better',
    aggregation: 'average',
    customerValue: true,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: ESCOOTER_LAUNCH_DAY,
    value: (day, noise) =>
      round((7.5 - 2.3 * ramp(day, ESCOOTER_LAUNCH_DAY, '2026-06-01') - 2.1 * ramp(day, APP_RELEASE_ON, '2026-09-14') - 0.4 * ramp(day, '2026-09-14', '2026-12-31')) * wobble(noise, 0.1), 1),
  },
  {
    key: 'escooter.acquisition_cost',
    team: 'escooter',
    createdBy: 'katharina.schulte',
    createdOn: '2025-11-24',
    name: { de: 'Kundengewinnungskosten je Police', en: 'Customer acquisition cost per policy' },
    unit: 'cents',
    direction: 'lower_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: 0,
    maxValue: null,
    cadence: 'daily',
    from: ESCOOTER_LAUNCH_DAY,
    value: (day, noise) => {
      const month = day.slice(0, 7);
      return Math.round((marketingCents(month) / daysInMonth(month) / expectedSales(day)) * wobble(noise, 0.16));
    },
  },
  {
    key: 'escooter.app_rating',
    team: 'escooter',
    createdBy: 'katharina.schulte',
    createdOn: '2025-11-24',
    name: { de: 'Bewertung im App Store', en: 'App store rating' },
    unit: 'score',
    direction: 'higher_is_better',
    aggregation: 'last',
    customerValue: true,
    source: 'manual',
    expectedIntervalDays: 8,
    minValue: 1,
    maxValue: 5,
    cadence: 'weekly',
    from: '2025-12-08',
    enteredBy: 'leonie.hartmann',
    value: (day, noise) =>
      round(clamp(3.9 + 0.3 * ramp(day, ESCOOTER_LAUNCH_DAY, '2026-04-01') - 0.3 * shock(day, PRICING_CHANGE_ON, PRICING_RECOVERED_ON) + 0.5 * ramp(day, APP_RELEASE_ON, '2026-10-15') + 0.08 * (noise - 0.5), 1, 5), 1),
  },
  {
    key: 'escooter.nps',
    team: 'escooter',
    createdBy: 'katharina.schulte',
    createdOn: '2025-11-24',
    name: { de: 'Net Promoter Score', en: 'Net Promoter Score' },
    unit: 'score',
    direction: 'higher_is_better',
    aggregation: 'last',
    customerValue: true,
    source: 'manual',
    expectedIntervalDays: 8,
    minValue: -100,
    maxValue: 100,
    cadence: 'weekly',
    from: '2025-12-08',
    enteredBy: 'leonie.hartmann',
    value: (day, noise) =>
      Math.round(18 + 10 * ramp(day, ESCOOTER_LAUNCH_DAY, '2026-04-01') - 10 * shock(day, PRICING_CHANGE_ON, PRICING_RECOVERED_ON) + 14 * ramp(day, APP_RELEASE_ON, '2026-10-31') + 2 * ramp(day, '2026-10-31', '2026-12-31') + 5 * (noise - 0.5)),
  },
  {
    key: 'escooter.share_18_29',
    team: 'escooter',
    createdBy: 'katharina.schulte',
    createdOn: '2025-11-24',
    name: { de: 'Anteil Kundinnen und Kunden von 18 bis 29 Jahren', en: 'Share of customers aged 18–29' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'last',
    customerValue: true,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: ESCOOTER_LAUNCH_DAY,
    value: (day, noise) =>
      round(58 + 8 * ramp(day, '2026-02-15', '2026-04-15') + 2 * ramp(day, '2026-04-15', '2026-08-31') + 1.7 * ramp(day, APP_RELEASE_ON, '2026-12-31') + 0.3 * (noise - 0.5), 1),
  },
  {
    key: 'escooter.loss_ratio',
    team: 'escooter',
    createdBy: 'katharina.schulte',
    createdOn: '2026-02-23',
    name: { de: 'Schadenquote seit Start', en: 'Loss ratio since launch' },
    unit: 'percent',
    direction: 'lower_is_better',
    aggregation: 'last',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: '2026-03-01',
    value: (day, noise) => round(52 + 26 * ramp(day, '2026-03-01', '2026-08-31') + 1.5 * ramp(day, APP_RELEASE_ON, '2026-10-15') - 2 * ramp(day, '2026-10-15', '2026-12-31') + 0.8 * (noise - 0.5), 1),
  },

  // ---- Digitale Schadenmeldung ----
  {
    key: 'claims.days_to_payout',
    team: 'schadenmeldung',
    createdBy: 'markus.schmitz',
    createdOn: '2025-12-15',
    name: { de: 'Tage von der Schadenmeldung bis zur Auszahlung (Median)', en: 'Days from first notice of loss to payout (median)' },
    unit: 'count',
    direction: 'lower_is_better',
    aggregation: 'average',
    customerValue: true,
    source: 'api',
    expectedIntervalDays: 8,
    minValue: null,
    maxValue: null,
    cadence: 'weekly',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => Math.round(12.4 - 3 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') - 1.3 * ramp(day, '2026-06-30', '2026-12-31') + 1.6 * (noise - 0.5)),
  },
  {
    key: 'claims.digital_fnol_share',
    team: 'schadenmeldung',
    createdBy: 'markus.schmitz',
    createdOn: '2025-12-15',
    name: { de: 'Anteil digitaler Schadenmeldungen', en: 'Share of digital first notices of loss' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => round((41 + 7 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') + 3.5 * ramp(day, '2026-06-30', '2026-12-31')) * wobble(noise, 0.06) * (weekday(day) === 0 || weekday(day) === 6 ? 1.05 : 1), 1),
  },
  {
    key: 'claims.auto_settled_share',
    team: 'schadenmeldung',
    createdBy: 'daniel.koch',
    createdOn: '2025-12-15',
    name: { de: 'Anteil vollautomatisch regulierter einfacher Schäden', en: 'Share of simple claims settled automatically' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => round((28 + 9 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') + 6 * ramp(day, '2026-06-30', '2026-12-31')) * wobble(noise, 0.08), 1),
  },

  // ---- Maklerportal ----
  {
    key: 'broker.bipro_share',
    team: 'maklerportal',
    createdBy: 'sebastian.schmid',
    createdOn: '2025-12-15',
    name: { de: 'Anteil Anträge über BiPRO-Schnittstellen', en: 'Share of applications via BiPRO interfaces' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => round((62 + 5 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') + 4 * ramp(day, '2026-06-30', '2026-12-31')) * wobble(noise, 0.05), 1),
  },
  {
    key: 'broker.offer_to_application_minutes',
    team: 'maklerportal',
    createdBy: 'sebastian.schmid',
    createdOn: '2025-12-15',
    name: { de: 'Minuten vom Angebot bis zum eingereichten Antrag', en: 'Minutes from quote to submitted application' },
    unit: 'minutes',
    direction: 'lower_is_better',
    aggregation: 'average',
    customerValue: true,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => round((18 - 4 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') - 3 * ramp(day, '2026-06-30', '2026-12-31')) * wobble(noise, 0.12), 1),
  },
  {
    key: 'broker.satisfaction',
    team: 'maklerportal',
    createdBy: 'thomas.lange',
    createdOn: '2025-12-15',
    name: { de: 'Zufriedenheit der Makler (Umfrage, 1–5)', en: 'Broker satisfaction (survey, 1–5)' },
    unit: 'score',
    direction: 'higher_is_better',
    aggregation: 'last',
    customerValue: true,
    source: 'manual',
    expectedIntervalDays: 35,
    minValue: 1,
    maxValue: 5,
    cadence: 'monthly',
    from: GOALS_PRACTICE_FROM,
    // The monthly survey has not been sent since the agency's contract ran out in September.
    lastOn: '2026-09-07',
    enteredBy: 'christian.meyer',
    value: (day, noise) => round(3.6 + 0.4 * ramp(day, GOALS_PRACTICE_FROM, '2026-09-30') + 0.2 * (noise - 0.5), 1),
  },

  // ---- Kernsystem Versicherung ----
  {
    key: 'core.api_availability',
    team: 'kernsystem',
    createdBy: 'claudia.fuchs',
    createdOn: '2025-12-15',
    name: { de: 'Verfügbarkeit der Kern-APIs', en: 'Core API availability' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: GOALS_PRACTICE_FROM,
    // Two incidents: the host's batch window in March and the database failover in October.
    value: (day, noise) => (day === '2026-03-18' ? 98.71 : day === '2026-10-20' ? 97.9 : day === '2026-10-21' ? 99.42 : round(Math.min(100, 99.86 + 0.06 * ramp(day, GOALS_PRACTICE_FROM, '2026-09-30') + 0.12 * (noise - 0.5)), 2)),
  },
  {
    key: 'core.lead_time_days',
    team: 'kernsystem',
    createdBy: 'claudia.fuchs',
    createdOn: '2025-12-15',
    name: { de: 'Tage von der Änderung bis zur Produktion (Median)', en: 'Days from change to production (median)' },
    unit: 'count',
    direction: 'lower_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 8,
    minValue: null,
    maxValue: null,
    cadence: 'weekly',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => Math.round(14 - 5 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') - 4 * ramp(day, '2026-06-30', '2026-12-31') + 2 * (noise - 0.5)),
  },

  // ---- Daten- & KI-Plattform ----
  {
    key: 'data.genai_weekly_users',
    team: 'daten-ki',
    createdBy: 'tobias.jung',
    createdOn: '2025-12-15',
    name: { de: 'Aktive Nutzerinnen und Nutzer des GenAI-Gateways je Woche', en: 'Weekly active users of the GenAI gateway' },
    unit: 'count',
    direction: 'higher_is_better',
    aggregation: 'last',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 8,
    minValue: null,
    maxValue: null,
    cadence: 'weekly',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => Math.round((150 + 650 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') + 1_100 * ramp(day, '2026-06-30', '2026-12-31')) * wobble(noise, 0.08)),
  },
  {
    key: 'data.quality_passed_share',
    team: 'daten-ki',
    createdBy: 'carina.weber',
    createdOn: '2025-12-15',
    name: { de: 'Anteil Kerndatensätze mit bestandener Qualitätsprüfung', en: 'Share of core data sets passing their quality checks' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'average',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 2,
    minValue: null,
    maxValue: null,
    cadence: 'daily',
    from: GOALS_PRACTICE_FROM,
    value: (day, noise) => round(Math.min(100, (91 + 3 * ramp(day, GOALS_PRACTICE_FROM, '2026-06-30') + 2.2 * ramp(day, '2026-06-30', '2026-12-31')) * wobble(noise, 0.02)), 1),
  },

  // ---- Kfz-Tarifrechner ----
  {
    key: 'kfz.tariff_features_migrated',
    team: 'kfz-tarifrechner',
    createdBy: 'florian.huber',
    createdOn: '2026-10-02',
    name: { de: 'Anteil migrierter Tarifmerkmale', en: 'Share of tariff features migrated' },
    unit: 'percent',
    direction: 'higher_is_better',
    aggregation: 'last',
    customerValue: false,
    source: 'api',
    expectedIntervalDays: 8,
    minValue: null,
    maxValue: null,
    cadence: 'weekly',
    from: '2026-10-05',
    value: (day, noise) => round(Math.max(0, 48 * ramp(day, '2026-10-05', '2026-12-07') + 3 * (noise - 0.5)), 1),
  },
];

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

const isMonday = (day: string) => weekday(day) === 1;
const firstMondayOfMonth = (day: string) => isMonday(day) && Number(day.slice(8, 10)) <= 7;

/** A metric's points from its first day to the day before `today` (and its last day, if it stopped). */
export function demoMetricPoints(metric: DemoMetric, today: string): DemoPoint[] {
  const rnd = prng(`goals:${metric.key}`);
  const last = metric.lastOn !== undefined && metric.lastOn < today ? metric.lastOn : addDays(today, -1);
  const points: DemoPoint[] = [];
  for (let day = metric.from; day <= last; day = addDays(day, 1)) {
    const noise = rnd(); // drawn every day, so a series does not depend on its cadence or end
    const due = metric.cadence === 'daily' || (metric.cadence === 'weekly' ? isMonday(day) : firstMondayOfMonth(day));
    if (due) points.push({ metric: metric.key, day, measuredAt: `${day}T${metric.cadence === 'daily' ? '20' : '06'}:00:00.000Z`, value: metric.value(day, noise) });
  }
  return points;
}

const pointCache = new Map<string, DemoPoint[]>();

/** Every metric's points up to the day before `today`, metric by metric, oldest first. */
export function demoMeasurements(today: string): DemoPoint[] {
  const cached = pointCache.get(today);
  if (cached) return cached;
  const points = demoMetrics.flatMap((m) => demoMetricPoints(m, today));
  pointCache.set(today, points);
  return points;
}

/** A metric's points on the days from `from` to `to`, both included, aggregated its way; null without points. */
export function demoAggregate(metricKey: string, from: string, to: string, today = DEMO_TODAY): number | null {
  const metric = demoMetrics.find((m) => m.key === metricKey);
  if (!metric) throw new Error(`unknown demo metric ${metricKey}`);
  const points = demoMeasurements(today).filter((p) => p.metric === metricKey && p.day >= from && p.day <= to);
  if (points.length === 0) return null;
  if (metric.aggregation === 'sum') return points.reduce((s, p) => s + p.value, 0);
  if (metric.aggregation === 'average') return points.reduce((s, p) => s + p.value, 0) / points.length;
  return points[points.length - 1]!.value;
}

/** How many decimals a metric's baseline keeps. */
const PRECISION: Record<MetricUnit, number> = { count: 0, cents: 0, percent: 1, minutes: 1, score: 1 };

/** A key result's baseline: the number given, or the metric over the span, rounded to its precision. */
export function demoBaseline(kr: DemoKeyResult): number {
  if (typeof kr.baseline === 'number') return kr.baseline;
  const value = demoAggregate(kr.metric, kr.baseline.from, kr.baseline.to);
  if (value === null) throw new Error(`demo key result "${kr.title}": no measurements for its baseline`);
  const unit = demoMetrics.find((m) => m.key === kr.metric)!.unit;
  return round(value, PRECISION[unit]);
}

// ---------------------------------------------------------------------------------------------
// Objectives, key results and check-ins
// ---------------------------------------------------------------------------------------------

/** The portfolio office sets the organization's objectives before each quarter. */
export const DEMO_GOALS_OFFICE = 'sabine.hoffmann';

const Q3 = '2026-Q3';
const Q4 = '2026-Q4';

export const demoObjectives: DemoObjective[] = [
  // ---- Organization-wide ----
  {
    key: 'org-young-q3',
    team: null,
    quarter: Q3,
    title: 'Junge Kundinnen und Kunden digital gewinnen',
    description: 'Kundinnen und Kunden unter 30 erreichen wir nur digital. Wir wollen sie dort gewinnen, wo sie sind: in der App, ohne Papier und ohne Wartezeit.',
    contributesTo: null,
    createdBy: DEMO_GOALS_OFFICE,
    createdOn: '2026-06-22',
    keyResults: [],
  },
  {
    key: 'org-claims-q3',
    team: null,
    quarter: Q3,
    title: 'Schäden schneller regulieren',
    description: 'Im Schadenfall entscheidet sich, ob uns jemand weiterempfiehlt. Einfache Schäden regulieren wir vollautomatisch, alle anderen schneller als bisher.',
    contributesTo: null,
    createdBy: DEMO_GOALS_OFFICE,
    createdOn: '2026-06-22',
    keyResults: [],
  },
  {
    key: 'org-young-q4',
    team: null,
    quarter: Q4,
    title: 'Junge Kundinnen und Kunden digital gewinnen',
    description: 'Fortsetzung aus dem dritten Quartal: Die Zielgruppe unter 30 soll uns weiterempfehlen – gemessen am NPS der E-Scooter-Versicherung, unserem ersten rein digitalen Produkt.',
    contributesTo: null,
    createdBy: DEMO_GOALS_OFFICE,
    createdOn: '2026-09-21',
    keyResults: [
      {
        metric: 'escooter.nps',
        title: 'NPS der E-Scooter-Versicherung über 40',
        baseline: { from: '2026-09-01', to: '2026-09-20' },
        target: 40,
        checkIns: [{ on: '2026-11-16', by: DEMO_GOALS_OFFICE, comment: 'Nach dem App-Release deutlich gestiegen; im Portfolio-Board als Beispiel vorgestellt.', confidence: 'high' }],
      },
    ],
  },
  {
    key: 'org-claims-q4',
    team: null,
    quarter: Q4,
    title: 'Schäden schneller regulieren',
    description: 'Wir halbieren bis Ende 2027 die Zeit von der Meldung bis zur Auszahlung. Im vierten Quartal zählt jeder Tag, den einfache Schäden schneller ausgezahlt werden.',
    contributesTo: null,
    createdBy: DEMO_GOALS_OFFICE,
    createdOn: '2026-09-21',
    keyResults: [
      {
        metric: 'claims.days_to_payout',
        title: 'Im Median höchstens 8 Tage bis zur Auszahlung',
        baseline: { from: '2026-08-01', to: '2026-09-20' },
        target: 8,
        checkIns: [{ on: '2026-11-16', by: DEMO_GOALS_OFFICE, comment: 'Knapp über dem Ziel. Die Schadenmeldung berichtet im Business Review über die Dunkelverarbeitung.', confidence: 'medium' }],
      },
    ],
  },
  {
    key: 'org-platform-q4',
    team: null,
    quarter: Q4,
    title: 'Plattformen, die Fusion-Teams schneller machen',
    description: 'Kernsystem, Daten- und KI-Plattform sind so verlässlich und einfach nutzbar, dass neue Produkte in Wochen statt Monaten entstehen.',
    contributesTo: null,
    createdBy: DEMO_GOALS_OFFICE,
    createdOn: '2026-09-21',
    keyResults: [],
  },

  // ---- E-Scooter-Versicherung, third quarter ----
  {
    key: 'escooter-q3-growth',
    team: 'escooter',
    quarter: Q3,
    title: 'Die erste Saison profitabel ausbauen',
    description: 'Nach dem starken Frühjahr wollen wir auch im Sommer verkaufen – mit sinkenden Kosten je Abschluss.',
    contributesTo: 'org-young-q3',
    createdBy: 'katharina.schulte',
    createdOn: '2026-06-29',
    keyResults: [
      {
        metric: 'escooter.policies_sold',
        title: '13.500 Policen im dritten Quartal verkaufen',
        baseline: 0,
        target: 13_500,
        checkIns: [
          { on: '2026-07-13', by: 'katharina.schulte', comment: 'Der Mindestbeitrag bremst uns seit Mitte Juni. Wir beobachten die Vergleichsportale täglich.', confidence: 'medium' },
          { on: '2026-08-10', by: 'katharina.schulte', comment: 'Die Delle ist vorbei, der Absatz liegt wieder auf Saisonniveau.', confidence: 'medium' },
          { on: '2026-09-28', by: 'katharina.schulte', comment: 'Knapp unter dem Ziel. Das Release 2.0 hat im September zusätzlich verkauft.', confidence: null },
        ],
      },
      {
        metric: 'escooter.acquisition_cost',
        title: 'Kundengewinnungskosten unter 10 € je Police',
        baseline: { from: '2026-04-01', to: '2026-06-28' },
        target: 1_000,
        checkIns: [
          { on: '2026-07-13', by: 'leonie.hartmann', comment: 'Kampagnenbudget im Sommer halbiert, die Kosten je Abschluss sinken trotz Delle.', confidence: 'high' },
          { on: '2026-09-28', by: 'leonie.hartmann', comment: 'Ziel erreicht. Im September steigen die Kosten wieder, weil die Saison ausläuft.', confidence: null },
        ],
      },
      {
        metric: 'escooter.quote_to_bind',
        title: 'Abschlussquote auf 17,5 % steigern',
        baseline: { from: '2026-05-01', to: '2026-06-14' },
        target: 17.5,
        checkIns: [
          { on: '2026-07-13', by: 'stefan.braun', comment: 'Seit dem Mindestbeitrag von 29 € brechen viele im Preisschritt ab. Wir prüfen eine Staffel nach Restlaufzeit.', confidence: 'low' },
          { on: '2026-08-10', by: 'stefan.braun', comment: 'Quote erholt sich, liegt aber noch unter dem Stand vor der Preisänderung.', confidence: 'low' },
          { on: '2026-09-28', by: 'stefan.braun', comment: 'Verfehlt: Der Juli hat das Quartal gekostet. Seit dem Release liegen wir über 17,5 %.', confidence: null },
        ],
      },
    ],
  },
  {
    key: 'escooter-q3-app',
    team: 'escooter',
    quarter: Q3,
    title: 'Der Abschluss in der App wird einfacher',
    description: 'Release 2.0 liest die Fahrzeugdaten vom Foto des Typenschilds. Weniger Tippen, weniger Rückfragen, weniger manuelle Prüfung.',
    contributesTo: 'org-young-q3',
    createdBy: 'jonas.becker',
    createdOn: '2026-06-29',
    keyResults: [
      {
        metric: 'escooter.minutes_to_plate',
        title: 'Im Schnitt unter 4,5 Minuten bis zum Kennzeichen',
        baseline: { from: '2026-06-01', to: '2026-06-28' },
        target: 4.5,
        checkIns: [
          { on: '2026-08-10', by: 'lena.fischer', comment: 'Release 2.0 ist im Test. Bis dahin bewegt sich die Zahl kaum.', confidence: 'medium' },
          { on: '2026-09-28', by: 'jonas.becker', comment: 'Seit dem 1. September unter drei Minuten, für das Quartalsmittel kam das Release etwas spät.', confidence: null },
        ],
      },
      {
        metric: 'escooter.straight_through_rate',
        title: 'Straight-Through-Rate auf 77 % steigern',
        baseline: { from: '2026-06-01', to: '2026-06-28' },
        target: 77,
        checkIns: [
          { on: '2026-08-10', by: 'mehmet.yilmaz', comment: 'Die manuelle Prüfung der Fahrzeugdaten fällt erst mit dem Release weg.', confidence: 'medium' },
          { on: '2026-09-28', by: 'mehmet.yilmaz', comment: 'Im September über 80 %, im Quartalsschnitt nicht erreicht.', confidence: null },
        ],
      },
      {
        metric: 'escooter.app_rating',
        title: 'App-Bewertung wieder auf 4,4 Sterne',
        baseline: { from: '2026-06-15', to: '2026-06-28' },
        target: 4.4,
        checkIns: [
          { on: '2026-07-13', by: 'tim.krueger', comment: 'Viele Ein-Stern-Bewertungen zum Mindestbeitrag. Wir antworten auf jede Bewertung.', confidence: 'medium' },
          { on: '2026-09-28', by: 'tim.krueger', comment: 'Das Release kommt sehr gut an: 4,5 Sterne.', confidence: null },
        ],
      },
    ],
  },

  // ---- E-Scooter-Versicherung, fourth quarter ----
  {
    key: 'escooter-q4-young',
    team: 'escooter',
    quarter: Q4,
    title: 'Die erste Wahl junger Fahrerinnen und Fahrer werden',
    description: 'Auch im Winter gewinnen wir Kundinnen und Kunden unter 30 – und sie empfehlen uns weiter, bevor das Verkehrsjahr 2027 beginnt.',
    contributesTo: 'org-young-q4',
    createdBy: 'katharina.schulte',
    createdOn: '2026-09-28',
    keyResults: [
      {
        metric: 'escooter.nps',
        title: 'NPS auf 50 steigern',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 50,
        checkIns: [
          { on: '2026-10-12', by: 'leonie.hartmann', comment: 'Die Befragung nach dem Abschluss zeigt: Das Typenschild-Foto begeistert.', confidence: 'high' },
          { on: '2026-11-09', by: 'leonie.hartmann', comment: 'Stetig nach oben. Die Ankündigung der Prämie 2027 hat bisher kaum geschadet.', confidence: 'medium' },
          { on: '2026-11-23', by: 'leonie.hartmann', comment: 'Diese Woche nur 41: Die Ankündigung der Prämie 2027 kostet Sympathie. Der Trend zeigt trotzdem nach oben.', confidence: 'medium' },
        ],
      },
      {
        metric: 'escooter.share_18_29',
        title: 'Anteil der 18- bis 29-Jährigen auf 70 %',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 70,
        checkIns: [
          { on: '2026-10-26', by: 'katharina.schulte', comment: 'Im Herbst kaufen eher Pendlerinnen und Pendler über 30. Der Anteil wächst langsamer als geplant.', confidence: 'low' },
          { on: '2026-11-23', by: 'leonie.hartmann', comment: 'Hochschulkampagne zum Wintersemester läuft, Wirkung bisher klein.', confidence: 'low' },
        ],
      },
      {
        metric: 'escooter.policies_sold',
        title: '5.500 Policen im Winterquartal verkaufen',
        baseline: 0,
        target: 5_500,
        checkIns: [
          { on: '2026-10-26', by: 'katharina.schulte', comment: 'Oktober besser als geplant; der Dezember wird wie im Vorjahr ruhig.', confidence: 'high' },
          { on: '2026-11-23', by: 'katharina.schulte', comment: 'Auf Kurs. Weihnachtsgutscheine für das Kennzeichen 2027 gehen ab Anfang Dezember in den Verkauf.', confidence: 'high' },
        ],
      },
    ],
  },
  {
    key: 'escooter-q4-app',
    team: 'escooter',
    quarter: Q4,
    title: 'In unter drei Minuten versichert',
    description: 'Das Versprechen aus unserer Mission: vom App-Start bis zum Versicherungskennzeichen in unter drei Minuten, ohne dass jemand bei uns eingreifen muss.',
    contributesTo: 'org-young-q4',
    createdBy: 'jonas.becker',
    createdOn: '2026-09-28',
    keyResults: [
      {
        metric: 'escooter.minutes_to_plate',
        title: 'Im Schnitt 2,5 Minuten bis zum Kennzeichen',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 2.5,
        checkIns: [
          { on: '2026-10-12', by: 'lena.fischer', comment: 'Unter drei Minuten geschafft. Die letzten Sekunden stecken im Zahlungsschritt.', confidence: 'medium' },
          { on: '2026-11-09', by: 'lena.fischer', comment: 'Wallet-Zahlung als Standard vorausgewählt; der Effekt ist noch klein.', confidence: 'medium' },
        ],
      },
      {
        metric: 'escooter.straight_through_rate',
        title: 'Straight-Through-Rate auf 88 % steigern',
        baseline: { from: '2026-09-14', to: '2026-09-27' },
        target: 88,
        checkIns: [
          { on: '2026-10-12', by: 'mehmet.yilmaz', comment: 'Die restlichen Fälle sind Fahrzeuge ohne ABE-Nummer auf dem Typenschild. Dafür brauchen wir die Herstellerliste.', confidence: 'low' },
          { on: '2026-11-09', by: 'mehmet.yilmaz', comment: 'Herstellerliste kommt erst im Januar. Das Ziel für dieses Quartal ist kaum noch erreichbar.', confidence: 'low' },
          { on: '2026-11-23', by: 'jonas.becker', comment: 'Wir holen die Herstellerliste über den Datenkatalog früher, Test ab Mitte Dezember.', confidence: 'low' },
        ],
      },
      {
        metric: 'escooter.app_rating',
        title: 'App-Bewertung auf 4,8 Sterne',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 4.8,
        checkIns: [{ on: '2026-11-09', by: 'tim.krueger', comment: 'Stabil bei 4,7. Die Bewertungen loben vor allem das Foto vom Typenschild.', confidence: 'medium' }],
      },
    ],
  },
  {
    key: 'escooter-q4-loss',
    team: 'escooter',
    quarter: Q4,
    title: 'Die Sparte profitabel ins Verkehrsjahr 2027 führen',
    description: 'Die Schadenquote liegt deutlich über der Kalkulation. Die Prämie 2027 wirkt erst ab März; bis dahin senken wir die Schadenkosten, wo wir können.',
    contributesTo: null,
    createdBy: 'katharina.schulte',
    createdOn: '2026-09-28',
    keyResults: [
      {
        metric: 'escooter.loss_ratio',
        title: 'Schadenquote auf 74 % senken',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 74,
        checkIns: [
          { on: '2026-10-26', by: 'stefan.braun', comment: 'Regress bei Unfällen mit Pkw angestoßen, wirkt aber erst mit den Zahlungen der Gegenseite.', confidence: 'low' },
          { on: '2026-11-23', by: 'stefan.braun', comment: 'Leicht rückläufig, 74 % sind in diesem Quartal nicht mehr zu schaffen. Die Prämie 2027 ist beschlossen.', confidence: 'low' },
        ],
      },
    ],
  },

  // ---- Digitale Schadenmeldung ----
  {
    key: 'schaden-q3',
    team: 'schadenmeldung',
    quarter: Q3,
    title: 'Schäden in unter zehn Tagen auszahlen',
    description: 'Der Weg von der Meldung bis zum Geld auf dem Konto wird kürzer: automatische Deckungsprüfung und mehr Dunkelverarbeitung.',
    contributesTo: 'org-claims-q3',
    createdBy: 'markus.schmitz',
    createdOn: '2026-06-29',
    keyResults: [
      {
        metric: 'claims.days_to_payout',
        title: 'Im Median 9 Tage bis zur Auszahlung',
        baseline: { from: '2026-04-01', to: '2026-06-28' },
        target: 9,
        checkIns: [
          { on: '2026-08-10', by: 'sandra.klein', comment: 'Die automatische Deckungsprüfung spart im Schnitt einen Tag.', confidence: 'high' },
          { on: '2026-09-28', by: 'markus.schmitz', comment: 'Erreicht.', confidence: null },
        ],
      },
      {
        metric: 'claims.auto_settled_share',
        title: '40 % der einfachen Schäden vollautomatisch regulieren',
        baseline: { from: '2026-06-01', to: '2026-06-28' },
        target: 40,
        checkIns: [
          { on: '2026-08-10', by: 'fatma.arslan', comment: 'Die Betrugsprüfung sortiert noch zu viele Fälle aus. Das neue Modell kommt im September.', confidence: 'medium' },
          { on: '2026-09-28', by: 'daniel.koch', comment: 'Nicht erreicht: Das neue Betrugsmodell ging erst Ende September live.', confidence: null },
        ],
      },
    ],
  },
  {
    key: 'schaden-q4',
    team: 'schadenmeldung',
    quarter: Q4,
    title: 'Jeder zweite einfache Schaden vollautomatisch',
    description: 'Unsere Mission für 2027: Jeder zweite einfache Schaden wird ohne Sachbearbeitung reguliert. Im vierten Quartal legen wir die Grundlage.',
    contributesTo: 'org-claims-q4',
    createdBy: 'markus.schmitz',
    createdOn: '2026-09-28',
    keyResults: [
      {
        metric: 'claims.auto_settled_share',
        title: '45 % der einfachen Schäden vollautomatisch regulieren',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 45,
        checkIns: [
          { on: '2026-10-26', by: 'fatma.arslan', comment: 'Das neue Betrugsmodell ist live, aber noch vorsichtig eingestellt.', confidence: 'medium' },
          { on: '2026-11-23', by: 'daniel.koch', comment: 'Zu langsam. Wir schalten die Fotoauswertung für Glasschäden im Dezember frei.', confidence: 'low' },
        ],
      },
      {
        metric: 'claims.digital_fnol_share',
        title: 'Anteil digitaler Meldungen auf 52,5 %',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 52.5,
        checkIns: [{ on: '2026-11-09', by: 'jan.wolf', comment: 'Der QR-Code im Schadenbrief wirkt, aber langsamer als gedacht.', confidence: 'medium' }],
      },
      {
        metric: 'claims.days_to_payout',
        title: 'Im Median 8 Tage bis zur Auszahlung',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 8,
        checkIns: [{ on: '2026-11-09', by: 'sandra.klein', comment: 'Wir liegen bei gut 8 Tagen. Der Engpass sind Gutachten bei Wasserschäden.', confidence: 'medium' }],
      },
    ],
  },

  // ---- Maklerportal ----
  {
    key: 'makler-q4',
    team: 'maklerportal',
    quarter: Q4,
    title: 'Makler arbeiten am liebsten mit uns',
    description: 'Angebot, Antrag und Police in einem Durchgang – über das Portal oder direkt aus dem Vergleichsrechner des Maklers.',
    contributesTo: null,
    createdBy: 'thomas.lange',
    createdOn: '2026-09-28',
    keyResults: [
      {
        metric: 'broker.bipro_share',
        title: '71 % der Anträge über BiPRO',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 71,
        checkIns: [{ on: '2026-11-09', by: 'moritz.schaefer', comment: 'Zwei große Maklerpools sind seit Oktober angebunden.', confidence: 'high' }],
      },
      {
        metric: 'broker.offer_to_application_minutes',
        title: 'Vom Angebot zum Antrag in 11,5 Minuten',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 11.5,
        checkIns: [{ on: '2026-11-09', by: 'ivana.kovacevic', comment: 'Vorbelegung aus dem Bestand spart Zeit bei Folgeverträgen.', confidence: 'medium' }],
      },
      {
        metric: 'broker.satisfaction',
        title: 'Zufriedenheit der Makler auf 4,2',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 4.2,
        checkIns: [{ on: '2026-11-09', by: 'christian.meyer', comment: 'Die Umfrage ist seit September nicht mehr verschickt worden; neuer Anbieter ist beauftragt.', confidence: 'low' }],
      },
    ],
  },

  // ---- Kernsystem Versicherung ----
  {
    key: 'kern-q4',
    team: 'kernsystem',
    quarter: Q4,
    title: 'Kernservices, auf die sich jedes Team verlassen kann',
    description: 'Stabile, dokumentierte APIs statt Einzelanbindungen – und Änderungen in Tagen statt Wochen in Produktion.',
    contributesTo: 'org-platform-q4',
    createdBy: 'michael.schneider',
    createdOn: '2026-09-28',
    keyResults: [
      {
        metric: 'core.api_availability',
        title: 'Verfügbarkeit der Kern-APIs 99,95 %',
        baseline: { from: '2026-07-01', to: '2026-09-27' },
        target: 99.95,
        checkIns: [
          { on: '2026-10-26', by: 'peter.keller', comment: 'Der Datenbank-Failover am 20. Oktober hat uns fast einen Tag gekostet. Nachbereitung läuft.', confidence: 'low' },
          { on: '2026-11-23', by: 'claudia.fuchs', comment: 'Seit dem Vorfall stabil, das Quartalsmittel holen wir nicht mehr auf.', confidence: 'low' },
        ],
      },
      {
        metric: 'core.lead_time_days',
        title: 'Änderungen in 5 Tagen in Produktion',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 5,
        checkIns: [{ on: '2026-11-09', by: 'sven.lorenz', comment: 'Die Pipeline für die Cloud-Bestandsführung läuft jetzt ohne manuelle Freigabe.', confidence: 'high' }],
      },
    ],
  },

  // ---- Daten- & KI-Plattform ----
  {
    key: 'daten-q4',
    team: 'daten-ki',
    quarter: Q4,
    title: 'KI sicher für alle Beschäftigten',
    description: 'Jede und jeder bei der Musterversicherung nutzt generative KI über das GenAI-Gateway – datenschutzkonform und auf verlässlichen Daten.',
    contributesTo: 'org-platform-q4',
    createdBy: 'carina.weber',
    createdOn: '2026-09-28',
    keyResults: [
      {
        metric: 'data.genai_weekly_users',
        title: '2.000 aktive Nutzerinnen und Nutzer je Woche',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 2_000,
        checkIns: [
          { on: '2026-10-26', by: 'niklas.horn', comment: 'Copilot-Schulungen für den Vertrieb laufen, die Nutzung steigt danach sichtbar.', confidence: 'medium' },
          { on: '2026-11-23', by: 'tobias.jung', comment: 'Der Rollout im Innendienst verzögert sich um drei Wochen.', confidence: 'low' },
        ],
      },
      {
        metric: 'data.quality_passed_share',
        title: '96 % der Kerndatensätze bestehen die Qualitätsprüfung',
        baseline: { from: '2026-09-01', to: '2026-09-27' },
        target: 96,
        checkIns: [{ on: '2026-11-09', by: 'maximilian.frank', comment: 'Die Partnerdaten aus dem Host sind die größte Baustelle.', confidence: 'medium' }],
      },
    ],
  },

  // ---- Kfz-Tarifrechner ----
  {
    key: 'kfz-q4',
    team: 'kfz-tarifrechner',
    quarter: Q4,
    title: 'Das Tarifmodell läuft im neuen Rechner',
    description: 'Bis Jahresende rechnet der neue Tarifrechner die wichtigsten Tarifmerkmale in Echtzeit – als Grundlage für den Online-Abschluss 2027.',
    contributesTo: 'org-platform-q4',
    createdBy: 'nadine.krause',
    createdOn: '2026-10-02',
    keyResults: [
      {
        metric: 'kfz.tariff_features_migrated',
        title: '60 % der Tarifmerkmale migriert',
        baseline: 0,
        target: 60,
        checkIns: [{ on: '2026-11-23', by: 'yusuf.oeztuerk', comment: 'Typ- und Regionalklassen sind migriert; Telematik kommt im Dezember.', confidence: 'high' }],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Self-check (pure)
// ---------------------------------------------------------------------------------------------

const covers = (m: { startDate: string; endDate?: string | null }, day: string) => m.startDate <= day && (m.endDate == null || m.endDate >= day);

/** Everything the seeder relies on; an empty list means the data is consistent. */
export function checkDemoGoals(): string[] {
  const errors: string[] = [];
  const users = new Map(demoUsers.map((u) => [u.person, u]));
  const teams = new Map(demoTeams.map((t) => [t.key, t]));
  const leads = (team: string) => [teams.get(team)?.businessLead, teams.get(team)?.itLead];
  const memberOn = (team: string, person: string, day: string) => teams.get(team)!.members.some((m) => m.person === person && covers(m, day));
  if (users.get(DEMO_GOALS_OFFICE)?.role !== 'portfolio_office') errors.push(`${DEMO_GOALS_OFFICE} must be a portfolio office user`);

  const metrics = new Map<string, DemoMetric>();
  for (const m of demoMetrics) {
    const what = `metric ${m.key}`;
    if (metrics.has(m.key)) errors.push(`${what}: duplicate key`);
    metrics.set(m.key, m);
    if (!teams.has(m.team)) {
      errors.push(`${what}: unknown team ${m.team}`);
      continue;
    }
    if (!leads(m.team).includes(m.createdBy) || !users.has(m.createdBy)) errors.push(`${what}: ${m.createdBy} is no lead of ${m.team} with a user`);
    if (m.createdOn >= m.from || m.createdOn >= DEMO_TODAY) errors.push(`${what}: created on ${m.createdOn}, not before its first measurement and ${DEMO_TODAY}`);
    if ((m.source === 'manual') !== (m.enteredBy !== undefined)) errors.push(`${what}: a manual metric, and only a manual one, names who enters it`);
    if (m.enteredBy !== undefined) {
      const last = m.lastOn ?? DEMO_TODAY;
      if (!users.has(m.enteredBy) || !memberOn(m.team, m.enteredBy, m.from) || !memberOn(m.team, m.enteredBy, last)) errors.push(`${what}: ${m.enteredBy} is not a member with a user from ${m.from} to ${last}`);
    }
    const stale = m.lastOn !== undefined && (dayNumber(DEMO_TODAY) - dayNumber(m.lastOn)) > m.expectedIntervalDays;
    if (m.lastOn !== undefined && !stale) errors.push(`${what}: stops on ${m.lastOn} but is not stale on ${DEMO_TODAY}`);
    for (const p of demoMetricPoints(m, DEMO_TODAY)) {
      const bad =
        !Number.isFinite(p.value) ||
        ((m.unit === 'count' || m.unit === 'cents') && !Number.isInteger(p.value)) ||
        (m.unit === 'percent' && (p.value < 0 || p.value > 100)) ||
        (m.unit !== 'score' && p.value < 0) ||
        (m.minValue !== null && p.value < m.minValue) ||
        (m.maxValue !== null && p.value > m.maxValue);
      if (bad) {
        errors.push(`${what}: ${p.value} on ${p.day} is no value of the metric`);
        break;
      }
    }
  }
  if (!demoMetrics.some((m) => m.lastOn !== undefined)) errors.push('no metric is left stale');

  const objectives = new Map<string, DemoObjective>();
  for (const o of demoObjectives) {
    const what = `objective ${o.key}`;
    if (objectives.has(o.key)) errors.push(`${what}: duplicate key`);
    objectives.set(o.key, o);
    const { end } = quarterBounds(o.quarter);
    if (o.createdOn >= DEMO_TODAY || o.createdOn > end) errors.push(`${what}: created on ${o.createdOn}, after its quarter or ${DEMO_TODAY}`);
    if (o.team === null) {
      if (o.createdBy !== DEMO_GOALS_OFFICE) errors.push(`${what}: an organization objective is set by the portfolio office`);
      if (o.contributesTo !== null) errors.push(`${what}: an organization objective contributes to nothing`);
    } else {
      if (!teams.has(o.team)) errors.push(`${what}: unknown team ${o.team}`);
      else if (!leads(o.team).includes(o.createdBy) || !users.has(o.createdBy)) errors.push(`${what}: ${o.createdBy} is no lead of ${o.team} with a user`);
      if (o.contributesTo !== null) {
        const target = objectives.get(o.contributesTo);
        if (!target || target.team !== null || target.quarter !== o.quarter || target.createdOn > o.createdOn) errors.push(`${what}: contributes to ${o.contributesTo}, no earlier organization objective of ${o.quarter}`);
      }
    }
    for (const kr of o.keyResults) {
      const where = `${what}, key result "${kr.title}"`;
      const metric = metrics.get(kr.metric);
      if (!metric) {
        errors.push(`${where}: unknown metric ${kr.metric}`);
        continue;
      }
      // A lead sees only their own team's metrics; the portfolio office sees every team's.
      if (o.team !== null && metric.team !== o.team) errors.push(`${where}: the metric belongs to another team`);
      if (metric.createdOn > o.createdOn) errors.push(`${where}: the metric is created after the objective`);
      if (typeof kr.baseline !== 'number' && kr.baseline.to >= o.createdOn) errors.push(`${where}: the baseline is measured after the key result is set`);
      let baseline: number | null = null;
      try {
        baseline = demoBaseline(kr);
      } catch (e) {
        errors.push(`${where}: ${(e as Error).message}`);
      }
      if (baseline !== null) {
        const better = metric.direction === 'higher_is_better' ? kr.target >= baseline : kr.target <= baseline;
        if (!better) errors.push(`${where}: target ${kr.target} is on the wrong side of baseline ${baseline}`);
      }
      let previous = o.createdOn;
      for (const c of kr.checkIns) {
        if (c.on <= previous || c.on >= DEMO_TODAY || c.on > end) errors.push(`${where}: check-in on ${c.on} is out of order or outside ${o.createdOn}..${end}`);
        previous = c.on;
        const allowed = o.team === null ? c.by === DEMO_GOALS_OFFICE : users.has(c.by) && (leads(o.team).includes(c.by) || memberOn(o.team, c.by, c.on));
        if (!allowed) errors.push(`${where}: ${c.by} may not check in on ${c.on}`);
        if (c.comment.length === 0 || c.comment.length > 1_000) errors.push(`${where}: check-in comment of ${c.comment.length} characters`);
      }
    }
  }
  return errors;
}
