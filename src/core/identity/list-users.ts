import type { User } from '../../contracts/index.ts';
import { users } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { presentUser } from './user-queries.ts';

export async function listUsers(ctx: Ctx): Promise<{ items: User[] }> {
  authorize(ctx.actor, 'user.manage');
  const rows = await ctx.db.select().from(users).orderBy(users.displayName);
  return { items: rows.map(presentUser) };
}
