import { sql, type SQL } from 'drizzle-orm';
import type { MetricAggregation, MetricDirection, MetricUnit } from '../../contracts/index.ts';
import { scaleSql, SEED_LABEL } from './seed-scale-sql.ts';

/**
 * The goals of the scale generator (seed-scale.ts): metrics, about two years of measurements,
 * organization objectives and each team's objectives and key results for the current and the
 * previous quarter — computed inside the database from generate_series and the seed's hash
 * functions, like the rest of the organization, from the working table `scale_team`.
 *
 * A metric's level moves smoothly: level(d) = base · exp(±rate · d / 91) on day d counted from the
 * current quarter's first day (+ when higher is better, so a positive rate is an improvement); each
 * point adds a little noise. A key result's baseline is the level on its quarter's first day and
 * its target the level a planned rate would reach by the quarter's end (for a summed metric: the
 * quarter's total at a planned multiple of the daily level). How the metric's actual rate compares
 * with the plan decides whether the key result is on track, at risk or off track, so the mix comes
 * from the distribution of the two rates: most teams on track, some behind, a few going the wrong
 * way, a few metrics that stopped reporting (stale, no data).
 */

interface MetricTemplate {
  key: string;
  de: string;
  en: string;
  unit: MetricUnit;
  direction: MetricDirection;
  aggregation: MetricAggregation;
  customerValue: boolean;
  /** The level on the current quarter's first day lies between these. */
  low: number;
  high: number;
  /** Relative noise of one point, ±. */
  noise: number;
  /** The relative change per quarter a key result plans for (and the metric's rate is drawn around). */
  scale: number;
  decimals: number;
  min: number | null;
  max: number | null;
}

const t = (key: string, de: string, en: string, unit: MetricUnit, direction: MetricDirection, aggregation: MetricAggregation, customerValue: boolean, low: number, high: number, noise: number, scale: number, decimals: number, min: number | null = null, max: number | null = null): MetricTemplate => ({
  key, de, en, unit, direction, aggregation, customerValue, low, high, noise, scale, decimals, min, max,
});

/** What fusion teams measure: the issue's E-Scooter figures, in general form. */
export const FUSION_METRICS: readonly MetricTemplate[] = [
  t('policies', 'Verkaufte Policen', 'Policies sold', 'count', 'higher_is_better', 'sum', false, 20, 200, 0.25, 0.3, 0),
  t('stp', 'Dunkelverarbeitungsquote', 'Straight-through rate', 'percent', 'higher_is_better', 'average', true, 40, 80, 0.05, 0.12, 1, 0, 100),
  t('conversion', 'Abschlussquote Angebot', 'Quote-to-bind conversion', 'percent', 'higher_is_better', 'average', true, 10, 35, 0.08, 0.15, 1, 0, 100),
  t('time_to_plate', 'Minuten bis zum Kennzeichen', 'Minutes to insurance plate', 'minutes', 'lower_is_better', 'average', true, 6, 30, 0.1, 0.15, 1, 0),
  t('cac', 'Kosten je Neukunde', 'Customer acquisition cost', 'cents', 'lower_is_better', 'average', false, 2_000, 12_000, 0.1, 0.12, 0),
  t('rating', 'App-Store-Bewertung', 'App store rating', 'score', 'higher_is_better', 'last', true, 3.2, 4.4, 0.01, 0.04, 2, 1, 5),
  t('nps', 'Net Promoter Score', 'Net Promoter Score', 'score', 'higher_is_better', 'last', true, 20, 50, 0.02, 0.12, 0, -100, 100),
  t('loss_ratio', 'Schadenquote', 'Loss ratio', 'percent', 'lower_is_better', 'average', false, 55, 85, 0.04, 0.06, 1, 0, 100),
];

