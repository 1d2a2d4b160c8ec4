import { and, count, eq, inArray } from 'drizzle-orm';
import type { Survey } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { memberships, surveyParticipation, surveyResponses, surveys, surveyTeams, teams } from '../../db/schema.ts';
import { isCurrent } from '../memberships/allocation.ts';
import { canAnswerSurvey } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { surveyStatus, type CurrentMembership } from './survey-rules.ts';

export type SurveyRow = typeof surveys.$inferSelect;

export async function findSurvey(db: Queryable, id: string, lock = false): Promise<SurveyRow> {
  const query = db.select().from(surveys).where(eq(surveys.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Survey');
  return row;
}

/** The survey's teams, by name. */
export async function teamsOf(db: Queryable, surveyId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(surveyTeams)
    .innerJoin(teams, eq(teams.id, surveyTeams.teamId))
    .where(eq(surveyTeams.surveyId, surveyId))
    .orderBy(teams.name, teams.id);
}

/** The person's memberships covering today in any of `teamIds`. */
export async function currentMembershipsOf(db: Queryable, personId: string, teamIds: readonly string[], date: string): Promise<CurrentMembership[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .select({ teamId: memberships.teamId, teamName: teams.name, allocation: memberships.allocation, startDate: memberships.startDate, endDate: memberships.endDate })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(and(eq(memberships.personId, personId), inArray(memberships.teamId, [...teamIds])));
  return rows.filter((m) => isCurrent(m, date)).map(({ teamId, teamName, allocation }) => ({ teamId, teamName, allocation }));
}

/** Surveys as the actor sees them; a handful of queries however many surveys. */
export async function presentSurveys(ctx: Ctx, db: Queryable, rows: readonly SurveyRow[]): Promise<Survey[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((s) => s.id);
  const date = today(ctx);
  // Sequential: `db` may be a transaction, which has a single connection.
  const teamRows = await db
    .select({ surveyId: surveyTeams.surveyId, id: teams.id, name: teams.name })
    .from(surveyTeams)
    .innerJoin(teams, eq(teams.id, surveyTeams.teamId))
    .where(inArray(surveyTeams.surveyId, ids))
    .orderBy(teams.name, teams.id);
  const counts = await db
    .select({ surveyId: surveyResponses.surveyId, n: count() })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, ids))
    .groupBy(surveyResponses.surveyId);
  const personId = ctx.actor.personId;
  const answered = personId
    ? await db
        .select({ surveyId: surveyParticipation.surveyId })
        .from(surveyParticipation)
        .where(and(eq(surveyParticipation.personId, personId), inArray(surveyParticipation.surveyId, ids)))
    : [];
  const myTeams = personId ? new Set((await currentMembershipsOf(db, personId, [...new Set(teamRows.map((t) => t.id))], date)).map((m) => m.teamId)) : new Set<string>();

  const answeredIds = new Set(answered.map((a) => a.surveyId));
  const countOf = new Map(counts.map((c) => [c.surveyId, Number(c.n)]));
  return rows.map((s) => {
    const surveyTeamList = teamRows.filter((t) => t.surveyId === s.id).map(({ id, name }) => ({ id, name }));
    const status = surveyStatus(s, date);
    const answeredByMe = answeredIds.has(s.id);
    const member = surveyTeamList.some((t) => myTeams.has(t.id));
    return {
      id: s.id,
      title: s.title,
      intro: s.intro,
      statements: s.statements,
      freeTextPrompt: s.freeTextPrompt,
      teams: surveyTeamList,
      opensOn: s.opensOn,
      closesOn: s.closesOn,
      minResponses: s.minResponses,
      status,
      responses: countOf.get(s.id) ?? 0,
      answeredByMe,
      canAnswer: status === 'open' && !answeredByMe && canAnswerSurvey(ctx.actor, member),
      createdAt: s.createdAt.toISOString(),
    };
  });
}
