import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { decisions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { decisionSnapshot, type DecisionRow } from './decision-queries.ts';

export function assertProposed(decision: DecisionRow, what: 'changed' | 'submitted'): void {
  if (decision.status !== 'proposed') {
    throw new DomainError('conflict', `This decision is ${decision.status.replace('_', ' ')}; only a proposed decision can be ${what}`, [
      { field: 'status', code: 'not_proposed', message: `is ${decision.status}` },
    ]);
  }
}

/**
 * Locks the decision `decision` replaces, if any. Callers take it right after locking `decision`
 * itself, before anything else (the audit chain lock in particular), so locks are always taken
 * successor first, then predecessor, and two successors of one decision queue instead of deadlocking.
 */
export async function lockPredecessor(tx: Tx, decision: DecisionRow): Promise<DecisionRow | null> {
  if (decision.supersedesId === null) return null;
  const [old] = await tx.select().from(decisions).where(eq(decisions.id, decision.supersedesId)).for('update');
  return old ?? null;
}

/**
 * A decision that replaces another one takes effect here: the old decision becomes superseded. If
 * another successor got there first, the old decision stays with that one.
 */
export async function supersedePredecessor(tx: Tx, ctx: Ctx, predecessor: DecisionRow | null, decided: DecisionRow): Promise<void> {
  if (predecessor === null || predecessor.status !== 'decided') return;
  const [after] = await tx
    .update(decisions)
    .set({ status: 'superseded', supersededById: decided.id, version: predecessor.version + 1, updatedAt: ctx.now() })
    .where(eq(decisions.id, predecessor.id))
    .returning();
  await recordAuditEvent(tx, ctx, {
    action: 'decision.supersede',
    entityType: 'decision',
    entityId: predecessor.id,
    before: decisionSnapshot(predecessor),
    after: decisionSnapshot(after!),
  });
}
