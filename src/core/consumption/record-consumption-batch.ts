import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ConsumptionBatch, ConsumptionBatchResult } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { consumption, consumptionBatches } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { bookShowback } from '../finance/showback.ts';
import { assertNoProblems } from './consumption-checks.ts';
import { authorizeRecording, lockServicesForShare, teamsById } from './consumption-queries.ts';
import { batchHash, duplicateItems, entryKey, entryProblems } from './consumption-rules.ts';

// Namespace of the per-key advisory lock; the key's own hash is the second half.
const BATCH_KEY_LOCK = 7_401_003;
// Rows per INSERT: well below PostgreSQL's 65,535 bind parameters at 7 columns a row.
const CHUNK = 1000;

/**
 * Records many quantities at once, all or nothing, with their showback in the ledger. Every item
 * is checked before anything is written, and every problem is reported (`items.<i>.<field>`).
 * The idempotency key makes a retry safe: the same key with the same items returns the stored
 * result and writes nothing again.
 */
export async function recordConsumptionBatch(ctx: Ctx, input: ConsumptionBatch): Promise<ConsumptionBatchResult> {
  const payloadHash = batchHash(input.items);
  return inTransaction(ctx, async (tx) => {
    // Two deliveries of the same batch at once: the second waits here, then finds the first.
    await tx.execute(sql`select pg_advisory_xact_lock(${BATCH_KEY_LOCK}, hashtext(${input.idempotencyKey}))`);
    const services = await lockServicesForShare(
      tx,
      input.items.map((i) => i.serviceId),
    );
    await authorizeRecording(tx, ctx.actor, services.values());

    const [stored] = await tx.select().from(consumptionBatches).where(eq(consumptionBatches.idempotencyKey, input.idempotencyKey));
    if (stored) {
      if (stored.payloadHash !== payloadHash) {
        throw new DomainError('conflict', `The idempotency key "${input.idempotencyKey}" was already used for a different batch`, [
          { field: 'idempotencyKey', code: 'reused', message: 'was already used for different items; use a new key for a new batch' },
        ]);
      }
      return { batchId: stored.id, idempotencyKey: stored.idempotencyKey, entries: stored.entries, totalCostCents: stored.totalCostCents, replayed: true };
    }

    const teams = await teamsById(
      tx,
      input.items.map((i) => i.teamId),
    );
    const problems: FieldError[] = [];
    input.items.forEach((item, i) => {
      for (const p of entryProblems(item, teams.get(item.teamId), services.get(item.serviceId))) problems.push({ ...p, field: `items.${i}.${p.field}` });
    });
    for (const { index, firstIndex } of duplicateItems(input.items)) {
      problems.push({ field: `items.${index}.month`, code: 'duplicate', message: `repeats item ${firstIndex}: the same team, service and month` });
    }
    problems.sort((a, b) => itemIndex(a) - itemIndex(b));
    assertNoProblems(problems, `${problems.length} of the items cannot be recorded; nothing was written`);

    // Written in key order, so two batches touching the same rows lock them in the same order
    // and queue up instead of deadlocking.
    const priced = input.items
      .map((item) => ({ ...item, unitPriceCents: services.get(item.serviceId)!.unitPriceCents! }))
      .sort((a, b) => (entryKey(a) < entryKey(b) ? -1 : entryKey(a) > entryKey(b) ? 1 : 0));
    const totalCostCents = priced.reduce((sum, i) => sum + i.quantity * i.unitPriceCents, 0);
    if (!Number.isSafeInteger(totalCostCents)) {
      throw new DomainError('rule_violation', 'The total cost of the batch is too large to count in cents', [{ field: 'items', code: 'too_large', message: 'split the batch' }]);
    }
    const before = await lockExisting(tx, priced);
    const now = ctx.now();
    const [batch] = await tx
      .insert(consumptionBatches)
      .values({ idempotencyKey: input.idempotencyKey, payloadHash, entries: priced.length, totalCostCents, createdBy: ctx.actor.label, createdAt: now })
      .returning();
    for (let i = 0; i < priced.length; i += CHUNK) {
      await tx
        .insert(consumption)
        .values(priced.slice(i, i + CHUNK).map((item) => ({ ...item, batchId: batch!.id, createdAt: now, updatedAt: now })))
        .onConflictDoUpdate({
          target: [consumption.teamId, consumption.serviceId, consumption.month],
          set: {
            quantity: sql`excluded.quantity`,
            unitPriceCents: sql`excluded.unit_price_cents`,
            batchId: sql`excluded.batch_id`,
            version: sql`${consumption.version} + 1`,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    }
    await bookShowback(
      tx,
      ctx,
      priced.map((i) => ({ teamId: i.teamId, serviceId: i.serviceId, month: i.month, costCents: i.quantity * i.unitPriceCents })),
      services,
    );
    await recordAuditEvent(tx, ctx, {
      action: 'consumption.batch',
      entityType: 'consumption',
      entityId: batch!.id,
      before: before.length ? { items: before } : null,
      after: { idempotencyKey: input.idempotencyKey, entries: priced.length, totalCostCents, items: priced },
    });
    return { batchId: batch!.id, idempotencyKey: input.idempotencyKey, entries: priced.length, totalCostCents, replayed: false };
  });
}

const itemIndex = (p: FieldError) => Number(p.field.split('.')[1]);

/** The rows the batch overwrites, locked, as they were: the audit event keeps them. */
async function lockExisting(tx: Tx, items: readonly { teamId: string; serviceId: string; month: string }[]) {
  const keys = new Set(items.map(entryKey));
  const rows = await tx
    .select({ teamId: consumption.teamId, serviceId: consumption.serviceId, month: consumption.month, quantity: consumption.quantity, unitPriceCents: consumption.unitPriceCents })
    .from(consumption)
    .where(
      and(
        inArray(consumption.teamId, [...new Set(items.map((i) => i.teamId))]),
        inArray(consumption.serviceId, [...new Set(items.map((i) => i.serviceId))]),
        inArray(consumption.month, [...new Set(items.map((i) => i.month))]),
      ),
    )
    .orderBy(consumption.teamId, consumption.serviceId, consumption.month)
    .for('update');
  return rows.filter((r) => keys.has(entryKey(r)));
}
