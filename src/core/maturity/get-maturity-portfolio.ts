import { asc, inArray, ne } from 'drizzle-orm';
import type { MaturityPortfolio } from '../../contracts/index.ts';
import { assessments, teams } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { summarizeTeams } from '../teams/team-queries.ts';
import { currentModelRow, presentModel } from './maturity-queries.ts';
import { averageLevel, latestByTeam, maturityDistribution } from './maturity-rules.ts';

/** Every team still running, its latest maturity beside its outcomes, and how levels spread per quarter. */
export async function getMaturityPortfolio(ctx: Ctx): Promise<MaturityPortfolio> {
  authorize(ctx.actor, 'change.read');
  const model = await currentModelRow(ctx.db);
  const rows = await ctx.db.select().from(teams).where(ne(teams.stage, 'sunset')).orderBy(asc(teams.name), asc(teams.id));
  const teamIds = rows.map((t) => t.id);
  const [{ summaries }, rated] = await Promise.all([
    summarizeTeams(ctx.db, rows, today(ctx)),
    teamIds.length
      ? ctx.db
          .select({ teamId: assessments.teamId, assessedOn: assessments.assessedOn, createdAt: assessments.createdAt, modelVersion: assessments.modelVersion, ratings: assessments.ratings })
          .from(assessments)
          .where(inArray(assessments.teamId, teamIds))
      : Promise.resolve([]),
  ]);
  const latest = latestByTeam(rated);
  return {
    model: presentModel(model, model.version),
    teams: rows.map((t) => {
      const summary = summaries.get(t.id)!;
      const last = latest.get(t.id);
      return {
        teamId: t.id,
        teamName: t.name,
        stage: t.stage,
        latest: last
          ? { assessedOn: last.assessedOn, modelVersion: last.modelVersion, average: averageLevel(last.ratings), levels: Object.fromEntries(last.ratings.map((r) => [r.dimensionKey, r.level])) }
          : null,
        businessShare: summary.businessShare,
        headcount: summary.headcount,
        leadershipComplete: t.businessLeadId !== null && t.itLeadId !== null,
      };
    }),
    distribution: maturityDistribution(
      rated,
      model.dimensions.map((d) => d.key),
    ),
  };
}
