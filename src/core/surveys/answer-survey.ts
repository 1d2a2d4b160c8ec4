import { randomInt, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SurveyAnswer } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { surveyParticipation, surveyResponses } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { canAnswerSurvey } from '../policy.ts';
import { today, type Actor, type Ctx } from '../shared/context.ts';
import { DomainError, forbidden } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { currentMembershipsOf, findSurvey, teamsOf } from './survey-queries.ts';
import { answerProblems, answeringTeam, surveyStatus, type StoredAnswer } from './survey-rules.ts';

/** Who the audit log names for an answer: nobody. */
const anonymousRespondent: Actor = { type: 'system', userId: null, label: 'anonymous respondent', role: 'viewer', personId: null, scopes: null };

/**
 * Records one anonymous answer. Two rows are written in one transaction and nothing ties them
 * together: `survey_participation` (survey × person, to refuse a second answer) and
 * `survey_responses` (survey × team × ratings × comment). Neither has a timestamp, response ids
 * are random, and the audit event names no person, no request and no content.
 *
 * Rows written in one transaction share its transaction id (the hidden `xmin` column) and sit
 * next to each other on disk, which would join a person to their answer for anyone with SQL
 * access. So each answer rewrites all of the survey's responses, in random order and with fresh
 * ids: afterwards every response carries the same `xmin` and the physical order says nothing.
 * The survey row is locked first, so answers to one survey queue up rather than interleave.
 */
export async function answerSurvey(ctx: Ctx, surveyId: string, answer: SurveyAnswer): Promise<{ recorded: true }> {
  try {
    return await inTransaction(ctx, async (tx) => {
      const survey = await findSurvey(tx, surveyId, true);
      const teams = await teamsOf(tx, survey.id);
      const date = today(ctx);
      const personId = ctx.actor.personId;
      const mine = personId
        ? await currentMembershipsOf(
            tx,
            personId,
            teams.map((t) => t.id),
            date,
          )
        : [];
      if (!canAnswerSurvey(ctx.actor, mine.length > 0)) {
        throw forbidden('Only current members of the survey’s teams answer it, each signed in as themselves (never with an API token)');
      }
      const status = surveyStatus(survey, date);
      if (status !== 'open') {
        const code = status === 'closed' ? 'survey_closed' : 'survey_not_open';
        const message = status === 'closed' ? `closed on ${survey.closesOn}` : `opens on ${survey.opensOn}`;
        throw new DomainError('rule_violation', `This survey takes answers from ${survey.opensOn} to ${survey.closesOn}`, [{ field: 'surveyId', code, message }]);
      }
      const [already] = await tx
        .select({ surveyId: surveyParticipation.surveyId })
        .from(surveyParticipation)
        .where(and(eq(surveyParticipation.surveyId, survey.id), eq(surveyParticipation.personId, personId!)));
      if (already) {
        throw new DomainError('conflict', 'You have already answered this survey; an answer cannot be changed or repeated', [
          { field: 'surveyId', code: 'already_answered', message: 'you have already answered it' },
        ]);
      }
      const problems = answerProblems(survey, answer);
      if (problems.length) throw new DomainError('rule_violation', 'The answer does not fit the survey', problems);

      await tx.insert(surveyParticipation).values({ surveyId: survey.id, personId: personId! });
      await rewriteResponses(tx, survey.id, { teamId: answeringTeam(mine)!, ratings: answer.ratings, comment: answer.comment });
      await recordAuditEvent(tx, { ...ctx, actor: anonymousRespondent, requestId: null }, { action: 'survey.answer', entityType: 'survey', entityId: survey.id, after: { surveyId: survey.id } });
      return { recorded: true as const };
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    // A failed write's message carries its SQL parameters (ratings, comment, team, person), and
    // unexpected errors are logged: keep only the database's error code.
    throw Object.assign(new Error('Recording the survey answer failed'), { code: (error as { code?: unknown }).code, cause: { code: (error as { cause?: { code?: unknown } }).cause?.code } });
  }
}

const INSERT_CHUNK = 1000;

async function rewriteResponses(tx: Tx, surveyId: string, added: StoredAnswer): Promise<void> {
  const existing = await tx
    .select({ teamId: surveyResponses.teamId, ratings: surveyResponses.ratings, comment: surveyResponses.comment })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId));
  const all = shuffled([...existing, added]);
  await tx.delete(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
  // Sequential: one connection per transaction.
  for (let i = 0; i < all.length; i += INSERT_CHUNK) {
    await tx.insert(surveyResponses).values(all.slice(i, i + INSERT_CHUNK).map((a) => ({ id: randomUUID(), surveyId, ...a })));
  }
}

/** Fisher–Yates with a cryptographic source, so the order cannot be predicted either. */
function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
