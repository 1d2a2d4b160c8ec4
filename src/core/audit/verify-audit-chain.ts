import { asc, gt } from 'drizzle-orm';
import type { AuditVerification } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { chainHash, GENESIS_HASH } from './hash.ts';

const BATCH = 1000;

/** Recomputes every hash from the first event on; the first mismatch is where the chain was broken. */
export async function verifyAuditChain(ctx: Ctx): Promise<AuditVerification> {
  authorize(ctx.actor, 'audit.read');
  return verifyChain(ctx.db);
}

export async function verifyChain(db: Queryable): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.seq, afterSeq)).orderBy(asc(auditEvents.seq)).limit(BATCH);
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, brokenAt: row.seq, reason: 'previous hash does not match the event before it (an event was removed or reordered)' };
      }
      const expected = chainHash(prevHash, {
        id: row.id,
        at: row.at.toISOString(),
        actorType: row.actorType,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
        requestId: row.requestId,
      });
      if (expected !== row.hash) {
        return { ok: false, checked, brokenAt: row.seq, reason: 'event content does not match its hash (the event was altered)' };
      }
      prevHash = row.hash;
      afterSeq = row.seq;
      checked += 1;
    }
    if (rows.length < BATCH) return { ok: true, checked, brokenAt: null, reason: null };
  }
}
