import { sql, type SQL } from 'drizzle-orm';
import {
  COST_CATEGORIES,
  MANDATE_KINDS,
  type CostCategory,
  type FinanceSettings,
  type MandateKind,
  type PORTFOLIO_SORTS,
  type PortfolioFinance,
  type PortfolioFinanceRow,
  type PortfolioFlows,
  type Period,
  type TeamKind,
} from '../../contracts/index.ts';
import { monthsOf, resolvePeriod, type PeriodQuery } from './fiscal-calendar.ts';
import { closedMonthsOf, RUN_RATE_MONTHS } from './pnl-rules.ts';

export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

/** Everything the portfolio roll-up statement depends on; built by `rollupParams`. */
export interface RollupParams {
  /** The fiscal year's twelve months, in order. */
  fiscalMonths: readonly string[];
  /** The reporting period inside the fiscal year: budget, actual, revenue and margin cover it. */
  from: string;
  to: string;
  /** How many of the fiscal year's months are over (0 for a future year, 12 for a past one). */
  closedMonths: number;
  mandateKind?: MandateKind | undefined;
  sort: PortfolioSort;
  order: 'asc' | 'desc';
  /** null: every row (exports). */
  limit: number | null;
  offset: number;
}

export interface RollupQuery {
  mandateKind?: MandateKind | undefined;
  sort: PortfolioSort;
  order: 'asc' | 'desc';
  limit: number | null;
  offset: number;
}

/**
 * The period and the roll-up statement for a portfolio query, seen from the current month: what
 * the use cases run, and what a benchmark runs directly to compare with the API.
 */
export function portfolioRollup(settings: Pick<FinanceSettings, 'fiscalYearStartMonth' | 'firstFiscalYear'>, query: PeriodQuery & RollupQuery, currentMonth: string): { period: Period; query: SQL } {
  const period = resolvePeriod(settings, query, currentMonth);
  return { period, query: portfolioRollupQuery(rollupParams(period, settings.fiscalYearStartMonth, currentMonth, query)) };
}

/** The roll-up's parameters for a resolved period, seen from the current month. */
export function rollupParams(period: Period, fiscalYearStartMonth: number, currentMonth: string, query: RollupQuery): RollupParams {
  const fiscalMonths = monthsOf(period.fiscalYear, fiscalYearStartMonth);
  return {
    fiscalMonths,
    from: period.from,
    to: period.to,
    closedMonths: closedMonthsOf(fiscalMonths, currentMonth),
    mandateKind: query.mandateKind,
    sort: query.sort,
    order: query.order,
    limit: query.limit,
    offset: query.offset,
  };
}

/** A list of months as one text[] parameter. */
const months = (list: readonly string[]) => sql`${sql.param([...list])}::text[]`;

const SORT_KEYS: Record<Exclude<PortfolioSort, 'name'>, string> = {
  budget: 'budget_cents',
  actual: 'actual_cents',
  forecast: 'forecast_cents',
  revenue: 'revenue_cents',
  margin: 'margin_cents',
  // Sorted by how far the forecast runs past the full-year budget, so the worst overrun comes first in descending order.
  overrun: 'forecast_cents - fy_budget_cents',
};

function orderBy(sort: PortfolioSort, order: 'asc' | 'desc'): SQL {
  const dir = order === 'desc' ? 'desc' : 'asc';
  // Team names are unique; the id only makes the order total for paging.
  if (sort === 'name') return sql.raw(`name ${dir}, id ${dir}`);
  return sql.raw(`${SORT_KEYS[sort]} ${dir}, name asc, id asc`);
}

/**
 * The portfolio roll-up as one SQL statement, whatever the number of teams: it reads only
 * `ledger_team_month` (one row per team and month) for the fiscal year's months, sums per team,
 * joins every team (teams without figures show zeros), computes the run-rate forecast and the
 * overrun flag, sorts and pages, and adds the totals for the whole filtered set — per mandate kind
 * and for the organization — in the same statement (GROUPING SETS over the same rows).
 *
 * The forecast is `forecast()` of pnl-rules.ts in SQL: the actual of the closed months plus the
 * average of the last (up to) three closed months, rounded down to whole cents, for every open
 * month; with no closed month (or none open) it is the booked actual of the fiscal year.
 *
 * The fiscal year's rows are found by equality with its months (`month = any(…)`), which compares
 * bytes and can use the month index once the table holds many years; the sums' filters compare
 * ranges in the "C" collation (months are ASCII YYYY-MM, so byte order is the calendar's). Both
 * spare every row the database locale's collation, which costs two and a half times as much with
 * an ICU or glibc locale.
 *
 * Rows come back with `part` = 'team' (the page, in order of `n`), 'mandate' or 'all'.
 */
