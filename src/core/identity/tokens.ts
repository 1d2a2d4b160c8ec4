import type { ApiToken } from '../../contracts/index.ts';
import { apiTokens } from '../../db/schema.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export function presentToken(t: ApiTokenRow): ApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export function tokenSnapshot(t: ApiTokenRow) {
  return { id: t.id, userId: t.userId, name: t.name, prefix: t.prefix, scopes: t.scopes, expiresAt: t.expiresAt, revokedAt: t.revokedAt };
}
