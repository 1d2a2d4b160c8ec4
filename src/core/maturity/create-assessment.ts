import type { Assessment, AssessmentCreate } from '../../contracts/index.ts';
import { assessments, maturityModels } from '../../db/schema.ts';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { displayName } from '../decisions/decision-checks.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError, notFound, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { findTeam } from '../teams/team-queries.ts';
import { assertWritable } from '../teams/team-rules-check.ts';
import { assessmentSnapshot, currentModelRow, lockMaturityModel, presentAssessments } from './maturity-queries.ts';
import { ratingProblems } from './maturity-rules.ts';

/** Rates a team against the current maturity model: every dimension once, on a day that has happened. */
export async function createAssessment(ctx: Ctx, teamId: string, input: AssessmentCreate): Promise<Assessment> {
  return inTransaction(ctx, async (tx) => {
    const team = await findTeam(tx, teamId);
    if (!team) throw notFound('Team');
    assertWritable(team);
    authorize(ctx.actor, 'team.assess', team);
    await lockMaturityModel(tx, 'shared');
    const current = await currentModelRow(tx);
    if (input.modelVersion !== current.version) {
      const [older] = await tx.select({ version: maturityModels.version }).from(maturityModels).where(eq(maturityModels.version, input.modelVersion));
      const message = older
        ? `version ${input.modelVersion} was retired; rate against version ${current.version}`
        : `there is no version ${input.modelVersion}; rate against version ${current.version}`;
      throw new DomainError('rule_violation', `The assessment cannot be saved: ${message}`, [{ field: 'modelVersion', code: older ? 'retired' : 'not_found', message }]);
    }
    const problems: FieldError[] = [];
    const now = today(ctx);
    if (input.assessedOn > now) problems.push({ field: 'assessedOn', code: 'in_future', message: `must not be after today (${now})` });
    problems.push(...ratingProblems(current.dimensions, input.ratings));
    if (problems.length) {
      throw new DomainError('rule_violation', `The assessment cannot be saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
    }
    // Stored in the model's dimension order, so every reader sees the same order.
    const order = current.dimensions.map((d) => d.key);
    const ratings = [...input.ratings].sort((a, b) => order.indexOf(a.dimensionKey) - order.indexOf(b.dimensionKey));
    const [row] = await tx
      .insert(assessments)
      .values({
        teamId,
        modelVersion: current.version,
        assessedOn: input.assessedOn,
        ratings,
        notes: input.notes,
        assessedByUserId: ctx.actor.userId,
        assessedByLabel: await displayName(tx, ctx.actor),
        createdAt: ctx.now(),
      })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'assessment.create', entityType: 'assessment', entityId: row!.id, after: assessmentSnapshot(row!) });
    const [presented] = await presentAssessments(tx, [row!]);
    return presented!;
  });
}