/** What platform teams measure. */
export const PLATFORM_METRICS: readonly MetricTemplate[] = [
  t('availability', 'Verfügbarkeit', 'Availability', 'percent', 'higher_is_better', 'average', false, 97, 99.5, 0.003, 0.004, 2, 0, 100),
  t('lead_time', 'Durchlaufzeit einer Änderung (Minuten)', 'Change lead time (minutes)', 'minutes', 'lower_is_better', 'average', false, 600, 4_000, 0.15, 0.2, 0, 0),
  t('deployments', 'Deployments', 'Deployments', 'count', 'higher_is_better', 'sum', false, 2, 20, 0.3, 0.3, 0),
];
const TEMPLATES = [...FUSION_METRICS, ...PLATFORM_METRICS];

/** Organization objectives of each quarter; team objectives contribute to one of them (or none). */
export const ORG_OBJECTIVES = [
  'Mehr junge Kundinnen und Kunden gewinnen',
  'Abschluss und Service vollständig digital',
  'Profitabel wachsen',
  'Kundenzufriedenheit steigern',
  'Stabile und schnelle Plattformen',
] as const;

const TEAM_OBJECTIVES = [
  'Neue Zielgruppen erreichen',
  'Abschluss in der App vereinfachen',
  'Schäden schneller regulieren',
  'Kosten je Vertrag senken',
  'Kundinnen und Kunden begeistern',
  'Betrieb stabilisieren',
  'Angebot und Preis verbessern',
];

/** Days of measurement history up to today: about eighteen months. */
export const HISTORY_DAYS = 540;
/** Teams per statement of the measurements (about a million points): bounds each statement's memory. */
export const MEASUREMENT_CHUNK_TEAMS = 2_000;

export interface GoalQuarter {
  quarter: string;
  start: string;
  end: string;
}

export interface ScaleGoalsFrame {
  /** The organization's calendar day, YYYY-MM-DD. */
  today: string;
  now: Date;
  timeZone: string;
  /** The previous and the current quarter, in this order. */
  quarters: readonly [GoalQuarter, GoalQuarter];
}

