import { sql, type SQL } from 'drizzle-orm';
import {
  quarterBounds,
  type GOALS_PORTFOLIO_SORTS,
  type GoalsPortfolio,
  type GoalsPortfolioRow,
  type KrStatus,
  type MandateKind,
  type MetricAggregation,
  type MetricDirection,
  type MetricUnit,
} from '../../contracts/index.ts';
import { queryRows, type Db } from '../../db/client.ts';
import { isStale } from './metric-rules.ts';
import { elapsedShare } from './progress-rules.ts';

/**
 * The portfolio goals page in SQL: every key result of a quarter evaluated by the rules of
 * progress-rules.ts — repeated here statement by statement, so that sorting, paging and counting
 * stay in the database at 10,000 teams — and rolled up per team, per organization objective and per
 * heatmap cell. A test holds the SQL to the TypeScript rules on every edge.
 */

export type GoalsPortfolioSort = (typeof GOALS_PORTFOLIO_SORTS)[number];

/** Everything the statements depend on: the quarter and the moment they are read at. */
export interface GoalsPortfolioParams {
  quarter: string;
  /** The organization's calendar day (YYYY-MM-DD): elapsed shares and whether a period has begun. */
  today: string;
  /** Measurements count up to this moment; staleness is judged at it. */
  now: Date;
  /** The organization's time zone: a key result's period is whole days in it. */
  timeZone: string;
  mandateKind?: MandateKind | undefined;
  sort: GoalsPortfolioSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** How many customer-value metrics, off-track teams and stale metrics the page lists. */
export const CUSTOMER_VALUE_LIMIT = 24;
export const OFF_TRACK_LIMIT = 20;
export const OFF_TRACK_TITLES = 3;
export const STALE_LIMIT = 50;
/** previousValue is the latest value at least this long before the last one. */
const PREVIOUS_VALUE_HOURS = 30 * 24;

/**
 * statusOf() of progress-rules.ts for a begun key result (or a roll-up), with the thresholds of
 * `gs` and the same hair of tolerance (1e-9) on the gap. float8 arithmetic is IEEE double, like
 * JavaScript's, so the same inputs give the same status.
 */
function statusOfBegun(progress: SQL, elapsed: SQL): SQL {
  return sql`case
    when ${progress} is null then 'no_data'
    when ${progress} >= 1 then 'on_track'
    when (${elapsed} - ${progress}) * 100 <= gs.at_risk + 1e-9::float8 then 'on_track'
    when (${elapsed} - ${progress}) * 100 <= gs.off_track + 1e-9::float8 then 'at_risk'
    else 'off_track' end`;
}

/**
 * The counts and sums rollUp() needs, over a group of evaluated key results (`st` rows; with a left
 * join, rows without a key result have a null status and count nowhere).
 */
const rollupSums = sql`
  count(status) as key_results,
  count(*) filter (where status = 'on_track') as on_track,
  count(*) filter (where status = 'at_risk') as at_risk,
  count(*) filter (where status = 'off_track') as off_track,
  count(*) filter (where status = 'not_started') as not_started,
  count(*) filter (where status = 'no_data') as no_data,
  count(*) filter (where status <> 'not_started') as begun,
  count(*) filter (where status not in ('not_started', 'no_data')) as with_data,
  coalesce(sum(least(1::float8, greatest(0::float8, coalesce(progress, 0::float8)))) filter (where status <> 'not_started'), 0::float8) as attainment_sum,
  coalesce(sum(elapsed) filter (where status <> 'not_started'), 0::float8) as elapsed_sum`;

/**
 * rollUp() of progress-rules.ts from those sums (columns of `a`): the mean attainment of the begun
 * key results (a begun one without data counts 0), and its status against their mean elapsed share;
 * nothing begun: null and not_started; nothing begun has data: no_data.
 */
const rolledAttainment = (a: string) => sql.raw(`case when ${a}.begun > 0 then ${a}.attainment_sum / ${a}.begun end`);
function rolledStatus(a: string): SQL {
  return sql`case when ${sql.raw(a)}.begun = 0 then 'not_started' when ${sql.raw(a)}.with_data = 0 then 'no_data'
    else ${statusOfBegun(rolledAttainment(a), sql.raw(`(${a}.elapsed_sum / ${a}.begun)`))} end`;
}

/**
 * The common table expressions every goals statement starts with, ending in `st`: each key result
 * of the quarter's objectives (team and organization objectives) with its current value, progress,
 * elapsed share and status.
 *
 * - `current` is the metric over the key result's period so far, aggregated the metric's way:
 *   measurements from the first day's midnight to the end of the last day in the organization's
 *   time zone, and not after `now`. Each metric and period is read once however many key results
 *   share it, from the primary key's index (which carries the value): sum and average read the
 *   period's points, the latest value reads one.
 * - elapsed share, progress and status are elapsedShare(), progressOf() and statusOf() in SQL.
 */
export function evaluatedKeyResultsCtes(p: GoalsPortfolioParams): SQL {
  const today = sql`${p.today}::date`;
  const now = sql`${p.now.toISOString()}::timestamptz`;
  return sql`
    gs as (
      select at_risk_gap_percent::float8 as at_risk, off_track_gap_percent::float8 as off_track,
        at_risk_gap_percent, off_track_gap_percent, version
      from goal_settings where id = 1
    ),
    kr as materialized (
      select k.id, k.metric_id, k.baseline, k.target, k.period_start, k.period_end,
        o.id as objective_id, o.team_id, o.contributes_to, mt.direction, mt.aggregation
      from objectives o
      join key_results k on k.objective_id = o.id
      join metrics mt on mt.id = k.metric_id
      where o.quarter = ${p.quarter}
    ),
    span as (
      select metric_id, aggregation, period_start, period_end,
        (period_start::timestamp at time zone ${p.timeZone}) as from_ts,
        ((period_end + 1)::timestamp at time zone ${p.timeZone}) as to_ts
      from (select distinct metric_id, aggregation, period_start, period_end from kr where period_start <= ${today}) d
    ),
    cur as (
      select s.metric_id, s.period_start, s.period_end,
        case when s.aggregation = 'last' then (
            select m.value from measurements m
            where m.metric_id = s.metric_id and m.measured_at >= s.from_ts and m.measured_at < s.to_ts and m.measured_at <= ${now}
            order by m.measured_at desc limit 1)
          else (
            select case when s.aggregation = 'sum' then sum(m.value) else sum(m.value) / count(*) end from measurements m
            where m.metric_id = s.metric_id and m.measured_at >= s.from_ts and m.measured_at < s.to_ts and m.measured_at <= ${now})
        end as current
      from span s
    ),
    ev as (
      select kr.*, c.current,
        ${today} >= kr.period_start as started,
        case when ${today} < kr.period_start then 0::float8
             when ${today} > kr.period_end then 1::float8
             else (${today} - kr.period_start + 1)::float8 / (kr.period_end - kr.period_start + 1) end as elapsed,
        case when c.current is null then null::float8
             when kr.target = kr.baseline then
               case when (case when kr.direction = 'higher_is_better' then c.current >= kr.target else c.current <= kr.target end) then 1::float8 else 0::float8 end
             else (c.current - kr.baseline) / (kr.target - kr.baseline) end as progress
      from kr left join cur c on c.metric_id = kr.metric_id and c.period_start = kr.period_start and c.period_end = kr.period_end
    ),
    st as materialized (
      select ev.*, case when not ev.started then 'not_started' else ${statusOfBegun(sql`ev.progress`, sql`ev.elapsed`)} end as status
      from ev cross join gs
    )`;
}

/** Every key result of the quarter, evaluated: what the tests compare with evaluateKeyResult(). */
export function keyResultsOfQuarterQuery(p: GoalsPortfolioParams): SQL {
  return sql`with ${evaluatedKeyResultsCtes(p)}
    select id, objective_id, team_id, contributes_to, current, progress, elapsed, status from st order by id`;
}

export interface EvaluatedKeyResultRow {
  id: string;
  objective_id: string;
  team_id: string | null;
  contributes_to: string | null;
  current: number | null;
  progress: number | null;
  elapsed: number;
  status: KrStatus;
}

const SORT_KEYS: Record<Exclude<GoalsPortfolioSort, 'name'>, string> = {
  // Teams with nothing begun have no attainment: they come last either way.
  attainment: 'attainment',
  off_track: 'off_track',
};

function orderBy(sort: GoalsPortfolioSort, order: 'asc' | 'desc'): SQL {
  const dir = order === 'desc' ? 'desc' : 'asc';
  // Team names are unique; the id only makes the order total for paging.
  if (sort === 'name') return sql.raw(`name ${dir}, id ${dir}`);
  return sql.raw(`${SORT_KEYS[sort]} ${dir} nulls last, name asc, id asc`);
}

/**
 * The portfolio goals roll-up as one statement, whatever the number of teams: the quarter's key
 * results evaluated once (`st`), then
 *
 * - per team (`r`: teams with key results this quarter, of the mandate kind asked for): status
 *   counts and rollUp(); sorted and paged (`part` 'team', in order of `n`), with the totals over all
 *   of them (`part` 'all', rollUp() over all their key results, and the goal settings);
 * - per organization objective of the quarter: its own key results and those of every team
 *   objective contributing to it (`part` 'org');
 * - for the teams of the page, their key results grouped by the organization objective they serve,
 *   null for none (`part` 'cell');
 * - the teams with the most off-track key results, with the titles of up to three of them, worst
 *   first (`part` 'off'; `teams` on the 'all' row counts every team with one).
 */
export function goalsPortfolioQuery(p: GoalsPortfolioParams): SQL {
  const mandate = p.mandateKind ? sql`where t.mandate_kind = ${p.mandateKind}` : sql``;
  const order = orderBy(p.sort, p.order);
  return sql`with ${evaluatedKeyResultsCtes(p)},
    team_sums as (
      select team_id, ${rollupSums} from st where team_id is not null group by team_id
    ),
    r as materialized (
      select t.id, t.name, t.mandate_kind, a.key_results, a.on_track, a.at_risk, a.off_track, a.not_started, a.no_data,
        a.begun, a.with_data, a.attainment_sum, a.elapsed_sum,
        ${rolledAttainment('a')} as attainment, ${rolledStatus('a')} as status
      from team_sums a join teams t on t.id = a.team_id cross join gs
      ${mandate}
    ),
    page as (
      select r.*, row_number() over (order by ${order}) as n from r order by ${order} limit ${p.limit} offset ${p.offset}
    ),
    totals as (
      select a.*, ${rolledAttainment('a')} as attainment, ${rolledStatus('a')} as status,
        gs.at_risk_gap_percent, gs.off_track_gap_percent, gs.version
      from (
        select count(*) as teams, coalesce(sum(key_results), 0) as key_results,
          coalesce(sum(on_track), 0) as on_track, coalesce(sum(at_risk), 0) as at_risk, coalesce(sum(off_track), 0) as off_track,
          coalesce(sum(not_started), 0) as not_started, coalesce(sum(no_data), 0) as no_data,
          coalesce(sum(begun), 0) as begun, coalesce(sum(with_data), 0) as with_data,
          coalesce(sum(attainment_sum), 0::float8) as attainment_sum, coalesce(sum(elapsed_sum), 0::float8) as elapsed_sum,
          count(*) filter (where off_track > 0) as off_track_teams
        from r
      ) a cross join gs
    ),
    cell_sums as (
      select st.team_id, st.contributes_to, min(pg.n) as n, ${rollupSums}
      from st join (select id, n from page) pg on pg.id = st.team_id
      group by st.team_id, st.contributes_to
    ),
    cells as (
      select a.*, ${rolledAttainment('a')} as attainment, ${rolledStatus('a')} as status from cell_sums a cross join gs
    ),
    org_kr as (
      select objective_id as org_id, team_id, status, progress, elapsed from st where team_id is null
      union all
      select contributes_to, team_id, status, progress, elapsed from st where contributes_to is not null
    ),
    org_sums as (
      select o.id, o.title, row_number() over (order by o.created_at, o.title, o.id) as n,
        count(distinct k.team_id) as contributing_teams, ${rollupSums}
      from objectives o left join org_kr k on k.org_id = o.id
      where o.quarter = ${p.quarter} and o.team_id is null
      group by o.id, o.title, o.created_at
    ),
    orgs as (
      select a.*, ${rolledAttainment('a')} as attainment, ${rolledStatus('a')} as status from org_sums a cross join gs
    ),
    off as (
      select r.id, r.name, r.off_track, row_number() over (order by r.off_track desc, r.name, r.id) as n
      from r where r.off_track > 0 order by r.off_track desc, r.name, r.id limit ${OFF_TRACK_LIMIT}
    ),
    off_titles as (
      select st.team_id, (array_agg(k.title order by st.elapsed - st.progress desc, k.title, k.id))[1:${sql.raw(String(OFF_TRACK_TITLES))}] as titles
      from st join off on off.id = st.team_id join key_results k on k.id = st.id
      where st.status = 'off_track'
      group by st.team_id
    )
    select 'team' as part, n, id, name, mandate_kind, null::uuid as objective_id,
      key_results::bigint, on_track::bigint, at_risk::bigint, off_track::bigint, not_started::bigint, no_data::bigint,
      attainment, status, null::bigint as teams, null::bigint as off_track_teams, null::text[] as titles,
      null::int as at_risk_gap_percent, null::int as off_track_gap_percent, null::int as settings_version
    from page
    union all
    select 'all', null, null, null, null, null,
      a.key_results::bigint, a.on_track::bigint, a.at_risk::bigint, a.off_track::bigint, a.not_started::bigint, a.no_data::bigint,
      a.attainment, a.status, a.teams::bigint, a.off_track_teams::bigint, null,
      a.at_risk_gap_percent, a.off_track_gap_percent, a.version
    from totals a
    union all
    select 'cell', n, team_id, null, null, contributes_to,
      key_results::bigint, on_track::bigint, at_risk::bigint, off_track::bigint, not_started::bigint, no_data::bigint,
      attainment, status, null, null, null, null, null, null
    from cells
    union all
    select 'org', n, id, title, null, null,
      key_results::bigint, on_track::bigint, at_risk::bigint, off_track::bigint, not_started::bigint, no_data::bigint,
      attainment, status, contributing_teams::bigint, null, null, null, null, null
    from orgs
    union all
    select 'off', off.n, off.id, off.name, null, null, null, null, null, off.off_track::bigint, null, null,
      null, null, null, null, coalesce(ot.titles, '{}'::text[]), null, null, null
    from off left join off_titles ot on ot.team_id = off.id
    order by part, n, objective_id nulls last`;
}

/** A row of `goalsPortfolioQuery` as the drivers return it (bigint may be a string). */
export interface GoalsPortfolioQueryRow {
  part: 'team' | 'all' | 'cell' | 'org' | 'off';
  n: number | string | null;
  id: string | null;
  name: string | null;
  mandate_kind: MandateKind | null;
  objective_id: string | null;
  key_results: number | string | null;
  on_track: number | string | null;
  at_risk: number | string | null;
  off_track: number | string | null;
  not_started: number | string | null;
  no_data: number | string | null;
  attainment: number | null;
  status: KrStatus | null;
  teams: number | string | null;
  off_track_teams: number | string | null;
  titles: string[] | null;
  at_risk_gap_percent: number | null;
  off_track_gap_percent: number | null;
  settings_version: number | null;
}

const mandateOf = (p: Pick<GoalsPortfolioParams, 'mandateKind'>) => (p.mandateKind ? sql`and t.mandate_kind = ${p.mandateKind}` : sql``);

/**
 * The customer-value metrics side by side: at most 24 (of the teams of the mandate kind asked for),
 * those bound to a key result of the quarter first, then by team and key; with the last value and
 * the latest value at least 30 days before it.
 */
export function customerValueQuery(p: GoalsPortfolioParams): SQL {
  return sql`
    with bound as (
      select distinct k.metric_id from key_results k join objectives o on o.id = k.objective_id where o.quarter = ${p.quarter}
    ),
    picked as (
      select m.id, m.key, m.name_de, m.name_en, m.unit, m.direction, m.aggregation, m.customer_value, m.last_measured_at, m.last_value,
        m.expected_interval_days, m.owner_team_id, t.name as team_name, (b.metric_id is not null) as bound
      from metrics m join teams t on t.id = m.owner_team_id left join bound b on b.metric_id = m.id
      where m.customer_value ${mandateOf(p)}
      order by bound desc, t.name, m.key
      limit ${CUSTOMER_VALUE_LIMIT}
    )
    select p.*,
      (select v.value from measurements v
        where v.metric_id = p.id and v.measured_at <= p.last_measured_at - interval '${sql.raw(String(PREVIOUS_VALUE_HOURS))} hours'
        order by v.measured_at desc limit 1) as previous_value
    from picked p
    order by p.bound desc, p.team_name, p.key`;
}

export interface CustomerValueRow {
  id: string;
  key: string;
  name_de: string;
  name_en: string;
  unit: MetricUnit;
  direction: MetricDirection;
  aggregation: MetricAggregation;
  customer_value: boolean;
  last_measured_at: Date | string | null;
  last_value: number | null;
  expected_interval_days: number;
  owner_team_id: string;
  team_name: string;
  bound: boolean;
  previous_value: number | null;
}

/**
 * Metrics without a measurement for longer than their expected interval, or without any (isStale()
 * of metric-rules.ts, in hours so that a change of daylight saving time does not move it), of teams
 * that still record (not sunset): the 50 stalest, never measured first, with how many there are.
 */
export function staleMetricsQuery(p: GoalsPortfolioParams): SQL {
  return sql`
    select m.id, m.name_de, m.name_en, m.owner_team_id, t.name as team_name, m.last_measured_at, m.expected_interval_days,
      count(*) over () as total
    from metrics m join teams t on t.id = m.owner_team_id
    where t.stage <> 'sunset' ${mandateOf(p)}
      and (m.last_measured_at is null or m.last_measured_at < ${p.now.toISOString()}::timestamptz - m.expected_interval_days * interval '24 hours')
    order by m.last_measured_at asc nulls first, t.name, m.key
    limit ${STALE_LIMIT}`;
}

export interface StaleMetricRow {
  id: string;
  name_de: string;
  name_en: string;
  owner_team_id: string;
  team_name: string;
  last_measured_at: Date | string | null;
  expected_interval_days: number;
  total: number | string;
}

/** The statements of one portfolio read, in the order the use case sends them. */
export function goalsPortfolioStatements(p: GoalsPortfolioParams): { main: SQL; customerValue: SQL; stale: SQL } {
  return { main: goalsPortfolioQuery(p), customerValue: customerValueQuery(p), stale: staleMetricsQuery(p) };
}

/**
 * Settings of the read's transaction. No JIT: from a few thousand teams on, the roll-up's estimated
 * cost passes PostgreSQL's jit_above_cost, and compiling its expressions then costs more than
 * running them (0.54 s of 1.89 s at 10,000 teams, measured). More memory for its sorts of every key
 * result of the quarter (a few MB at 10,000 teams), which the default 4 MB sends to disk.
 */
const READ_SETTINGS = sql`select set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`;

/**
 * The three statements in one read-only transaction: one snapshot, so the totals, the side lists and
 * the page agree with each other, and the settings above for these statements only.
 */
export async function readGoalsPortfolio(db: Db, p: GoalsPortfolioParams): Promise<{ rows: GoalsPortfolioQueryRow[]; customerValue: CustomerValueRow[]; stale: StaleMetricRow[] }> {
  const statements = goalsPortfolioStatements(p);
  return db.transaction(
    async (tx) => {
      await tx.execute(READ_SETTINGS);
      const rows = await queryRows<GoalsPortfolioQueryRow>(tx, statements.main);
      const customerValue = await queryRows<CustomerValueRow>(tx, statements.customerValue);
      const stale = await queryRows<StaleMetricRow>(tx, statements.stale);
      return { rows, customerValue, stale };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

const num = (v: number | string | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
const timestamp = (v: Date | string | null) => (v === null ? null : new Date(v));

function countsOf(r: GoalsPortfolioQueryRow | undefined) {
  return {
    onTrack: num(r?.on_track),
    atRisk: num(r?.at_risk),
    offTrack: num(r?.off_track),
    notStarted: num(r?.not_started),
    noData: num(r?.no_data),
  };
}

/** The three statements' rows as the portfolio page. */
export function presentGoalsPortfolio(
  p: GoalsPortfolioParams,
  rows: readonly GoalsPortfolioQueryRow[],
  customerValue: readonly CustomerValueRow[],
  stale: readonly StaleMetricRow[],
): GoalsPortfolio {
  const teams: GoalsPortfolioRow[] = [];
  const heatmap: GoalsPortfolio['heatmap'] = [];
  const orgObjectives: GoalsPortfolio['orgObjectives'] = [];
  const offTrack: GoalsPortfolio['offTrack'] = [];
  let all: GoalsPortfolioQueryRow | undefined;
  for (const r of rows) {
    switch (r.part) {
      case 'team':
        teams.push({
          teamId: r.id!,
          teamName: r.name!,
          mandateKind: r.mandate_kind!,
          keyResults: num(r.key_results),
          ...countsOf(r),
          attainment: r.attainment,
          status: r.status!,
        });
        break;
      case 'all':
        all = r;
        break;
      case 'cell':
        heatmap.push({ teamId: r.id!, objectiveId: r.objective_id, keyResults: num(r.key_results), attainment: r.attainment, status: r.status! });
        break;
      case 'org':
        orgObjectives.push({ id: r.id!, title: r.name!, attainment: r.attainment, status: r.status!, keyResults: num(r.key_results), contributingTeams: num(r.teams) });
        break;
      case 'off':
        offTrack.push({ teamId: r.id!, teamName: r.name!, offTrack: num(r.off_track), keyResults: r.titles ?? [] });
        break;
    }
  }
  const { start, end } = quarterBounds(p.quarter);
  const now = p.now;
  return {
    quarter: p.quarter,
    elapsedShare: elapsedShare(start, end, p.today),
    settings: { atRiskGapPercent: all?.at_risk_gap_percent ?? 10, offTrackGapPercent: all?.off_track_gap_percent ?? 25, version: all?.settings_version ?? 1 },
    totals: { teams: num(all?.teams), keyResults: num(all?.key_results), ...countsOf(all), attainment: all?.attainment ?? null },
    rows: teams,
    totalRows: num(all?.teams),
    orgObjectives,
    heatmap,
    customerValue: customerValue.map((m) => {
      const lastMeasuredAt = timestamp(m.last_measured_at);
      return {
        id: m.id,
        key: m.key,
        name: { de: m.name_de, en: m.name_en },
        unit: m.unit,
        direction: m.direction,
        aggregation: m.aggregation,
        customerValue: m.customer_value,
        lastMeasuredAt: lastMeasuredAt?.toISOString() ?? null,
        stale: isStale(lastMeasuredAt, m.expected_interval_days, now),
        ownerTeamId: m.owner_team_id,
        teamName: m.team_name,
        lastValue: m.last_value,
        previousValue: m.previous_value,
      };
    }),
    offTrack,
    offTrackTotal: num(all?.off_track_teams),
    stale: stale.map((m) => ({
      metricId: m.id,
      name: { de: m.name_de, en: m.name_en },
      teamId: m.owner_team_id,
      teamName: m.team_name,
      lastMeasuredAt: timestamp(m.last_measured_at)?.toISOString() ?? null,
      expectedIntervalDays: m.expected_interval_days,
    })),
    staleTotal: stale.length > 0 ? num(stale[0]!.total) : 0,
  };
}