export function portfolioRollupQuery(p: RollupParams): SQL {
  const first = p.fiscalMonths[0]!;
  const last = p.fiscalMonths[11]!;
  const wholeYear = p.from === first && p.to === last;
  const closed = Math.max(0, Math.min(12, p.closedMonths));
  const inPeriod = sql`month collate "C" between ${p.from} and ${p.to}`;
  const periodSum = (expr: SQL) => (wholeYear ? sql`sum(${expr})::bigint` : sql`(sum(${expr}) filter (where ${inPeriod}))::bigint`);
  const actual = sql`cost_cents + allocated_cents`;

  const sums: SQL[] = [
    sql`${periodSum(sql`budget_cents`)} as budget`,
    sql`${periodSum(actual)} as actual`,
    sql`${periodSum(sql`revenue_cents`)} as revenue`,
  ];
  if (!wholeYear) sums.push(sql`sum(budget_cents)::bigint as fy_budget`);
  const fyBudget = wholeYear ? sql`s.budget` : sql`s.fy_budget`;

  let forecast: SQL;
  if (closed === 0 || closed === 12) {
    // Nothing to extrapolate from, or nothing left to extrapolate to: the booked actual.
    if (!wholeYear) sums.push(sql`sum(${actual})::bigint as fy_actual`);
    forecast = sql`coalesce(${wholeYear ? sql`s.actual` : sql`s.fy_actual`}, 0)`;
  } else {
    const window = Math.min(RUN_RATE_MONTHS, closed);
    const lastClosed = p.fiscalMonths[closed - 1]!;
    const windowFirst = p.fiscalMonths[closed - window]!;
    sums.push(sql`(sum(${actual}) filter (where month collate "C" <= ${lastClosed}))::bigint as closed_actual`);
    sums.push(sql`(sum(${actual}) filter (where month collate "C" between ${windowFirst} and ${lastClosed}))::bigint as window_actual`);
    // floor() as in pnl-rules (Math.floor): a platform team's negative run rate rounds down too.
    forecast = sql`coalesce(s.closed_actual, 0) + floor(coalesce(s.window_actual, 0)::numeric / ${sql.raw(String(window))})::bigint * ${sql.raw(String(12 - closed))}`;
  }

  const mandate = p.mandateKind ? sql`where t.mandate_kind = ${p.mandateKind}` : sql``;
  const order = orderBy(p.sort, p.order);
  const page = p.limit === null ? sql`offset ${p.offset}` : sql`limit ${p.limit} offset ${p.offset}`;

  return sql`
    with sums as (
      select team_id, ${sql.join(sums, sql`, `)}
      from ledger_team_month
      where month = any(${months(p.fiscalMonths)})
      group by team_id
    ),
    r as materialized (
      select t.id, t.name, t.kind, t.mandate_kind,
        coalesce(s.budget, 0) as budget_cents,
        coalesce(s.actual, 0) as actual_cents,
        coalesce(s.revenue, 0) as revenue_cents,
        coalesce(s.revenue, 0) - coalesce(s.actual, 0) as margin_cents,
        ${forecast} as forecast_cents,
        coalesce(${fyBudget}, 0) as fy_budget_cents
      from teams t left join sums s on s.team_id = t.id
      ${mandate}
    ),
    page as (
      select r.*, row_number() over (order by ${order}) as n from r order by ${order} ${page}
    ),
    totals as (
      select mandate_kind, grouping(mandate_kind) as grand, count(*) as teams,
        sum(budget_cents)::bigint as budget_cents, sum(actual_cents)::bigint as actual_cents, sum(forecast_cents)::bigint as forecast_cents,
        sum(revenue_cents)::bigint as revenue_cents, sum(margin_cents)::bigint as margin_cents,
        count(*) filter (where forecast_cents > fy_budget_cents) as overrun_teams
      from r group by grouping sets ((mandate_kind), ())
    )
    select 'team' as part, n, id as team_id, name as team_name, kind as team_kind, mandate_kind,
      budget_cents, actual_cents, forecast_cents, revenue_cents, margin_cents, forecast_cents > fy_budget_cents as overrun,
      null::bigint as teams, null::bigint as overrun_teams
    from page
    union all
    select case when grand = 1 then 'all' else 'mandate' end, null, null, null, null, mandate_kind,
      budget_cents, actual_cents, forecast_cents, revenue_cents, margin_cents, null, teams, overrun_teams
    from totals
    order by part, n`;
}

