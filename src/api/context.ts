import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Ctx } from '../core/index.ts';
import { DomainError } from '../core/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

/** The core context for this request; refuses anonymous callers. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actor) throw new DomainError('unauthenticated', 'Sign in or send an API token (Authorization: Bearer tdm_…)');
  return anonymousCtx(request, request.actor);
}

export function anonymousCtx(request: FastifyRequest, actor: Actor): Ctx {
  const app = request.server;
  return { db: app.tandem.db, actor, requestId: request.id, now: () => new Date(), timeZone: app.tandem.timeZone };
}

/** If-Match: "3" (or W/"3") → 3. A missing header is left for core to refuse. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  if (!match) {
    throw new DomainError('validation_failed', 'If-Match must be the ETag you received, e.g. "3"', [
      { field: 'If-Match', message: 'must look like "3"' },
    ]);
  }
  return Number(match[1]);
}

export function withETag<T extends { version: number }>(reply: FastifyReply, entity: T): T {
  void reply.header('etag', `"${entity.version}"`);
  return entity;
}
