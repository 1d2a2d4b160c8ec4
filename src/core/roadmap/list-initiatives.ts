import { asc } from 'drizzle-orm';
import type { Initiative } from '../../contracts/index.ts';
import { initiatives } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { presentInitiatives } from './roadmap-queries.ts';

export interface InitiativesQuery {
  /** Only initiatives with at least one overdue milestone. */
  overdue?: boolean;
}

/** The transformation roadmap in start order: a programme runs tens of initiatives, so no paging. */
export async function listInitiatives(ctx: Ctx, query: InitiativesQuery = {}): Promise<{ items: Initiative[] }> {
  authorize(ctx.actor, 'change.read');
  const rows = await ctx.db.select().from(initiatives).orderBy(asc(initiatives.startDate), asc(initiatives.title), asc(initiatives.id));
  const items = await presentInitiatives(ctx.db, rows, today(ctx));
  return { items: query.overdue ? items.filter((i) => i.overdueMilestones > 0) : items };
}
