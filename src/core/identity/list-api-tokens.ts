import { desc, eq } from 'drizzle-orm';
import type { ApiToken } from '../../contracts/index.ts';
import { apiTokens } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { presentToken } from './tokens.ts';

export async function listApiTokens(ctx: Ctx): Promise<{ items: ApiToken[] }> {
  authorize(ctx.actor, 'token.manageOwn');
  const rows = await ctx.db.select().from(apiTokens).where(eq(apiTokens.userId, ctx.actor.userId!)).orderBy(desc(apiTokens.createdAt));
  return { items: rows.map(presentToken) };
}
