import { eq, sql } from 'drizzle-orm';
import type { LedgerBatch, LedgerBatchResult } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { ledgerBatches } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { assertNoItemProblems, DomainError, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeBooking, currentMonthOf, ledgerRowOf, ledgerTeamsById } from './ledger-queries.ts';
import { lockSettingsForShare } from './budget-checks.ts';
import { bookingProblems, ledgerBatchHash, monthCheck, summarizeBatch } from './ledger-rules.ts';
import { appendLedgerEntries } from './ledger-store.ts';

// Namespace of the per-key advisory lock; the key's own hash is the second half.
const BATCH_KEY_LOCK = 7_401_004;

/**
 * Books many actuals at once, all or nothing. Every item is checked before anything is written
 * and every problem is reported (`items.<i>.<field>`). The idempotency key makes a retry safe: the
 * same key with the same items returns the stored result and books nothing again.
 */
export async function recordLedgerBatch(ctx: Ctx, input: LedgerBatch): Promise<LedgerBatchResult> {
  return inTransaction(ctx, (tx) => writeLedgerBatch(tx, ctx, input));
}

/**
 * The batch inside the caller's transaction (an import books several in one). The number of
 * statements does not grow with the batch: lock, teams, stored key, settings, batch row, and the
 * ledger write — one statement for the rows, both aggregates and the audit event.
 */
export async function writeLedgerBatch(tx: Tx, ctx: Ctx, input: LedgerBatch): Promise<LedgerBatchResult> {
  const { idempotencyKey, items } = input;
  const payloadHash = ledgerBatchHash(items);
  // Two deliveries of the same batch at once: the second waits here, then finds the first.
  await tx.execute(sql`select pg_advisory_xact_lock(${BATCH_KEY_LOCK}, hashtext(${idempotencyKey}))`);
  const teams = await ledgerTeamsById(
    tx,
    items.map((i) => i.teamId),
  );
  authorizeBooking(ctx.actor, teams.values());

  const [stored] = await tx.select().from(ledgerBatches).where(eq(ledgerBatches.idempotencyKey, idempotencyKey));
  if (stored) {
    if (stored.payloadHash !== payloadHash) {
      throw new DomainError('conflict', `The idempotency key "${idempotencyKey}" was already used for a different batch`, [
        { field: 'idempotencyKey', code: 'reused', message: 'was already used for different items; use a new key for a new batch' },
      ]);
    }
    return { batchId: stored.id, idempotencyKey, entries: stored.entries, totalCents: stored.totalCents, replayed: true };
  }

  const settings = await lockSettingsForShare(tx);
  const currentMonth = currentMonthOf(ctx);
  const monthProblem = monthCheck(settings, currentMonth);
  const problems: FieldError[] = [];
  items.forEach((item, i) => {
    for (const p of bookingProblems(item, teams.get(item.teamId.toLowerCase()), settings, currentMonth, monthProblem)) problems.push({ ...p, field: `items.${i}.${p.field}` });
  });
  assertNoItemProblems(problems, `${problems.length} of the items cannot be booked; nothing was written`);
  const summary = summarizeBatch(items);
  if (!Number.isSafeInteger(summary.totalCents) || !Number.isSafeInteger(summary.byKind.cost) || !Number.isSafeInteger(summary.byKind.revenue)) {
    throw new DomainError('rule_violation', 'The total of the batch is too large to count in cents', [{ field: 'items', code: 'too_large', message: 'split the batch' }]);
  }

  const now = ctx.now();
  const [batch] = await tx
    .insert(ledgerBatches)
    .values({ idempotencyKey, payloadHash, entries: items.length, totalCents: summary.totalCents, createdBy: ctx.actor.label, createdAt: now })
    .returning({ id: ledgerBatches.id });
  // The entries carry the batch id and cannot change: the event summarises, it does not copy them.
  await appendLedgerEntries(
    tx,
    items.map(ledgerRowOf),
    { batchId: batch!.id, createdBy: ctx.actor.label, createdAt: now },
    { ctx, event: { action: 'ledger.batch', entityType: 'ledger', entityId: batch!.id, after: { idempotencyKey, ...summary } } },
  );
  return { batchId: batch!.id, idempotencyKey, entries: items.length, totalCents: summary.totalCents, replayed: false };
}