/** A row of `portfolioRollupQuery`'s result as the drivers return it (bigint may be a string). */
export interface RollupRow {
  part: 'team' | 'mandate' | 'all';
  n: number | string | null;
  team_id: string | null;
  team_name: string | null;
  team_kind: TeamKind | null;
  mandate_kind: MandateKind | null;
  budget_cents: number | string | null;
  actual_cents: number | string | null;
  forecast_cents: number | string | null;
  revenue_cents: number | string | null;
  margin_cents: number | string | null;
  overrun: boolean | null;
  teams: number | string | null;
  overrun_teams: number | string | null;
}

const num = (v: number | string | null) => (v === null ? 0 : Number(v));

type Totals = PortfolioFinance['totals'];

function totalsOf(r: RollupRow | undefined): Totals {
  return {
    teams: r ? num(r.teams) : 0,
    overrunTeams: r ? num(r.overrun_teams) : 0,
    budgetCents: r ? num(r.budget_cents) : 0,
    actualCents: r ? num(r.actual_cents) : 0,
    forecastCents: r ? num(r.forecast_cents) : 0,
    revenueCents: r ? num(r.revenue_cents) : 0,
    marginCents: r ? num(r.margin_cents) : 0,
  };
}

/** Splits the statement's rows into the page and the totals; every mandate kind of the filter gets a total, zeros included. */
export function presentRollup(rows: readonly RollupRow[], mandateKind: MandateKind | undefined): Pick<PortfolioFinance, 'totals' | 'byMandate' | 'rows' | 'totalRows'> {
  const teams: PortfolioFinanceRow[] = [];
  const byKind = new Map<string, RollupRow>();
  let all: RollupRow | undefined;
  for (const r of rows) {
    if (r.part === 'team') {
      teams.push({
        teamId: r.team_id!,
        teamName: r.team_name!,
        teamKind: r.team_kind!,
        mandateKind: r.mandate_kind!,
        budgetCents: num(r.budget_cents),
        actualCents: num(r.actual_cents),
        forecastCents: num(r.forecast_cents),
        revenueCents: num(r.revenue_cents),
        marginCents: num(r.margin_cents),
        overrun: r.overrun === true,
      });
    } else if (r.part === 'all') all = r;
    else byKind.set(r.mandate_kind!, r);
  }
  const kinds = mandateKind ? [mandateKind] : MANDATE_KINDS;
  const totals = totalsOf(all);
  return {
    totals,
    byMandate: kinds.map((kind) => ({ mandateKind: kind, ...totalsOf(byKind.get(kind)) })),
    rows: teams,
    totalRows: totals.teams,
  };
}

/** How many teams the money flows show one by one; the rest are one bucket. */
export const FLOW_TEAMS = 12;
/** How many core services the flows name; the others are one "other services" node, or a Sankey at 10,000 teams would have thousands. */
export const FLOW_SERVICES = 10;

/**
 * The money's way through the period in one statement: the twelve teams with the highest actual
 * spend (direct cost plus allocated) one by one and all other teams as one bucket (`bucket`
 * null), each with its budget (both from `ledger_team_month`), its direct cost per category and
 * what it consumed per core service (from `ledger_monthly`, read once). Only consumption flows to a
 * service: an allocation row is a team's charge for a service in a month — positive on the
 * consumer, negative on the provider, whose charge-out would otherwise cancel its consumers in
 * the bucket they share. Only the ten services consumed most come with their name: `presentFlows`
 * folds the others into one.
 */
