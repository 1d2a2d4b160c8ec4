// Goals fixtures: metrics and measurements written straight into their tables (the way the
// measurement store leaves them: one batch per write, one value per metric and time stamp, the
// metric's latest point kept on the metric), and objectives and key results through core.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { KeyResult, KeyResultCreate, MetricAggregation, MetricDirection, MetricUnit, Objective, ObjectiveCreateInput } from '../../src/contracts/index.ts';
import { ObjectiveCreate } from '../../src/contracts/index.ts';
import { createKeyResult, createObjective } from '../../src/core/index.ts';
import { metrics } from '../../src/db/schema.ts';
import type { Harness } from './harness.ts';

export type MetricRecord = typeof metrics.$inferSelect;

export interface MetricOptions {
  ownerTeamId: string;
  key?: string;
  name?: { de: string; en: string };
  unit?: MetricUnit;
  direction?: MetricDirection;
  aggregation?: MetricAggregation;
  customerValue?: boolean;
  expectedIntervalDays?: number;
  minValue?: number | null;
  maxValue?: number | null;
}

export async function insertMetric(h: Harness, options: MetricOptions): Promise<MetricRecord> {
  const id = randomUUID().slice(0, 8);
  const [row] = await h.database.db
    .insert(metrics)
    .values({
      key: options.key ?? `test.metric_${id}`,
      nameDe: options.name?.de ?? `Kennzahl ${id}`,
      nameEn: options.name?.en ?? `Metric ${id}`,
      unit: options.unit ?? 'count',
      direction: options.direction ?? 'higher_is_better',
      aggregation: options.aggregation ?? 'sum',
      ownerTeamId: options.ownerTeamId,
      customerValue: options.customerValue ?? false,
      expectedIntervalDays: options.expectedIntervalDays ?? 7,
      minValue: options.minValue ?? null,
      maxValue: options.maxValue ?? null,
    })
    .returning();
  return row!;
}

export interface PointInput {
  /** An ISO time stamp with its offset. */
  at: string;
  value: number;
}

/** One batch of points for one metric; a point at a time stamp already measured replaces its value. */
export async function insertMeasurements(h: Harness, metricId: string, points: readonly PointInput[]): Promise<void> {
  const at = points.map((p) => new Date(p.at).toISOString());
  const values = points.map((p) => p.value);
  await h.database.db.execute(sql`
    with batch as (
      insert into measurement_batches (idempotency_key, payload_hash, points, source, created_by)
      values (${`test-${randomUUID()}`}, ${randomUUID()}, ${points.length}, 'api', 'goals test') returning id
    ),
    written as (
      insert into measurements (metric_id, measured_at, value, batch_id)
      select ${metricId}::uuid, p.at, p.value, batch.id
      from unnest(${sql.param(at)}::timestamptz[], ${sql.param(values)}::float8[]) as p(at, value), batch
      on conflict (metric_id, measured_at) do update set value = excluded.value, batch_id = excluded.batch_id
      returning measured_at, value
    ),
    latest as (select measured_at, value from written order by measured_at desc limit 1)
    update metrics m set last_measured_at = latest.measured_at, last_value = latest.value
    from latest where m.id = ${metricId}::uuid and (m.last_measured_at is null or m.last_measured_at <= latest.measured_at)`);
}

export async function buildObjective(h: Harness, input: Partial<ObjectiveCreateInput> & Pick<ObjectiveCreateInput, 'teamId'>): Promise<Objective> {
  return createObjective(h.ctx, ObjectiveCreate.parse({ quarter: '2026-Q2', title: `Ziel ${randomUUID().slice(0, 8)}`, ...input }));
}

export async function buildKeyResult(h: Harness, objectiveId: string, input: Partial<KeyResultCreate> & Pick<KeyResultCreate, 'metricId'>): Promise<KeyResult> {
  return createKeyResult(h.ctx, { objectiveId, keyResult: { title: `Schlüsselergebnis ${randomUUID().slice(0, 8)}`, baseline: 0, target: 100, ...input } });
}
