import { and, eq } from 'drizzle-orm';
import type { Completion } from '../../contracts/index.ts';
import { learningCompletions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findPerson } from '../people/person-queries.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError, notFound, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { completionsWhere, lockOffer } from './enablement-queries.ts';

export interface RecordCompletionInput {
  offerId: string;
  personId: string;
  completedOn: string;
}

/** Records that a person completed an offer; once per person and offer. */
export async function recordCompletion(ctx: Ctx, { offerId, personId, completedOn }: RecordCompletionInput): Promise<Completion> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    // The offer lock orders concurrent completions of one offer, so the duplicate check below holds.
    const offer = await lockOffer(tx, offerId);
    if (!offer) throw notFound('Learning offer');
    const person = await findPerson(tx, personId);
    const problems: FieldError[] = [];
    if (!person) problems.push({ field: 'personId', code: 'not_found', message: 'no person with this id' });
    const now = today(ctx);
    if (completedOn > now) problems.push({ field: 'completedOn', code: 'in_future', message: `must not be after today (${now})` });
    if (problems.length) throw new DomainError('rule_violation', `The completion cannot be recorded: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
    const [existing] = await tx
      .select({ completedOn: learningCompletions.completedOn })
      .from(learningCompletions)
      .where(and(eq(learningCompletions.offerId, offerId), eq(learningCompletions.personId, personId)));
    if (existing) {
      throw new DomainError('conflict', `${person!.name} completed “${offer.title}” already, on ${existing.completedOn}`, [
        { field: 'personId', code: 'duplicate', message: `completed this offer already on ${existing.completedOn}` },
      ]);
    }
    const [row] = await tx.insert(learningCompletions).values({ offerId, personId, completedOn, createdAt: ctx.now() }).returning();
    await recordAuditEvent(tx, ctx, { action: 'completion.create', entityType: 'completion', entityId: row!.id, after: { id: row!.id, offerId, personId, completedOn } });
    const [completion] = await completionsWhere(tx, eq(learningCompletions.id, row!.id));
    return completion!;
  });
}
