import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { apiTokens, sessions, users } from '../../db/schema.ts';
import type { Actor } from '../shared/context.ts';
import { digest, TOKEN_PREFIX } from './secrets.ts';
import { userActor } from './user-queries.ts';

/**
 * Turns a credential into an actor, or null. Local sessions and API tokens resolve here; an OIDC
 * login ends in the same place — it links an identity to a user and then opens a session.
 */
export async function authenticateSession(db: Db, sessionToken: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, digest(sessionToken)), gt(sessions.expiresAt, now)));
  if (!row || row.user.disabled) return null;
  return userActor(row.user);
}

export async function authenticateToken(db: Db, bearer: string, now: Date): Promise<Actor | null> {
  if (!bearer.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, digest(bearer)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  if (!row || row.user.disabled) return null;
  const lastUsed = row.token.lastUsedAt?.getTime() ?? 0;
  // Once a minute is precise enough for "last used", and spares a write on every machine call.
  if (now.getTime() - lastUsed > 60_000) await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  return {
    ...userActor(row.user),
    type: 'token',
    label: `${row.user.email} (token ${row.token.name})`,
    scopes: row.token.scopes,
    tokenId: row.token.id,
  };
}
