import type { Me } from '../../contracts/index.ts';
import { orgAbilities } from '../policy.ts';
import type { Actor, Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { findUser, type UserRow } from './user-queries.ts';

export async function getMe(ctx: Ctx): Promise<Me> {
  const user = ctx.actor.userId ? await findUser(ctx.db, ctx.actor.userId) : undefined;
  if (!user) throw new DomainError('unauthenticated', 'Sign in first');
  return presentMe(ctx.actor, user);
}

export function presentMe(actor: Actor, user: UserRow): Me {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, personId: user.personId, abilities: orgAbilities(actor) };
}
