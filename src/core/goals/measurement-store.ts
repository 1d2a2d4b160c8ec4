import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { MetricSource } from '../../contracts/index.ts';
import { queryRows, type Tx } from '../../db/client.ts';
import { auditEventCtes, type AuditInput } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';

/** Points about to be written, column by column (the way they travel to the database). */
export interface MeasurementColumns {
  /** Lower-case metric ids. */
  metricIds: string[];
  /** Time stamps as milliseconds since the epoch: measurements are kept to the millisecond. */
  measuredAtMs: number[];
  values: number[];
}

export interface MeasurementWriteMeta {
  batchId: string;
  idempotencyKey: string;
  payloadHash: string;
  source: MetricSource;
  createdBy: string;
  createdAt: Date;
}

/**
 * SHA-256 over the points in a canonical form (one line per point, sorted), so a retry with the
 * same points in another order is recognised as the same batch. A point's unit is a guard on the
 * way in, not part of what is recorded, so it does not count.
 */
export function measurementBatchHash(points: MeasurementColumns): string {
  const lines = points.metricIds.map((id, i) => `${id}|${points.measuredAtMs[i]}|${points.values[i]}`);
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * Writes a batch of points in one statement inside the caller's transaction: the batch row, the
 * points (a point at a time stamp the metric already has replaces its value, and the replaced
 * value is kept in measurement_revisions with the batch that wrote it), each metric's latest
 * value (moved only forward: a late point leaves it alone), and the audit event. Re-sending a
 * value a point already has changes nothing and is not a correction. No two points of the
 * batch may share metric and time stamp; the caller has checked that, and holds the metrics'
 * row locks, so no other batch writes the same points meanwhile. Returns how many points
 * replaced a different value.
 */
export async function writeMeasurements(tx: Tx, ctx: Ctx, points: MeasurementColumns, meta: MeasurementWriteMeta, audit: AuditInput): Promise<{ corrected: number }> {
  const at = meta.createdAt.toISOString();
  const [row] = await queryRows<{ corrected: number | string }>(tx, sql`
    with ${auditEventCtes(ctx, audit)},
    input as materialized (
      select metric_id, to_timestamp(ms / 1000) as measured_at, value
      from unnest(${sql.param(points.metricIds)}::uuid[], ${sql.param(points.measuredAtMs)}::float8[], ${sql.param(points.values)}::float8[]) as r(metric_id, ms, value)
    ),
    -- Only a point at or before its metric's newest one can meet a stored point (last_measured_at
    -- is the newest, kept so by every write): fresh points are not looked up one by one.
    replaced as materialized (
      select m.metric_id, m.measured_at, m.value, m.batch_id
      from input i
      join metrics mt on mt.id = i.metric_id and i.measured_at <= mt.last_measured_at
      join measurements m on m.metric_id = i.metric_id and m.measured_at = i.measured_at
      where m.value is distinct from i.value
    ),
    batch as (
      insert into measurement_batches (id, idempotency_key, payload_hash, points, corrected, source, created_by, created_at)
      select ${meta.batchId}::uuid, ${meta.idempotencyKey}, ${meta.payloadHash}, ${points.metricIds.length}::int, count(*), ${meta.source}, ${meta.createdBy}, ${at}::timestamptz
      from replaced
    ),
    upserted as (
      insert into measurements (metric_id, measured_at, value, batch_id)
      select metric_id, measured_at, value, ${meta.batchId}::uuid from input
      on conflict (metric_id, measured_at) do update set value = excluded.value, batch_id = excluded.batch_id
      where measurements.value is distinct from excluded.value
    ),
    revisions as (
      insert into measurement_revisions (metric_id, measured_at, value, batch_id, replaced_by_batch_id, replaced_at)
      select metric_id, measured_at, value, batch_id, ${meta.batchId}::uuid, ${at}::timestamptz from replaced
    ),
    latest as (
      select distinct on (metric_id) metric_id, measured_at, value from input order by metric_id, measured_at desc
    ),
    moved as (
      update metrics m set last_measured_at = l.measured_at, last_value = l.value
      from latest l
      where m.id = l.metric_id and (m.last_measured_at is null or l.measured_at >= m.last_measured_at)
    )
    select (select count(*) from replaced) as corrected`);
  return { corrected: Number(row!.corrected) };
}
