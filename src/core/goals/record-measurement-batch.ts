import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { MeasurementBatch, MeasurementBatchResult, MetricSource } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { measurementBatches } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { assertNoItemProblems, DomainError, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeAnyRecording, authorizeRecording, checkItems, recordingTargets } from './measurement-checks.ts';
import { measurementBatchHash, writeMeasurements } from './measurement-store.ts';

// Namespace of the per-key advisory lock; the key's own hash is the second half.
const BATCH_KEY_LOCK = 7_401_005;

/**
 * Records many measurements at once, all or nothing: every item is checked before anything is
 * written and every problem is named (`items.<i>.<field>`). The idempotency key makes a retry
 * safe: the same key with the same points returns the stored result and writes nothing again.
 */
export async function recordMeasurementBatch(ctx: Ctx, input: MeasurementBatch): Promise<MeasurementBatchResult> {
  authorizeAnyRecording(ctx.actor);
  return inTransaction(ctx, (tx) => writeMeasurementBatch(tx, ctx, input, 'api'));
}

/**
 * The batch inside the caller's transaction (an import writes several in one, the demo seeds its
 * history with it). The number of statements does not grow with the batch: the key's lock, the
 * metrics (one query, their rows locked), the stored key, and one statement that writes the
 * batch, the points, the replaced values, the metrics' latest values and the audit event.
 */
export async function writeMeasurementBatch(tx: Tx, ctx: Ctx, input: MeasurementBatch, source: MetricSource): Promise<MeasurementBatchResult> {
  authorizeAnyRecording(ctx.actor);
  const { idempotencyKey, items } = input;
  // Two deliveries of the same batch at once: the second waits here, then finds the first.
  await tx.execute(sql`select pg_advisory_xact_lock(${BATCH_KEY_LOCK}, hashtext(${idempotencyKey}))`);
  const references = items.map((i) => i.metricId);
  const targets = await recordingTargets(ctx, tx, references, { byKey: false, lock: true });
  authorizeRecording(ctx.actor, references, targets, (i) => `items.${i}.metricId`);

  const checked = checkItems(items, targets, ctx.now());
  const payloadHash = measurementBatchHash(checked.points);
  const [stored] = await tx.select().from(measurementBatches).where(eq(measurementBatches.idempotencyKey, idempotencyKey));
  if (stored) {
    if (stored.payloadHash !== payloadHash) {
      throw new DomainError('conflict', `The idempotency key "${idempotencyKey}" was already used for a different batch`, [
        { field: 'idempotencyKey', code: 'reused', message: 'was already used for different items; use a new key for a new batch' },
      ]);
    }
    return { batchId: stored.id, idempotencyKey, points: stored.points, corrected: stored.corrected, replayed: true };
  }
  assertNoItemProblems(checked.problems, `${itemsWithProblems(checked.problems)} of ${items.length} items cannot be recorded; nothing was written`);

  const batchId = randomUUID();
  const from = new Date(checked.fromMs).toISOString();
  const to = new Date(checked.toMs).toISOString();
  // The points carry the batch id and their replaced values are kept: the event summarises, it does not copy them.
  const { corrected } = await writeMeasurements(
    tx,
    ctx,
    checked.points,
    { batchId, idempotencyKey, payloadHash, source, createdBy: ctx.actor.label, createdAt: ctx.now() },
    { action: 'measurement.batch', entityType: 'measurement_batch', entityId: batchId, after: { idempotencyKey, source, points: items.length, metrics: checked.metrics, from, to } },
  );
  return { batchId, idempotencyKey, points: items.length, corrected, replayed: false };
}

export function itemsWithProblems(problems: readonly FieldError[]): number {
  return new Set(problems.map((p) => p.field.split('.', 2).join('.'))).size;
}
