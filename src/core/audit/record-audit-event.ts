import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditEntity } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import type { Ctx } from '../shared/context.ts';
import { canonicalJson } from './hash.ts';

export type { AuditAction, AuditEntity } from '../../contracts/index.ts';

export interface AuditInput {
  action: AuditAction;
  entityType: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one event to the hash chain, inside the caller's transaction, in one statement. */
export async function recordAuditEvent(tx: Tx, ctx: Ctx, input: AuditInput): Promise<void> {
  await tx.execute(sql`with ${auditEventCtes(ctx, input)} select 1`);
}

/**
 * The audit append as common table expressions (`audit_head`, `audit_event`), for a statement of
 * its own or to ride along with the write it records (the ledger does that, so a booking and its
 * audit event cost one round trip).
 *
 * The chain head is one row. Updating it takes its row lock, so concurrent appenders queue; after
 * waiting, PostgreSQL re-reads the newest head, so every event chains onto the one committed
 * before it. `SET prev_hash = hash` keeps the old head, and the new hash is
 * sha256(prev hash + "\n" + canonical JSON of the event) — exactly what `chainHash` computes when
 * `tandem audit verify` checks the chain.
 */
export function auditEventCtes(ctx: Ctx, input: AuditInput): SQL {
  const fields = {
    id: randomUUID(),
    at: new Date(ctx.now().getTime()).toISOString(),
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
  const body = canonicalJson(fields);
  return sql`audit_head as (
      update audit_chain_head set prev_hash = hash, hash = encode(sha256(convert_to(hash || chr(10) || ${body}, 'UTF8')), 'hex')
      where id = 1 returning prev_hash, hash
    ),
    audit_event as (
      insert into audit_events (id, at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after, request_id, prev_hash, hash)
      select ${fields.id}::uuid, ${fields.at}::timestamptz, ${fields.actorType}, ${fields.actorId}, ${fields.actorLabel}, ${fields.action},
             ${fields.entityType}, ${fields.entityId}, ${json(fields.before)}::jsonb, ${json(fields.after)}::jsonb, ${fields.requestId}, prev_hash, hash
      from audit_head
      returning seq
    )`;
}

/** Snapshots are stored as plain JSON: dates become ISO strings, undefined disappears. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
