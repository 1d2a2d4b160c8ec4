import { and, eq } from 'drizzle-orm';
import type { ConsumptionEntry, ConsumptionRecord } from '../../contracts/index.ts';
import { consumption } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { bookShowback } from '../finance/showback.ts';
import { assertNoProblems } from './consumption-checks.ts';
import { authorizeRecording, consumptionSnapshot, lockServicesForShare, presentRecord, teamsById } from './consumption-queries.ts';
import { entryProblems } from './consumption-rules.ts';

export interface RecordedConsumption {
  record: ConsumptionRecord;
  created: boolean;
}

/**
 * Sets the quantity of one team × service × month, taking the service's current unit price with
 * it: a later price change does not rewrite what was already allocated. The ledger's allocation
 * follows in the same transaction (showback). Setting what is already there changes nothing and
 * writes no event.
 */
export async function recordConsumption(ctx: Ctx, entry: ConsumptionEntry): Promise<RecordedConsumption> {
  return inTransaction(ctx, async (tx) => {
    const service = (await lockServicesForShare(tx, [entry.serviceId])).get(entry.serviceId);
    if (!service) throw new DomainError('validation_failed', 'No such service', [{ field: 'serviceId', code: 'not_found', message: 'no service with this id' }]);
    await authorizeRecording(tx, ctx.actor, [service]);
    const team = (await teamsById(tx, [entry.teamId])).get(entry.teamId);
    assertNoProblems(entryProblems(entry, team, service), 'This consumption cannot be recorded');
    const unitPriceCents = service.unitPriceCents!;
    const now = ctx.now();

    const [inserted] = await tx
      .insert(consumption)
      .values({ ...entry, unitPriceCents, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    const services = new Map([[service.id, service]]);
    if (inserted) {
      await bookShowback(tx, ctx, [{ ...entry, costCents: inserted.quantity * inserted.unitPriceCents }], services);
      await recordAuditEvent(tx, ctx, { action: 'consumption.record', entityType: 'consumption', entityId: inserted.id, after: consumptionSnapshot(inserted) });
      return { record: presentRecord(inserted, team!, service), created: true };
    }

    const key = and(eq(consumption.teamId, entry.teamId), eq(consumption.serviceId, entry.serviceId), eq(consumption.month, entry.month));
    const [before] = await tx.select().from(consumption).where(key).for('update');
    if (before!.quantity === entry.quantity && before!.unitPriceCents === unitPriceCents) {
      return { record: presentRecord(before!, team!, service), created: false };
    }
    const [after] = await tx
      .update(consumption)
      .set({ quantity: entry.quantity, unitPriceCents, batchId: null, version: before!.version + 1, updatedAt: now })
      .where(eq(consumption.id, before!.id))
      .returning();
    await bookShowback(tx, ctx, [{ ...entry, costCents: after!.quantity * after!.unitPriceCents }], services);
    await recordAuditEvent(tx, ctx, {
      action: 'consumption.record',
      entityType: 'consumption',
      entityId: before!.id,
      before: consumptionSnapshot(before!),
      after: consumptionSnapshot(after!),
    });
    return { record: presentRecord(after!, team!, service), created: false };
  });
}
