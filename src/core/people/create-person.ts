import type { Person, PersonCreate } from '../../contracts/index.ts';
import { people } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertEmailFree, personSnapshot, presentPerson } from './person-queries.ts';

export async function createPerson(ctx: Ctx, input: PersonCreate): Promise<Person> {
  authorize(ctx.actor, 'person.manage');
  return inTransaction(ctx, async (tx) => {
    if (await assertEmailFree(tx, input.email)) throw emailTaken(input.email);
    const now = ctx.now();
    const [row] = await tx.insert(people).values({ ...input, createdAt: now, updatedAt: now }).returning();
    await recordAuditEvent(tx, ctx, { action: 'person.create', entityType: 'person', entityId: row!.id, after: personSnapshot(row!) });
    return presentPerson(row!, 0);
  });
}

export const emailTaken = (email: string) =>
  new DomainError('conflict', `${email} already belongs to another person`, [{ field: 'email', code: 'taken', message: 'is already used by another person' }]);
