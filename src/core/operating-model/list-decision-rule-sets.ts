import { desc } from 'drizzle-orm';
import type { DecisionRuleSet } from '../../contracts/index.ts';
import { decisionRuleSets } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { presentRuleSet } from './model-queries.ts';

/** Every version of the decision rights, newest first: few enough to need no paging. */
export async function listDecisionRuleSets(ctx: Ctx): Promise<{ items: DecisionRuleSet[] }> {
  authorize(ctx.actor, 'model.read');
  const rows = await ctx.db.select().from(decisionRuleSets).orderBy(desc(decisionRuleSets.version));
  return { items: rows.map(presentRuleSet) };
}
