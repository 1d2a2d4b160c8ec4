import type { Decision } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findDecision, findTeamRow, presentDecision, teamResource } from './decision-queries.ts';

export async function getDecision(ctx: Ctx, id: string): Promise<Decision> {
  const row = await findDecision(ctx.db, id);
  if (!row) throw notFound('Decision');
  authorize(ctx.actor, 'team.read', await teamResource(ctx, ctx.db, (await findTeamRow(ctx.db, row.teamId))!));
  return presentDecision(ctx, ctx.db, row);
}
