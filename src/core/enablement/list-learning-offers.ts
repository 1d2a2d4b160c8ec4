import { asc } from 'drizzle-orm';
import type { LearningOffer } from '../../contracts/index.ts';
import { learningOffers } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { presentOffers } from './enablement-queries.ts';

/** The enablement catalog by title: a programme has tens of offers, not thousands, so no paging. */
export async function listLearningOffers(ctx: Ctx): Promise<{ items: LearningOffer[] }> {
  authorize(ctx.actor, 'change.read');
  const rows = await ctx.db.select().from(learningOffers).orderBy(asc(learningOffers.title), asc(learningOffers.id));
  return { items: await presentOffers(ctx.db, rows) };
}
