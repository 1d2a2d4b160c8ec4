import { and, eq } from 'drizzle-orm';
import { apiTokens } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { tokenSnapshot } from './tokens.ts';

/** Users revoke their own tokens; someone else's token looks exactly like a missing one. */
export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx.actor, 'token.manageOwn');
  await inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(apiTokens).where(and(eq(apiTokens.id, id), eq(apiTokens.userId, ctx.actor.userId!))).for('update');
    if (!before) throw notFound('API token');
    if (before.revokedAt) return;
    const [after] = await tx.update(apiTokens).set({ revokedAt: ctx.now() }).where(eq(apiTokens.id, id)).returning();
    await recordAuditEvent(tx, ctx, { action: 'token.revoke', entityType: 'token', entityId: id, before: tokenSnapshot(before), after: tokenSnapshot(after!) });
  });
}
