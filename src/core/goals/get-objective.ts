import type { Objective } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { authorizeObjectiveRead, findObjective, objectiveTeam, presentObjectives } from './objective-queries.ts';

/**
 * One objective with its key results and their figures. A team objective is read by whoever may
 * read the team's goals; an organization-wide one by every signed-in person.
 */
export async function getObjective(ctx: Ctx, id: string): Promise<Objective> {
  const row = await findObjective(ctx.db, id);
  if (!row) throw notFound('Objective');
  const team = await objectiveTeam(ctx, ctx.db, row);
  authorizeObjectiveRead(ctx.actor, team);
  const settings = await readGoalSettings(ctx.db);
  const [objective] = await presentObjectives(ctx, ctx.db, [row], { teams: new Map(team ? [[team.id, team]] : []), settings });
  return objective!;
}
