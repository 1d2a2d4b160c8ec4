import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { MeasurementBatchResult, RecordMeasurement } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import type { Ctx } from '../shared/context.ts';
import { assertNoItemProblems, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeAnyRecording, authorizeRecording, checkItems, recordingTargets } from './measurement-checks.ts';
import { measurementBatchHash, writeMeasurements } from './measurement-store.ts';

export interface RecordMeasurementInput extends RecordMeasurement {
  metricId: string;
}

/**
 * One value entered by hand: a batch of one point under a key of its own. A value at a time stamp
 * the metric already has replaces it; the audit event keeps the value it replaced.
 */
export async function recordMeasurement(ctx: Ctx, input: RecordMeasurementInput): Promise<MeasurementBatchResult> {
  authorizeAnyRecording(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    const targets = await recordingTargets(ctx, tx, [input.metricId], { byKey: false, lock: true });
    const target = targets.get(input.metricId.toLowerCase());
    if (!target) throw notFound('Metric');
    authorizeRecording(ctx.actor, [target.id], targets, () => 'metricId');

    const now = ctx.now();
    const checked = checkItems([{ metricId: target.id, measuredAt: input.measuredAt ?? now.toISOString(), value: input.value }], targets, now, { fieldOf: (_, field) => field });
    assertNoItemProblems(checked.problems, 'The measurement cannot be recorded; nothing was written');
    const ms = checked.points.measuredAtMs[0]!;
    const measuredAt = new Date(ms).toISOString();
    const [previous] = await queryRows<{ value: number | string }>(
      tx,
      sql`select value from measurements where metric_id = ${target.id}::uuid and measured_at = to_timestamp(${ms}::float8 / 1000)`,
    );
    const replaced = previous !== undefined && Number(previous.value) !== input.value ? Number(previous.value) : null;

    const batchId = randomUUID();
    const idempotencyKey = `manual-${randomUUID()}`;
    const { corrected } = await writeMeasurements(
      tx,
      ctx,
      checked.points,
      { batchId, idempotencyKey, payloadHash: measurementBatchHash(checked.points), source: 'manual', createdBy: ctx.actor.label, createdAt: now },
      {
        action: 'measurement.record',
        entityType: 'metric',
        entityId: target.id,
        ...(replaced !== null ? { before: { measuredAt, value: replaced } } : {}),
        after: { batchId, measuredAt, value: input.value },
      },
    );
    return { batchId, idempotencyKey, points: 1, corrected, replayed: false };
  });
}