export function portfolioFlowsQuery(periodMonths: readonly string[]): SQL {
  const spentRows = sql`m.month = any(${months(periodMonths)}) and (m.kind = 'cost' or (m.kind = 'allocation' and m.amount_cents > 0))`;
  const key = sql`case when m.kind = 'cost' then m.category else m.detail end`;
  // The bucket of all other teams is everything minus the twelve: the sums over all teams group
  // by kind and key alone (a few thousand groups), the twelve are read by their key.
  return sql`
    with spend as (
      -- Gross spend: what a team pays, direct and for core services it consumes. A platform team's
      -- charge-out (negative allocation) does not make it a small spender.
      select team_id, sum(cost_cents + greatest(allocated_cents, 0)) as actual, sum(budget_cents) as budget
      from ledger_team_month where month = any(${months(periodMonths)})
      group by team_id
    ),
    top as (
      select s.team_id, row_number() over (order by s.actual desc, t.name, t.id) as rank
      from spend s join teams t on t.id = s.team_id
      where s.actual > 0
      order by s.actual desc, t.name, t.id
      limit ${FLOW_TEAMS}
    ),
    budgets as (
      select top.team_id as bucket, 'budget'::text as kind, ''::text as key, sum(s.budget) as amount
      from spend s left join top on top.team_id = s.team_id
      group by 1
    ),
    everyone as (
      select m.kind, ${key} as key, sum(m.amount_cents) as amount
      from ledger_monthly m where ${spentRows}
      group by 1, 2
    ),
    twelve as (
      select m.team_id as bucket, m.kind, ${key} as key, sum(m.amount_cents) as amount
      from top join ledger_monthly m on m.team_id = top.team_id
      where ${spentRows}
      group by 1, 2, 3
    ),
    others as (
      select null::uuid as bucket, e.kind, e.key, e.amount - coalesce(sum(w.amount), 0) as amount
      from everyone e left join twelve w on w.kind = e.kind and w.key = e.key
      group by e.kind, e.key, e.amount
    ),
    ranked_services as (
      select key, row_number() over (order by amount desc, key) as rank
      from everyone where kind = 'allocation' and key <> ''
    ),
    named_services as (
      select rs.key, sv.name from ranked_services rs join services sv on sv.id = rs.key::uuid where rs.rank <= ${FLOW_SERVICES}
    )
    select b.bucket, top.rank, t.name as team_name, t.mandate_kind, b.kind, b.key, ns.name as service_name, b.amount::bigint as amount_cents
    from (select * from budgets union all select * from twelve union all select * from others) b
    left join top on top.team_id = b.bucket
    left join teams t on t.id = b.bucket
    left join named_services ns on b.kind = 'allocation' and ns.key = b.key
    where b.amount <> 0
    order by top.rank nulls last, b.kind, b.key`;
}

export interface FlowRow {
  bucket: string | null;
  rank: number | string | null;
  team_name: string | null;
  mandate_kind: MandateKind | null;
  kind: 'budget' | 'cost' | 'allocation';
  /** The category, the service's id, '' for budget. */
  key: string;
  service_name: string | null;
  amount_cents: number | string;
}

/**
 * The statement's rows as the flows: the ranked teams in order, the bucket of all other teams last
 * (when it holds any money); per team its categories and services largest first, the services
 * the statement did not name folded into one "Other services" (serviceId null).
 */
export function presentFlows(rows: readonly FlowRow[]): PortfolioFlows['teams'] {
  type FlowTeam = PortfolioFlows['teams'][number];
  const teams = new Map<string | null, { team: FlowTeam; categories: Map<CostCategory, number>; services: Map<string, FlowTeam['byService'][number]> }>();
  for (const r of rows) {
    let entry = teams.get(r.bucket);
    if (!entry) {
      const team: FlowTeam = { teamId: r.bucket, teamName: r.bucket === null ? 'All other teams' : r.team_name!, mandateKind: r.bucket === null ? null : r.mandate_kind, budgetCents: 0, byCategory: [], byService: [] };
      entry = { team, categories: new Map(), services: new Map() };
      teams.set(r.bucket, entry);
    }
    const amountCents = Number(r.amount_cents);
    if (r.kind === 'budget') entry.team.budgetCents += amountCents;
    else if (r.kind === 'cost') {
      const category = (COST_CATEGORIES as readonly string[]).includes(r.key) ? (r.key as CostCategory) : 'other';
      entry.categories.set(category, (entry.categories.get(category) ?? 0) + amountCents);
    } else {
      const serviceId = r.service_name === null ? null : r.key;
      const service = entry.services.get(serviceId ?? '') ?? { serviceId, serviceName: r.service_name ?? 'Other services', amountCents: 0 };
      service.amountCents += amountCents;
      entry.services.set(serviceId ?? '', service);
    }
  }
  const largestFirst = <T extends { amountCents: number }>(name: (t: T) => string) => (a: T, b: T) => b.amountCents - a.amountCents || name(a).localeCompare(name(b));
  // Rows arrive ranked, the bucket last: the map keeps that order.
  return [...teams.values()].map(({ team, categories, services }) => ({
    ...team,
    byCategory: [...categories]
      .map(([category, amountCents]) => ({ category, amountCents }))
      .filter((c) => c.amountCents !== 0)
      .sort(largestFirst((c) => c.category)),
    byService: [...services.values()].filter((x) => x.amountCents !== 0).sort(largestFirst((x) => x.serviceName)),
  }));
}
