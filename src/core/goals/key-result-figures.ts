import { sql } from 'drizzle-orm';
import { queryRows, type Queryable } from '../../db/client.ts';
import { today, type Ctx } from '../shared/context.ts';

/** What the measurements say about a key result so far. */
export interface MeasuredFigures {
  /** The metric over the period up to now, aggregated its way; null without a measurement. */
  current: number | null;
  /** One value per day of the period so far (the day's sum, average or latest); null for a day without a measurement. */
  sparkline: (number | null)[];
}

const DAY_MS = 86_400_000;

/** The calendar days from `from` to `to`, both included, as YYYY-MM-DD. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * The figures of many key results in one statement, however many there are: a lateral join reads
 * each key result's measurements once from the primary key's index (which carries the value),
 * grouped by calendar day in the organization's time zone, and folds the days into the period's
 * figure the metric's way — a sum of the daily sums, the mean of all points (sum over count, not
 * a mean of daily means), or the latest point. A period is whole days, from its first day 00:00 to
 * the day after its last 00:00, and never reaches past now: a point stamped a few minutes ahead of
 * the clock counts once its time has come.
 */
export async function keyResultFigures(ctx: Pick<Ctx, 'now' | 'timeZone'>, q: Queryable, keyResultIds: readonly string[]): Promise<Map<string, MeasuredFigures>> {
  const figures = new Map<string, MeasuredFigures>();
  if (keyResultIds.length === 0) return figures;
  const tz = ctx.timeZone;
  const now = ctx.now().toISOString();
  const rows = await queryRows<{ id: string; period_start: string; period_end: string; current: number | string | null; days: [string, number][] | null }>(
    q,
    sql`
      select k.id, to_char(k.period_start, 'YYYY-MM-DD') as period_start, to_char(k.period_end, 'YYYY-MM-DD') as period_end, f.current, f.days
      from key_results k
      join metrics m on m.id = k.metric_id
      left join lateral (
        select
          case m.aggregation
            when 'sum' then sum(d.total)
            when 'average' then sum(d.total) / sum(d.points)::float8
            else (array_agg(d.latest order by d.day desc))[1]
          end as current,
          json_agg(json_build_array(to_char(d.day, 'YYYY-MM-DD'),
            case m.aggregation when 'sum' then d.total when 'average' then d.total / d.points::float8 else d.latest end) order by d.day) as days
        from (
          select (x.measured_at at time zone ${tz})::date as day, sum(x.value) as total, count(*) as points,
            (array_agg(x.value order by x.measured_at desc))[1] as latest
          from measurements x
          where x.metric_id = k.metric_id
            and x.measured_at >= (k.period_start::timestamp at time zone ${tz})
            and x.measured_at < ((k.period_end + 1)::timestamp at time zone ${tz})
            and x.measured_at <= ${now}::timestamptz
          group by 1
        ) d
      ) f on true
      where k.id = any(${sql.param([...keyResultIds])}::uuid[])`,
  );
  const date = today(ctx);
  for (const r of rows) {
    const byDay = new Map((r.days ?? []).map(([day, value]) => [day, Number(value)]));
    const last = r.period_end < date ? r.period_end : date;
    const sparkline = r.period_start > last ? [] : daysBetween(r.period_start, last).map((day) => byDay.get(day) ?? null);
    figures.set(r.id, { current: r.current === null ? null : Number(r.current), sparkline });
  }
  return figures;
}
