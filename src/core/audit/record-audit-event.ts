import { randomUUID } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { AuditAction, AuditEntity } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { chainHash, GENESIS_HASH } from './hash.ts';

export type { AuditAction, AuditEntity } from '../../contracts/index.ts';

export interface AuditInput {
  action: AuditAction;
  entityType: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 7_401_001;

/** Appends one event to the hash chain, inside the caller's transaction. */
export async function recordAuditEvent(tx: Tx, ctx: Ctx, input: AuditInput): Promise<void> {
  // Serialise appenders so two transactions never chain onto the same predecessor.
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date(ctx.now().getTime());
  const fields = {
    id: randomUUID(),
    at: at.toISOString(),
    actorType: ctx.actor.type,
    actorId: ctx.actor.tokenId ?? ctx.actor.userId,
    actorLabel: ctx.actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: toJson(input.before),
    after: toJson(input.after),
    requestId: ctx.requestId,
  };
  await tx.insert(auditEvents).values({ ...fields, at, prevHash, hash: chainHash(prevHash, fields) });
}

/** Snapshots are stored as plain JSON: dates become ISO strings, undefined disappears. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
