import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { AuditEvent, AuditQuery } from '../../contracts/index.ts';
import type { z } from 'zod';
import { auditEvents } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { decodeCursor, pageOf } from '../shared/cursor.ts';

export interface ListAuditInput extends z.infer<typeof AuditQuery> {
  cursor?: string | undefined;
  limit: number;
}

export async function listAuditEvents(ctx: Ctx, input: ListAuditInput) {
  authorize(ctx.actor, 'audit.read');
  const cursor = decodeCursor(input.cursor, 1);
  const where: SQL[] = [];
  if (cursor) where.push(lt(auditEvents.seq, Number(cursor[0])));
  if (input.entityType) where.push(eq(auditEvents.entityType, input.entityType));
  if (input.entityId) where.push(eq(auditEvents.entityId, input.entityId));
  if (input.action) where.push(eq(auditEvents.action, input.action));
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => [r.seq]);
  return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
}

function presentAuditEvent(row: typeof auditEvents.$inferSelect): AuditEvent {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at.toISOString(),
    actorType: row.actorType as AuditEvent['actorType'],
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
    hash: row.hash,
  };
}
