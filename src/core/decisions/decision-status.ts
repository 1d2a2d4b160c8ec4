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
 * A decision that replaces another one takes effect here: the old decision becomes superseded,
 * under a row lock so two successors cannot both claim it. If a successor already did, the old
 * decision stays with that one.
 */
export async function supersedePredecessor(tx: Tx, ctx: Ctx, decided: DecisionRow): Promise<void> {
  if (decided.supersedesId === null) return;
  const [old] = await tx.select().from(decisions).where(eq(decisions.id, decided.supersedesId)).for('update');
  if (!old || old.status !== 'decided') return;
  const [after] = await tx
    .update(decisions)
    .set({ status: 'superseded', supersededById: decided.id, version: old.version + 1, updatedAt: ctx.now() })
    .where(eq(decisions.id, old.id))
    .returning();
  await recordAuditEvent(tx, ctx, { action: 'decision.supersede', entityType: 'decision', entityId: old.id, before: decisionSnapshot(old), after: decisionSnapshot(after!) });
}
