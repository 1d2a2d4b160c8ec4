import type { Budget } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findTeam } from '../teams/team-queries.ts';
import { budgetDataOf, financeTeamResource, findBudgetRow, withAbilities } from './budget-queries.ts';

export interface GetBudgetInput {
  teamId: string;
  fiscalYear: number;
}

/** A team's budget for a fiscal year, for whoever may read the team's finances. */
export async function getBudget(ctx: Ctx, { teamId, fiscalYear }: GetBudgetInput): Promise<Budget> {
  const team = await findTeam(ctx.db, teamId);
  if (!team) throw notFound('Team');
  const resource = await financeTeamResource(ctx, ctx.db, team);
  authorize(ctx.actor, 'team.readFinance', resource);
  const row = await findBudgetRow(ctx.db, teamId, fiscalYear);
  if (!row) throw notFound(`Budget for fiscal year ${fiscalYear}`);
  return withAbilities(ctx.actor, await budgetDataOf(ctx.db, row, team.name), resource, row.proposedByUserId);
}
