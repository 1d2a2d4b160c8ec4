import { eq } from 'drizzle-orm';
import type { LearningOffer, LearningOfferUpdate } from '../../contracts/index.ts';
import { learningOffers } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { audiences, lockOffer, offerSnapshot, presentOffer } from './enablement-queries.ts';

export interface UpdateLearningOfferInput {
  id: string;
  expectedVersion: number | undefined;
  changes: LearningOfferUpdate;
}

export async function updateLearningOffer(ctx: Ctx, { id, expectedVersion, changes }: UpdateLearningOfferInput): Promise<LearningOffer> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await lockOffer(tx, id);
    if (!before) throw notFound('Learning offer');
    assertVersion('Learning offer', before.version, expectedVersion);
    const [after] = await tx
      .update(learningOffers)
      .set({ ...changes, ...(changes.expectedFor ? { expectedFor: audiences(changes.expectedFor) } : {}), version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(learningOffers.id, id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'learning_offer.update', entityType: 'learning_offer', entityId: id, before: offerSnapshot(before), after: offerSnapshot(after!) });
    return presentOffer(tx, after!);
  });
}
