import { inArray } from 'drizzle-orm';
import type { Survey, SurveyCreate } from '../../contracts/index.ts';
import { surveys, surveyTeams, teams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { presentSurveys } from './survey-queries.ts';
import { duplicateStatementKeys } from './survey-rules.ts';

/** The portfolio office sends a pulse survey to one or more teams for a window of days. */
export async function createSurvey(ctx: Ctx, input: SurveyCreate): Promise<Survey> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    const errors: FieldError[] = duplicateStatementKeys(input.statements);
    const found = await tx.select({ id: teams.id, stage: teams.stage }).from(teams).where(inArray(teams.id, input.teamIds));
    const stageOf = new Map(found.map((t) => [t.id, t.stage]));
    const seen = new Set<string>();
    input.teamIds.forEach((id, i) => {
      const stage = stageOf.get(id);
      if (seen.has(id)) errors.push({ field: `teamIds.${i}`, code: 'duplicate', message: 'is listed twice' });
      else if (stage === undefined) errors.push({ field: `teamIds.${i}`, code: 'not_found', message: 'no team with this id' });
      else if (stage === 'sunset') errors.push({ field: `teamIds.${i}`, code: 'team_sunset', message: 'this team is sunset and takes no surveys' });
      seen.add(id);
    });
    if (errors.length) throw new DomainError('rule_violation', 'The survey cannot be created as it is', errors);

    const [row] = await tx
      .insert(surveys)
      .values({
        title: input.title,
        intro: input.intro,
        statements: input.statements,
        freeTextPrompt: input.freeTextPrompt,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        minResponses: input.minResponses,
        createdBy: ctx.actor.label,
        createdAt: ctx.now(),
      })
      .returning();
    await tx.insert(surveyTeams).values(input.teamIds.map((teamId) => ({ surveyId: row!.id, teamId })));
    await recordAuditEvent(tx, ctx, { action: 'survey.create', entityType: 'survey', entityId: row!.id, after: { ...input, id: row!.id } });
    const [survey] = await presentSurveys(ctx, tx, [row!]);
    return survey!;
  });
}
