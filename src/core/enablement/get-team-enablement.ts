import { asc, eq, inArray } from 'drizzle-orm';
import { sideOf, type Discipline, type TeamEnablement } from '../../contracts/index.ts';
import { learningCompletions, learningOffers, memberships, people } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findTeam, membershipsOf } from '../teams/team-queries.ts';
import { completionKey, teamEnablementOffers, teamPeople } from './enablement-rules.ts';

/** How far the team's current people have completed what the operating model expects of them. */
export async function getTeamEnablement(ctx: Ctx, teamId: string): Promise<TeamEnablement> {
  authorize(ctx.actor, 'change.read');
  const team = await findTeam(ctx.db, teamId);
  if (!team) throw notFound('Team');
  const members = await membershipsOf(ctx.db, eq(memberships.teamId, teamId), today(ctx));
  const leadIds = [team.businessLeadId, team.itLeadId].filter((id): id is string => id !== null);
  const leads = leadIds.length ? await ctx.db.select({ id: people.id, name: people.name, discipline: people.discipline }).from(people).where(inArray(people.id, leadIds)) : [];
  const teamMembers = teamPeople(
    members,
    leads.map((l) => ({ id: l.id, name: l.name, side: sideOf(l.discipline as Discipline) })),
  );
  const offers = await ctx.db.select().from(learningOffers).orderBy(asc(learningOffers.title), asc(learningOffers.id));
  const done = teamMembers.length
    ? await ctx.db
        .select({ offerId: learningCompletions.offerId, personId: learningCompletions.personId })
        .from(learningCompletions)
        .where(inArray(learningCompletions.personId, teamMembers.map((p) => p.id)))
    : [];
  return { teamId, offers: teamEnablementOffers(offers, teamMembers, new Set(done.map((c) => completionKey(c.offerId, c.personId)))) };
}