export function scaleGoalsSql(seed: number, frame: ScaleGoalsFrame) {
  const { rand, uid } = scaleSql(seed);
  const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;
  const floatArray = (values: readonly (number | null)[]) => sql`${sql.param([...values])}::float8[]`;
  const intArray = (values: readonly number[]) => sql`${sql.param([...values])}::int[]`;
  /** A constant written into the statement: its type is then the literal's, not a parameter's to be guessed. */
  const lit = (v: number) => sql.raw(String(v));
  const [previous, current] = frame.quarters;
  const c0 = sql`${current.start}::date`;
  const today = sql`${frame.today}::date`;
  const now = sql`${frame.now.toISOString()}::timestamptz`;
  const tz = frame.timeZone;

  /** The metric's level on day `d` (from the current quarter's first day), before noise. */
  const level = (m: string, d: SQL) => sql`(${sql.raw(m)}.base * exp(${sql.raw(m)}.sign * ${sql.raw(m)}.rate * (${d})::float8 / 91))`;
  /** A value as the metric's unit allows it: rounded to its decimals, within its bounds (and 0 for counts and minutes). */
  const fit = (m: string, x: SQL) => {
    const r = sql`round((${x})::numeric, ${sql.raw(m)}.decimals)::float8`;
    return sql`least(coalesce(${sql.raw(m)}.max_value, 'infinity'::float8), greatest(coalesce(${sql.raw(m)}.min_value, '-infinity'::float8), ${r}))`;
  };
  /** The point of metric `m` on day `d`: the level with its noise, a week's total for a weekly summed metric. */
  const valueAt = (m: string, d: SQL) =>
    fit(m, sql`${level(m, d)} * (1 + ${sql.raw(m)}.noise * (2 * ${rand(sql`'mv:' || ${sql.raw(m)}.id::text || ':' || (${d})::text`)} - 1))
      * case when ${sql.raw(m)}.aggregation = 'sum' then ${sql.raw(m)}.cadence else 1 end`);
  const measuredAt = (d: SQL) => sql`(((${c0} + (${d})::int)::timestamp + interval '6 hours') at time zone ${tz})`;

  return {
    /**
     * The working tables: every metric with its traits (template, level, rate, cadence, which
     * days it has points on), and the objectives of both quarters with how many key results each has.
     */
    workingTables: (): SQL[] => [
      sql`create temp table scale_template on commit drop as
        select * from unnest(${textArray(TEMPLATES.map((x) => x.key))}, ${textArray(TEMPLATES.map((x) => x.de))}, ${textArray(TEMPLATES.map((x) => x.en))},
          ${textArray(TEMPLATES.map((x) => x.unit))}, ${textArray(TEMPLATES.map((x) => x.direction))}, ${textArray(TEMPLATES.map((x) => x.aggregation))},
          ${sql.param(TEMPLATES.map((x) => x.customerValue))}::boolean[], ${floatArray(TEMPLATES.map((x) => x.low))}, ${floatArray(TEMPLATES.map((x) => x.high))},
          ${floatArray(TEMPLATES.map((x) => x.noise))}, ${floatArray(TEMPLATES.map((x) => x.scale))}, ${intArray(TEMPLATES.map((x) => x.decimals))},
          ${floatArray(TEMPLATES.map((x) => x.min))}, ${floatArray(TEMPLATES.map((x) => x.max))})
          with ordinality as x(key, name_de, name_en, unit, direction, aggregation, customer_value, low, high, noise, scale, decimals, min_value, max_value, ord)`,
      // Team n measures two or three metrics of different templates (platform teams their own kind).
      // A metric is measured daily (about a quarter of them) or weekly; about 6 % stopped
      // reporting some weeks ago and 1 % never reported.
      sql`create temp table scale_metric on commit drop as
        with picks as (
          select st.n, st.id as team_id, st.platform, k,
            case when st.platform
              then ${lit(FUSION_METRICS.length)} + 1 + (floor(${lit(PLATFORM_METRICS.length)} * ${rand(sql`'mtpl:' || st.n`)})::int + k - 1) % ${lit(PLATFORM_METRICS.length)}
              else 1 + (floor(${lit(FUSION_METRICS.length)} * ${rand(sql`'mtpl:' || st.n`)})::int + (k - 1) * 3) % ${lit(FUSION_METRICS.length)}
            end as ord
          from scale_team st
          cross join lateral generate_series(1, 2 + (${rand(sql`'mcount:' || st.n`)} < 0.5)::int) as k
        ),
        traits as (
          select p.*, ${uid(sql`'metric:' || p.n || ':' || p.k`)} as id,
            case when ${rand(sql`'cadence:' || p.n || ':' || p.k`)} < 0.27 then 1 else 7 end as cadence,
            ${rand(sql`'stale:' || p.n || ':' || p.k`)} as stale_draw
          from picks p
        ),
        days as (
          select tr.*,
            (${today} - ${lit(HISTORY_DAYS - 1)} - ${c0}) + floor(tr.cadence * ${rand(sql`'phase:' || tr.n || ':' || tr.k`)})::int as first_day,
            case when tr.stale_draw < 0.01 then null
                 when tr.stale_draw < 0.07 then (${today} - ${c0}) - (case when tr.cadence = 1 then 2 else 8 end) - 2 - floor(40 * ${rand(sql`'gap:' || tr.n || ':' || tr.k`)})::int
                 else (case when ${measuredAt(sql`${today} - ${c0}`)} <= ${now} then ${today} else ${today} - 1 end) - ${c0}
            end as last_day
          from traits tr
        )
        select d.n, d.k, d.id, d.team_id, d.platform, d.cadence, d.first_day,
          case when d.last_day is null or d.last_day < d.first_day then 0 else (d.last_day - d.first_day) / d.cadence + 1 end as points,
          x.key as template, x.name_de, x.name_en, x.unit, x.direction, x.aggregation, x.customer_value, x.noise, x.scale, x.decimals, x.min_value, x.max_value,
          case when x.direction = 'higher_is_better' then 1 else -1 end as sign,
          x.low + (x.high - x.low) * ${rand(sql`'base:' || d.n || ':' || d.k`)} as base,
          -- the actual rate, relative to the template's planned change: mostly improving, some
          -- slower than planned, about one in seven going the wrong way
          x.scale * case when ${rand(sql`'way:' || d.n || ':' || d.k`)} < 0.14 then -0.6 * ${rand(sql`'rate:' || d.n || ':' || d.k`)}
                         else 0.35 + 1.25 * ${rand(sql`'rate:' || d.n || ':' || d.k`)} end as rate
        from days d join scale_template x on x.ord = d.ord`,
      sql`alter table scale_metric add primary key (n, k)`,
      sql`create temp table scale_team_metrics on commit drop as select n, count(*)::int as metrics from scale_metric group by n`,
      // Objectives: org objectives (team_id null; their one key result uses a metric of team i),
      // then one to three per team and quarter, seven in ten contributing to an org objective.
      sql`create temp table scale_objective on commit drop as
        select ${uid(sql`'org-objective:' || q.quarter || ':' || i`)} as id, q.quarter, q.qi, null::uuid as team_id, i as n, i as j,
          (${textArray(ORG_OBJECTIVES)})[i] as title, null::uuid as contributes_to, case when i <= 3 then 1 else 0 end as krs
        from unnest(${textArray([previous.quarter, current.quarter])}, array[0, 1]) as q(quarter, qi)
        cross join generate_series(1, ${lit(ORG_OBJECTIVES.length)}) as i
        union all
        select ${uid(sql`'objective:' || q.quarter || ':' || st.n || ':' || j`)}, q.quarter, q.qi, st.id, st.n, j,
          (${textArray(TEAM_OBJECTIVES)})[1 + floor(${lit(TEAM_OBJECTIVES.length)} * ${rand(sql`'otitle:' || q.quarter || ':' || st.n || ':' || j`)})::int],
          case when ${rand(sql`'contributes:' || q.quarter || ':' || st.n || ':' || j`)} < 0.7
            then ${uid(sql`'org-objective:' || q.quarter || ':' || (1 + floor(${lit(ORG_OBJECTIVES.length)} * ${rand(sql`'org:' || q.quarter || ':' || st.n || ':' || j`)})::int)`)} end,
          1 + floor(3 * ${rand(sql`'krs:' || q.quarter || ':' || st.n || ':' || j`)})::int
        from scale_team st
        cross join unnest(${textArray([previous.quarter, current.quarter])}, array[0, 1]) as q(quarter, qi)
        cross join lateral generate_series(1, 1 + floor(3 * ${rand(sql`'objectives:' || q.quarter || ':' || st.n`)})::int) as j`,
      sql`analyze scale_metric`,
      sql`analyze scale_objective`,
    ],

    metrics: (createdAt: Date): SQL => {
      const last = sql`m.first_day + (m.points - 1) * m.cadence`;
      return sql`insert into metrics (id, key, name_de, name_en, unit, direction, aggregation, owner_team_id, customer_value, source, expected_interval_days,
          min_value, max_value, last_measured_at, last_value, created_at, updated_at)
        select m.id, 'scale.' || lpad(m.n::text, 5, '0') || '.' || m.template, m.name_de, m.name_en, m.unit, m.direction, m.aggregation, m.team_id,
          m.customer_value, 'api', case when m.cadence = 1 then 2 else 8 end, m.min_value, m.max_value,
          case when m.points > 0 then ${measuredAt(last)} end,
          case when m.points > 0 then ${valueAt('m', last)} end,
          ${createdAt.toISOString()}::timestamptz, ${createdAt.toISOString()}::timestamptz
        from scale_metric m order by m.n, m.k`;
    },

    /** The one batch every generated point belongs to, with their number. */
    batch: (createdAt: Date): SQL => sql`insert into measurement_batches (id, idempotency_key, payload_hash, points, corrected, source, created_by, created_at)
      select ${uid(sql`'measurement-batch'`)}, 'scale-seed:' || ${String(seed)}, md5('scale-seed:' || ${String(seed)}), coalesce(sum(points), 0), 0, 'api', ${SEED_LABEL},
        ${createdAt.toISOString()}::timestamptz
      from scale_metric`,

    /** The points of the metrics of teams from … to, each metric's in time order. */
    measurementsChunk: (from: number, to: number): SQL => {
      const d = sql`m.first_day + j * m.cadence`;
      return sql`insert into measurements (metric_id, measured_at, value, batch_id)
        select m.id, ${measuredAt(d)}, ${valueAt('m', d)}, ${uid(sql`'measurement-batch'`)}
        from (select * from scale_metric where n between ${from}::int and ${to}::int and points > 0 order by id) m
        cross join lateral generate_series(0, m.points - 1) as j`;
    },

    objectives: (createdAt: Date): SQL => sql`insert into objectives (id, team_id, quarter, title, description, contributes_to, created_by, created_at, updated_at)
      select id, team_id, quarter, title, '', contributes_to, ${SEED_LABEL}, ${createdAt.toISOString()}::timestamptz + (j - 1) * interval '1 second', ${createdAt.toISOString()}::timestamptz
      from scale_objective order by team_id nulls first, quarter, j`,

    /**
     * Key results on the team's metrics: baseline = the level on the quarter's first day; target =
     * the level a planned change reaches at its end (the full change for the latest value, half
     * of it for an average, whose figure trails the level), for a summed metric the quarter's
     * total at 0.85–1.6 times the first day's level. One in twenty holds the line (target =
     * baseline); in the current quarter one in thirty starts only in the second half of its last
     * month.
     */
    keyResults: (createdAt: Date): SQL => {
      const qStart = sql`(case when o.qi = 1 then ${c0} else ${previous.start}::date end)`;
      const qEnd = sql`(case when o.qi = 1 then ${current.end}::date else ${previous.end}::date end)`;
      const key = sql`o.id::text || ':' || r`;
      const startLevel = level('m', sql`${qStart} - ${c0}`);
      const planned = sql`(m.scale * (0.6 + 0.8 * ${rand(sql`'plan:' || ${key}`)}))`;
      const hold = sql`(${rand(sql`'hold:' || ${key}`)} < 0.05)`;
      const lateStart = sql`(o.qi = 1 and ${rand(sql`'late:' || ${key}`)} < 1.0 / 30)`;
      return sql`insert into key_results (id, objective_id, metric_id, title, baseline, target, period_start, period_end, position, created_at, updated_at)
        select ${uid(sql`'kr:' || ${key}`)}, o.id, m.id,
          m.name_de || case when m.aggregation <> 'sum' and ${hold} then ' halten' when m.direction = 'higher_is_better' then ' steigern' else ' senken' end,
          case when m.aggregation = 'sum' then 0 else ${fit('m', startLevel)} end,
          case when m.aggregation = 'sum' then round(${startLevel} * (${qEnd} - ${qStart} + 1) * (0.85 + 0.75 * ${rand(sql`'sum:' || ${key}`)}))
               when ${hold} then ${fit('m', startLevel)}
               else ${fit('m', sql`${startLevel} * exp(m.sign * ${planned} * case when m.aggregation = 'average' then 0.5 else 1 end)`)} end,
          case when ${lateStart} then ${qEnd} - 16 else ${qStart} end, ${qEnd}, r - 1,
          ${createdAt.toISOString()}::timestamptz, ${createdAt.toISOString()}::timestamptz
        from scale_objective o
        join scale_team_metrics tm on tm.n = o.n
        cross join lateral generate_series(1, o.krs) as r
        join scale_metric m on m.n = o.n and m.k = 1 + floor(tm.metrics * ${rand(sql`'krmetric:' || ${key}`)})::int
        order by o.team_id nulls first, o.quarter, o.j, r`;
    },

    counts: (): SQL => sql`select
      (select count(*) from metrics) as metrics, (select count(*) from measurements) as measurements,
      (select count(*) from objectives) as objectives, (select count(*) from key_results) as key_results`,
  };
}
