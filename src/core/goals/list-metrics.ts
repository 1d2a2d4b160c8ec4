import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Metric, MetricsQuery } from '../../contracts/index.ts';
import { metrics, teams } from '../../db/schema.ts';
import { authorize, can } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { decodeCursor, pageOf } from '../shared/cursor.ts';
import { escapeLike } from '../teams/list-teams.ts';
import { canSeeMetric, goalTeamsById, presentMetric } from './goal-queries.ts';

export type ListMetricsInput = z.infer<typeof MetricsQuery>;

/**
 * The metrics catalog as far as the caller may see it: every metric for steering and viewers, the
 * metrics of the teams they lead or belong to for everyone else. Ordered by owning team, then key.
 */
export async function listMetrics(ctx: Ctx, input: ListMetricsInput): Promise<{ items: Metric[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'portfolio.read');
  const where: SQL[] = [];
  // A team the caller neither leads nor belongs to: if its goals are readable, every team's are.
  const seesEveryTeam = can(ctx.actor, 'team.readGoals', { stage: 'active', businessLeadId: null, itLeadId: null, memberIds: [] });
  if (!seesEveryTeam) {
    const person = ctx.actor.personId;
    if (person === null) return { items: [], nextCursor: null };
    // Only the candidates are chosen here; the policy decides on each row below.
    where.push(sql`(${teams.businessLeadId} = ${person} or ${teams.itLeadId} = ${person} or exists (
      select 1 from memberships ms where ms.team_id = ${teams.id} and ms.person_id = ${person}
        and ms.start_date <= ${today(ctx)}::date and (ms.end_date is null or ms.end_date >= ${today(ctx)}::date)))`);
  }
  const cursor = decodeCursor(input.cursor, 2);
  if (cursor) {
    const [teamName, key] = cursor.map(String) as [string, string];
    where.push(sql`(${teams.name}, ${metrics.key}) > (${teamName}, ${key})`);
  }
  if (input.teamId) where.push(eq(metrics.ownerTeamId, input.teamId));
  if (input.customerValue !== undefined) where.push(eq(metrics.customerValue, input.customerValue));
  if (input.q) {
    const pattern = `%${escapeLike(input.q)}%`;
    where.push(or(ilike(metrics.key, pattern), ilike(metrics.nameDe, pattern), ilike(metrics.nameEn, pattern))!);
  }
  const rows = await ctx.db
    .select({ metric: metrics, teamName: teams.name })
    .from(metrics)
    .innerJoin(teams, eq(teams.id, metrics.ownerTeamId))
    .where(and(...where))
    .orderBy(teams.name, metrics.key)
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => [r.teamName, r.metric.key]);
  const owners = await goalTeamsById(
    ctx,
    ctx.db,
    page.items.map((r) => r.metric.ownerTeamId),
  );
  const items: Metric[] = [];
  for (const { metric } of page.items) {
    const owner = owners.get(metric.ownerTeamId);
    if (canSeeMetric(ctx.actor, owner)) items.push(presentMetric(metric, owner, ctx));
  }
  return { items, nextCursor: page.nextCursor };
}
