import { eq } from 'drizzle-orm';
import type { SurveyResults } from '../../contracts/index.ts';
import { surveyResponses } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { findSurvey, teamsOf } from './survey-queries.ts';
import { surveyResults } from './survey-rules.ts';

/**
 * Results above the anonymity threshold only (see `surveyResults`). `teamId` narrows the team list
 * to one team; `overall` stays the whole survey's, computed by the same rule, so a filter shows
 * nothing the unfiltered results do not. A filter onto a team below the threshold is refused
 * rather than answered with an empty group.
 */
export async function getSurveyResults(ctx: Ctx, surveyId: string, filter: { teamId?: string | undefined } = {}): Promise<SurveyResults> {
  authorize(ctx.actor, 'change.read');
  const survey = await findSurvey(ctx.db, surveyId);
  const teams = await teamsOf(ctx.db, survey.id);
  const answers = await ctx.db
    .select({ teamId: surveyResponses.teamId, ratings: surveyResponses.ratings, comment: surveyResponses.comment })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, survey.id));
  const results = surveyResults(survey, teams, answers);
  if (filter.teamId === undefined) return results;

  const team = results.teams.find((t) => t.teamId === filter.teamId);
  if (!team) throw new DomainError('rule_violation', 'This team was not asked in this survey', [{ field: 'teamId', code: 'not_in_survey', message: 'is not one of the survey’s teams' }]);
  if (team.result.suppressed) {
    throw new DomainError('rule_violation', `Results for a single team are shown from ${survey.minResponses} answers on`, [
      { field: 'teamId', code: 'below_anonymity_threshold', message: `has fewer than ${survey.minResponses} answers; its results stay hidden to keep answers anonymous` },
    ]);
  }
  return { ...results, teams: [team] };
}
