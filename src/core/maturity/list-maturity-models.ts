import { desc } from 'drizzle-orm';
import type { MaturityModel } from '../../contracts/index.ts';
import { maturityModels } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { presentModel } from './maturity-queries.ts';

/** Every version of the maturity model, newest first: few enough to need no paging. */
export async function listMaturityModels(ctx: Ctx): Promise<{ items: MaturityModel[] }> {
  authorize(ctx.actor, 'change.read');
  const rows = await ctx.db.select().from(maturityModels).orderBy(desc(maturityModels.version));
  const current = rows[0]?.version ?? 0;
  return { items: rows.map((r) => presentModel(r, current)) };
}
