import { desc, eq } from 'drizzle-orm';
import type { Assessment } from '../../contracts/index.ts';
import { assessments } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findTeam } from '../teams/team-queries.ts';
import { presentAssessments } from './maturity-queries.ts';

/** A team's assessments, newest first: the radar compares the latest with its targets and the one before. */
export async function listTeamAssessments(ctx: Ctx, teamId: string): Promise<{ items: Assessment[] }> {
  authorize(ctx.actor, 'change.read');
  const team = await findTeam(ctx.db, teamId);
  if (!team) throw notFound('Team');
  const rows = await ctx.db
    .select()
    .from(assessments)
    .where(eq(assessments.teamId, teamId))
    .orderBy(desc(assessments.assessedOn), desc(assessments.createdAt), desc(assessments.id));
  return { items: await presentAssessments(ctx.db, rows) };
}
