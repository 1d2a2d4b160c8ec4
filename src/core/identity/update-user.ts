import { eq } from 'drizzle-orm';
import type { User, UserUpdate } from '../../contracts/index.ts';
import { sessions, users } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findPerson } from '../people/person-queries.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { presentUser, userSnapshot } from './user-queries.ts';

export interface UpdateUserInput {
  id: string;
  expectedVersion: number | undefined;
  changes: UserUpdate;
}

export async function updateUser(ctx: Ctx, { id, expectedVersion, changes }: UpdateUserInput): Promise<User> {
  authorize(ctx.actor, 'user.manage');
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) throw notFound('User');
    assertVersion('User', before.version, expectedVersion);
    if (id === ctx.actor.userId && (changes.disabled === true || (changes.role && changes.role !== 'admin'))) {
      throw new DomainError('rule_violation', 'You cannot disable yourself or give up your own admin role', [
        { field: changes.disabled ? 'disabled' : 'role', message: 'ask another admin to do this' },
      ]);
    }
    if (changes.personId && !(await findPerson(tx, changes.personId))) {
      throw new DomainError('validation_failed', 'No such person', [{ field: 'personId', code: 'not_found', message: 'no person with this id' }]);
    }
    const [after] = await tx.update(users).set({ ...changes, version: before.version + 1, updatedAt: ctx.now() }).where(eq(users.id, id)).returning();
    // A disabled account loses its open sessions at once, not when they expire.
    if (changes.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAuditEvent(tx, ctx, { action: 'user.update', entityType: 'user', entityId: id, before: userSnapshot(before), after: userSnapshot(after!) });
    return presentUser(after!);
  });
}
