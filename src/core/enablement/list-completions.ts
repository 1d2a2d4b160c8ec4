import { eq } from 'drizzle-orm';
import type { Completion } from '../../contracts/index.ts';
import { learningCompletions } from '../../db/schema.ts';
import { findPerson } from '../people/person-queries.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { completionsWhere, findOffer } from './enablement-queries.ts';

/** Who completed an offer, latest first. */
export async function listOfferCompletions(ctx: Ctx, offerId: string): Promise<{ items: Completion[] }> {
  authorize(ctx.actor, 'change.read');
  if (!(await findOffer(ctx.db, offerId))) throw notFound('Learning offer');
  return { items: await completionsWhere(ctx.db, eq(learningCompletions.offerId, offerId)) };
}

/** What a person completed, latest first. */
export async function listPersonCompletions(ctx: Ctx, personId: string): Promise<{ items: Completion[] }> {
  authorize(ctx.actor, 'change.read');
  if (!(await findPerson(ctx.db, personId))) throw notFound('Person');
  return { items: await completionsWhere(ctx.db, eq(learningCompletions.personId, personId)) };
}
