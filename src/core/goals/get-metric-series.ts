import { sql } from 'drizzle-orm';
import type { MEASUREMENT_BUCKETS, MetricAggregation, MetricSeries } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import { today, type Ctx } from '../shared/context.ts';
import { presentMetric } from './goal-queries.ts';
import { readableMetric } from './metric-store.ts';

export interface GetMetricSeriesInput {
  id: string;
  from?: string | undefined;
  to?: string | undefined;
  bucket: (typeof MEASUREMENT_BUCKETS)[number];
}

/** A series is for a chart: more points than this are not drawn, the newest are kept. */
export const SERIES_MAX_POINTS = 10_000;

const AGGREGATE: Record<MetricAggregation, ReturnType<typeof sql>> = {
  sum: sql`sum(value)`,
  average: sql`avg(value)`,
  last: sql`(array_agg(value order by measured_at desc))[1]`,
};

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A metric's measurements between two days of the organization's calendar: the raw points, or
 * one value per day, week (from Monday) or month, aggregated the metric's way in the database.
 * A bucket's time stamp is the moment it begins in the organization's time zone.
 */
export async function getMetricSeries(ctx: Ctx, input: GetMetricSeriesInput): Promise<MetricSeries> {
  const { row, owner } = await readableMetric(ctx, ctx.db, input.id);
  const to = input.to ?? today(ctx);
  const from = input.from ?? addDays(to, -365);
  const tz = ctx.timeZone;
  const range = sql`metric_id = ${row.id}::uuid
    and measured_at >= (${from}::date)::timestamp at time zone ${tz}
    and measured_at < (${to}::date + 1)::timestamp at time zone ${tz}`;
  const query =
    input.bucket === 'raw'
      ? sql`select measured_at as at, value from measurements where ${range} order by measured_at desc limit ${SERIES_MAX_POINTS}`
      : sql`select date_trunc(${input.bucket}, measured_at at time zone ${tz}) at time zone ${tz} as at, ${AGGREGATE[row.aggregation]} as value
            from measurements where ${range} group by 1 order by 1 desc limit ${SERIES_MAX_POINTS}`;
  const points = await queryRows<{ at: Date | string; value: number | string }>(ctx.db, query);
  return {
    metric: presentMetric(row, owner, ctx),
    from,
    to,
    bucket: input.bucket,
    points: points.reverse().map((p) => ({ at: new Date(p.at).toISOString(), value: Number(p.value) })),
  };
}
