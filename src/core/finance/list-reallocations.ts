import { asc, eq, inArray } from 'drizzle-orm';
import type { Reallocation } from '../../contracts/index.ts';
import { budgetReallocations, teams } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { presentReallocation } from './budget-queries.ts';

export interface ListReallocationsInput {
  fiscalYear?: number | undefined;
}

/** Money moved between teams' budgets, oldest first. */
export async function listReallocations(ctx: Ctx, { fiscalYear }: ListReallocationsInput): Promise<Reallocation[]> {
  authorize(ctx.actor, 'finance.readPortfolio');
  const rows = await ctx.db
    .select()
    .from(budgetReallocations)
    .where(fiscalYear === undefined ? undefined : eq(budgetReallocations.fiscalYear, fiscalYear))
    .orderBy(asc(budgetReallocations.createdAt), asc(budgetReallocations.id));
  const ids = [...new Set(rows.flatMap((r) => [r.fromTeamId, r.toTeamId]))];
  const names = ids.length ? await ctx.db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, ids)) : [];
  const byId = new Map(names.map((t) => [t.id, t.name]));
  return rows.map((r) => presentReallocation(r, byId));
}
