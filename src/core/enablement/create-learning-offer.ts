import type { LearningOffer, LearningOfferCreate } from '../../contracts/index.ts';
import { learningOffers } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { audiences, offerSnapshot, presentOffer } from './enablement-queries.ts';

export async function createLearningOffer(ctx: Ctx, input: LearningOfferCreate): Promise<LearningOffer> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const [row] = await tx
      .insert(learningOffers)
      .values({ ...input, expectedFor: audiences(input.expectedFor), createdAt: now, updatedAt: now })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'learning_offer.create', entityType: 'learning_offer', entityId: row!.id, after: offerSnapshot(row!) });
    return presentOffer(tx, row!);
  });
}
