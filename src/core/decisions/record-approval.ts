import { eq } from 'drizzle-orm';
import type { ApprovalCreate, Decision } from '../../contracts/index.ts';
import { decisionApprovals, decisions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { heldRoleKeys } from '../operating-model/model-queries.ts';
import { canApprove } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, forbidden, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { displayName } from './decision-checks.ts';
import { approvalsOf, lockDecision, pendingRoles, presentDecision } from './decision-queries.ts';
import { lockPredecessor, supersedePredecessor } from './decision-status.ts';

/**
 * One verdict for one required role. The decision row is locked for the whole transaction, so
 * concurrent verdicts queue: a second one for the same role finds it answered (409), and of two
 * for the last two roles only the later one sees nothing pending and decides.
 */
export async function recordApproval(ctx: Ctx, decisionId: string, input: ApprovalCreate): Promise<Decision> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockDecision(tx, decisionId);
    if (!before) throw notFound('Decision');
    const predecessor = await lockPredecessor(tx, before);
    if (before.status !== 'pending_approval' || !before.evaluation) {
      throw new DomainError('conflict', `This decision is ${before.status.replace('_', ' ')}; it is not waiting for approval`, [
        { field: 'status', code: 'not_pending', message: `is ${before.status}` },
      ]);
    }
    const held = await heldRoleKeys(tx, ctx.actor.personId);
    if (!canApprove(ctx.actor, held, input.approverRole, before)) {
      throw forbidden(
        before.proposedByUserId !== null && before.proposedByUserId === ctx.actor.userId
          ? 'You proposed this decision; someone else has to approve it'
          : `Only a holder of the role ${input.approverRole} may give its verdict`,
      );
    }
    const required = before.evaluation.required.find((r) => r.approverRole === input.approverRole);
    if (!required) {
      throw new DomainError('rule_violation', `This decision does not need an approval from ${input.approverRole}`, [
        { field: 'approverRole', code: 'not_required', message: `must be one of ${before.evaluation.required.map((r) => r.approverRole).join(', ')}` },
      ]);
    }
    const approvals = await approvalsOf(tx, [decisionId]);
    if (!pendingRoles(before, approvals).includes(input.approverRole)) {
      throw new DomainError('conflict', `${required.approverRoleName} has already given its verdict on this decision`, [
        { field: 'approverRole', code: 'answered', message: 'has already been answered' },
      ]);
    }

    const now = ctx.now();
    const [approval] = await tx
      .insert(decisionApprovals)
      .values({ decisionId, approverRole: input.approverRole, verdict: input.verdict, comment: input.comment, approverUserId: ctx.actor.userId!, approverName: await displayName(tx, ctx.actor), at: now })
      .returning();
    const stillPending = pendingRoles(before, [...approvals, approval!]);
    const status = input.verdict === 'reject' ? 'rejected' : stillPending.length === 0 ? 'decided' : 'pending_approval';
    const [after] = await tx
      .update(decisions)
      .set({ status, ...(status === 'decided' ? { decidedAt: now } : {}), version: before.version + 1, updatedAt: now })
      .where(eq(decisions.id, decisionId))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: input.verdict === 'reject' ? 'decision.reject' : 'decision.approve',
      entityType: 'decision',
      entityId: decisionId,
      before: { status: before.status, version: before.version },
      after: {
        status: after!.status,
        version: after!.version,
        approval: { id: approval!.id, approverRole: approval!.approverRole, verdict: approval!.verdict, comment: approval!.comment, approverUserId: approval!.approverUserId },
      },
    });
    if (status === 'decided') await supersedePredecessor(tx, ctx, predecessor, after!);
    return presentDecision(ctx, tx, after!);
  });
}
