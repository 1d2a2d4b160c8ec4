import { eq } from 'drizzle-orm';
import type { Milestone } from '../../contracts/index.ts';
import { milestones } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError, notFound, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { lockInitiative, milestoneSnapshot, presentMilestone } from './roadmap-queries.ts';
import { dueOnProblems } from './roadmap-rules.ts';

export interface UpdateMilestoneInput {
  id: string;
  expectedVersion: number | undefined;
  /** Setting `doneOn` completes the milestone; null reopens it. */
  changes: { title?: string; dueOn?: string; doneOn?: string | null };
}

export async function updateMilestone(ctx: Ctx, { id, expectedVersion, changes }: UpdateMilestoneInput): Promise<Milestone> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    const [found] = await tx.select({ initiativeId: milestones.initiativeId }).from(milestones).where(eq(milestones.id, id));
    if (!found) throw notFound('Milestone');
    // Initiative first, then the milestone: the same order as every other roadmap write, so they cannot deadlock.
    const initiative = (await lockInitiative(tx, found.initiativeId))!;
    const [before] = await tx.select().from(milestones).where(eq(milestones.id, id)).for('update');
    assertVersion('Milestone', before!.version, expectedVersion);
    const problems: FieldError[] = [];
    if (changes.dueOn !== undefined) problems.push(...dueOnProblems(changes.dueOn, initiative));
    const now = today(ctx);
    if (changes.doneOn && changes.doneOn > now) problems.push({ field: 'doneOn', code: 'in_future', message: `must not be after today (${now})` });
    if (problems.length) throw new DomainError('rule_violation', `The milestone cannot be saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
    const [after] = await tx
      .update(milestones)
      .set({ ...changes, version: before!.version + 1, updatedAt: ctx.now() })
      .where(eq(milestones.id, id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'milestone.update', entityType: 'milestone', entityId: id, before: milestoneSnapshot(before!), after: milestoneSnapshot(after!) });
    return presentMilestone(after!, now);
  });
}
