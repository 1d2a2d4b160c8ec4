import type { z } from 'zod';
import type { Budget, BudgetQuery } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { listBudgetData, withAbilities } from './budget-queries.ts';

/** Every team's budgets, newest fiscal year first: the portfolio office's queue with `status=proposed`. */
export async function listBudgets(ctx: Ctx, query: z.infer<typeof BudgetQuery>): Promise<Budget[]> {
  authorize(ctx.actor, 'finance.readPortfolio');
  const listed = await listBudgetData(ctx.db, query);
  return listed.map((b) => withAbilities(ctx.actor, b.data, b.team, b.proposedByUserId));
}
