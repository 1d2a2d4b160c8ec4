import type { User, UserCreate } from '../../contracts/index.ts';
import { users } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findPerson } from '../people/person-queries.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { hashPassword } from './secrets.ts';
import { findUserByEmail, presentUser, userSnapshot } from './user-queries.ts';

export async function createUser(ctx: Ctx, input: UserCreate): Promise<User> {
  authorize(ctx.actor, 'user.manage');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new DomainError('conflict', `${input.email} already has an account`, [{ field: 'email', code: 'taken', message: 'already has an account' }]);
    }
    if (input.personId && !(await findPerson(tx, input.personId))) {
      throw new DomainError('validation_failed', 'No such person', [{ field: 'personId', code: 'not_found', message: 'no person with this id' }]);
    }
    const now = ctx.now();
    const { password: _password, ...fields } = input;
    const [row] = await tx.insert(users).values({ ...fields, passwordHash, createdAt: now, updatedAt: now }).returning();
    await recordAuditEvent(tx, ctx, { action: 'user.create', entityType: 'user', entityId: row!.id, after: userSnapshot(row!) });
    return presentUser(row!);
  });
}
