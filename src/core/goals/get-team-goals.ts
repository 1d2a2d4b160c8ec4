import { and, asc, eq } from 'drizzle-orm';
import { quarterOf, type TeamGoals } from '../../contracts/index.ts';
import { metrics, objectives } from '../../db/schema.ts';
import { authorize, can } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { goalTeamsById, presentMetric } from './goal-queries.ts';
import { organizationObjectivesOf, presentObjectives } from './objective-queries.ts';

export interface TeamGoalsInput {
  teamId: string;
  /** YYYY-Qn; the current quarter when left out. */
  quarter?: string | undefined;
}

/**
 * A team's goals page for a quarter: its objectives with their key results and figures, the
 * organization objectives they may contribute to, the metrics the team owns, and what the caller
 * may do. The number of statements is the same for one key result as for a hundred.
 */
export async function getTeamGoals(ctx: Ctx, { teamId, quarter: asked }: TeamGoalsInput): Promise<TeamGoals> {
  const team = (await goalTeamsById(ctx, ctx.db, [teamId])).get(teamId.toLowerCase());
  if (!team) throw notFound('Team');
  authorize(ctx.actor, 'team.readGoals', team);
  const current = quarterOf(today(ctx));
  const quarter = asked ?? current;
  const settings = await readGoalSettings(ctx.db);
  const rows = await ctx.db
    .select()
    .from(objectives)
    .where(and(eq(objectives.teamId, team.id), eq(objectives.quarter, quarter)))
    .orderBy(asc(objectives.createdAt), asc(objectives.id));
  const orgObjectives = await organizationObjectivesOf(ctx.db, quarter);
  const presented = await presentObjectives(ctx, ctx.db, rows, { teams: new Map([[team.id, team]]), settings, refs: orgObjectives });
  const owned = await ctx.db.select().from(metrics).where(eq(metrics.ownerTeamId, team.id)).orderBy(asc(metrics.key));
  const withObjectives = await ctx.db.selectDistinct({ quarter: objectives.quarter }).from(objectives).where(eq(objectives.teamId, team.id));
  const quarters = [...new Set([current, ...withObjectives.map((r) => r.quarter)])].sort().reverse();
  return {
    teamId: team.id,
    teamName: team.name,
    quarter,
    quarters,
    settings,
    objectives: presented,
    orgObjectives: orgObjectives.map((o) => ({ id: o.id, title: o.title, quarter: o.quarter })),
    metrics: owned.map((m) => presentMetric(m, team, ctx)),
    abilities: {
      manage: can(ctx.actor, 'team.manageGoals', team),
      recordMeasurements: can(ctx.actor, 'team.recordMeasurements', team),
      checkIn: can(ctx.actor, 'team.checkIn', team),
    },
  };
}
