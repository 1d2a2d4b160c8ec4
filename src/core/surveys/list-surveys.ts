import { desc } from 'drizzle-orm';
import type { Survey } from '../../contracts/index.ts';
import { surveys } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { presentSurveys } from './survey-queries.ts';

/** Every survey, the latest opening first; an organization runs a few a year, so no paging. */
export async function listSurveys(ctx: Ctx): Promise<{ items: Survey[] }> {
  authorize(ctx.actor, 'change.read');
  const rows = await ctx.db.select().from(surveys).orderBy(desc(surveys.opensOn), desc(surveys.createdAt), surveys.id);
  return { items: await presentSurveys(ctx, ctx.db, rows) };
}
