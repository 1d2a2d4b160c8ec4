import type { z } from 'zod';
import type { ApiTokenCreate, ApiTokenCreated } from '../../contracts/index.ts';
import { apiTokens } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { digest, newSecret, TOKEN_PREFIX } from './secrets.ts';
import { presentToken, tokenSnapshot } from './tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The token is returned once and only its hash is kept; a lost token is revoked and replaced. */
export async function createApiToken(ctx: Ctx, input: ApiTokenCreate): Promise<z.infer<typeof ApiTokenCreated>> {
  authorize(ctx.actor, 'token.manageOwn');
  const token = newSecret(TOKEN_PREFIX);
  const now = ctx.now();
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: ctx.actor.userId!,
        name: input.name,
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        tokenHash: digest(token),
        scopes: [...new Set(input.scopes)],
        createdAt: now,
        expiresAt: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS),
      })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'token.create', entityType: 'token', entityId: row!.id, after: tokenSnapshot(row!) });
    return { ...presentToken(row!), token };
  });
}
