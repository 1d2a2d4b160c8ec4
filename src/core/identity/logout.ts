import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { digest } from './secrets.ts';

export async function logout(ctx: Ctx, sessionToken: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const removed = await tx.delete(sessions).where(eq(sessions.tokenHash, digest(sessionToken))).returning();
    const session = removed[0];
    if (session) await recordAuditEvent(tx, ctx, { action: 'user.logout', entityType: 'user', entityId: session.userId });
  });
}
