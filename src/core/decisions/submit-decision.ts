import { authorizeDecisionEdit } from '../policy.ts';
import { eq } from 'drizzle-orm';
import type { Decision } from '../../contracts/index.ts';
import { decisions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { assertWritable } from '../teams/team-rules-check.ts';
import { assertSupersedable } from './decision-checks.ts';
import { decisionSnapshot, evaluateNow, findTeamRow, lockDecision, presentDecision, teamResource } from './decision-queries.ts';
import { assertProposed, lockPredecessor, supersedePredecessor } from './decision-status.ts';

export interface SubmitDecisionInput {
  id: string;
  expectedVersion: number | undefined;
}

/**
 * Judges the proposal by the decision rights in force now and keeps that judgement with the rule
 * version: later rule changes do not reopen it. The team's own call is decided at once.
 */
export async function submitDecision(ctx: Ctx, { id, expectedVersion }: SubmitDecisionInput): Promise<Decision> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockDecision(tx, id);
    if (!before) throw notFound('Decision');
    const predecessor = await lockPredecessor(tx, before);
    const team = (await findTeamRow(tx, before.teamId))!;
    assertWritable(team);
    authorizeDecisionEdit(ctx.actor, before, await teamResource(ctx, tx, team));
    assertProposed(before, 'submitted');
    assertVersion('Decision', before.version, expectedVersion);
    if (before.supersedesId !== null) await assertSupersedable(tx, before.supersedesId, before.teamId);
    const evaluation = await evaluateNow(tx, before, team);
    const now = ctx.now();
    const [after] = await tx
      .update(decisions)
      .set({
        status: evaluation.ownCall ? 'decided' : 'pending_approval',
        ruleSetVersion: evaluation.ruleSetVersion,
        evaluation,
        submittedAt: now,
        decidedAt: evaluation.ownCall ? now : null,
        version: before.version + 1,
        updatedAt: now,
      })
      .where(eq(decisions.id, id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'decision.submit', entityType: 'decision', entityId: id, before: decisionSnapshot(before), after: decisionSnapshot(after!) });
    if (after!.status === 'decided') await supersedePredecessor(tx, ctx, predecessor, after!);
    return presentDecision(ctx, tx, after!);
  });
}
