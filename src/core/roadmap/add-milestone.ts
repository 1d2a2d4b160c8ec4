import type { Milestone } from '../../contracts/index.ts';
import { milestones } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { lockInitiative, milestoneSnapshot, presentMilestone } from './roadmap-queries.ts';
import { dueOnProblems } from './roadmap-rules.ts';

export async function addMilestone(ctx: Ctx, initiativeId: string, input: { title: string; dueOn: string }): Promise<Milestone> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    const initiative = await lockInitiative(tx, initiativeId);
    if (!initiative) throw notFound('Initiative');
    const problems = dueOnProblems(input.dueOn, initiative);
    if (problems.length) throw new DomainError('rule_violation', `The milestone cannot be saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
    const now = ctx.now();
    const [row] = await tx.insert(milestones).values({ initiativeId, title: input.title, dueOn: input.dueOn, createdAt: now, updatedAt: now }).returning();
    await recordAuditEvent(tx, ctx, { action: 'milestone.create', entityType: 'milestone', entityId: row!.id, after: milestoneSnapshot(row!) });
    return presentMilestone(row!, today(ctx));
  });
}
