import { asc, inArray } from 'drizzle-orm';
import { quarterOf, type KeyResult, type OrganizationGoals } from '../../contracts/index.ts';
import { objectives } from '../../db/schema.ts';
import { authorize, can } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { goalTeamsById } from './goal-queries.ts';
import { organizationObjectivesOf, presentObjectives } from './objective-queries.ts';
import { rollUp } from './progress-rules.ts';

/**
 * The organization-wide objectives of a quarter with their own key results, and for each the team
 * objectives that contribute to it with their attainment. `contributionAttainment` rolls up the
 * objective's own key results and every contributing team objective's key results together, by
 * the same rule as an objective's attainment, and `contributionStatus` is its status. Every signed-in person reads it.
 */
export async function getOrganizationGoals(ctx: Ctx, { quarter: asked }: { quarter?: string | undefined }): Promise<OrganizationGoals> {
  authorize(ctx.actor, 'portfolio.read');
  const quarter = asked ?? quarterOf(today(ctx));
  const settings = await readGoalSettings(ctx.db);
  const own = await organizationObjectivesOf(ctx.db, quarter);
  const contributing = own.length
    ? await ctx.db
        .select()
        .from(objectives)
        .where(inArray(objectives.contributesTo, own.map((o) => o.id)))
        .orderBy(asc(objectives.createdAt), asc(objectives.id))
    : [];
  const teams = await goalTeamsById(ctx, ctx.db, contributing.map((o) => o.teamId!));
  const presented = await presentObjectives(ctx, ctx.db, [...own, ...contributing], { teams, settings, refs: own });
  const orgPresented = presented.slice(0, own.length);
  const contributors = presented.slice(own.length);
  return {
    quarter,
    objectives: orgPresented.map((objective) => {
      const mine = contributors.filter((c) => c.contributesTo?.id === objective.id).sort((a, b) => a.teamName!.localeCompare(b.teamName!) || a.title.localeCompare(b.title));
      const keyResults: KeyResult[] = [...objective.keyResults, ...mine.flatMap((c) => c.keyResults)];
      const contribution = rollUp(keyResults, settings);
      return {
        ...objective,
        contributors: mine.map((c) => ({ objectiveId: c.id, title: c.title, teamId: c.teamId!, teamName: c.teamName!, attainment: c.attainment, status: c.status })),
        contributionAttainment: contribution.attainment,
        contributionStatus: contribution.status,
      };
    }),
    abilities: { manage: can(ctx.actor, 'goals.manage') },
  };
}
