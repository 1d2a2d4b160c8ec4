import { sql } from 'drizzle-orm';
import type { LedgerEntry } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeBooking, ledgerTeamsById, presentLedgerEntry, presentWritten, type LedgerEntryRecord } from './ledger-queries.ts';
import { reversalRefusal } from './ledger-rules.ts';
import { appendLedgerEntries, type LedgerRow } from './ledger-store.ts';

export interface ReverseLedgerEntryInput {
  /** The ledger entry's id (a bigint, as a string of digits). */
  id: string;
  reason: string;
}

const alreadyReversed = (id: string) =>
  new DomainError('conflict', `Ledger entry ${id} has already been reversed`, [{ field: 'id', code: 'already_reversed', message: 'was already reversed; an entry is reversed once' }]);

/**
 * Corrects a cost or revenue entry by booking its negation in the same team, month and category,
 * pointing at it. An entry is reversed once (a unique index says so even for two reversals at
 * the same moment), and a reversal itself is not reversed: book a new entry instead.
 */
export async function reverseLedgerEntry(ctx: Ctx, input: ReverseLedgerEntryInput): Promise<LedgerEntry> {
  if (!/^\d{1,18}$/.test(input.id)) throw notFound('Ledger entry');
  try {
    return await inTransaction(ctx, async (tx) => {
      // Locked, so a second reversal of the same entry waits and then finds this one.
      const [original] = await queryRows<LedgerEntryRecord>(tx, sql`select * from ledger_entries where id = ${input.id}::bigint for update`);
      if (!original) throw notFound('Ledger entry');
      const team = (await ledgerTeamsById(tx, [original.team_id])).get(original.team_id)!;
      if (team.stage === 'sunset') throw new DomainError('team_read_only', `${team.name} is sunset; its history is kept read-only`);
      authorizeBooking(ctx.actor, [team]);
      const refusal = reversalRefusal({ kind: original.kind, reversesId: original.reverses_id === null ? null : Number(original.reverses_id) });
      if (refusal) throw new DomainError('rule_violation', `Ledger entry ${input.id} cannot be reversed: it ${refusal}`, [{ field: 'id', code: 'not_reversible', message: refusal }]);
      const [reversal] = await queryRows<{ id: number | string }>(tx, sql`select id from ledger_entries where reverses_id = ${input.id}::bigint`);
      if (reversal) throw alreadyReversed(input.id);

      const row: LedgerRow = {
        teamId: original.team_id,
        month: original.month,
        kind: original.kind,
        category: original.category,
        expenseType: original.expense_type,
        stream: original.stream,
        serviceId: original.service_id,
        amountCents: -Number(original.amount_cents),
        reference: original.reference,
        reversesId: Number(original.id),
      };
      const meta = { batchId: null, createdBy: ctx.actor.label, createdAt: ctx.now() };
      // The event concerns the entry reversed: it shows it before and the reversal with its reason.
      const { firstId } = await appendLedgerEntries(tx, [row], meta, {
        ctx,
        event: { action: 'ledger.reverse', entityType: 'ledger', entityId: String(original.id), before: presentLedgerEntry(original), after: { ...row, reversesId: input.id, createdBy: meta.createdBy, reason: input.reason } },
      });
      return presentWritten(firstId!, row, meta);
    });
  } catch (error) {
    if (isReversalRace(error)) throw alreadyReversed(input.id);
    throw error;
  }
}

/** The unique index refused a second reversal that got past the check at the same instant. */
function isReversalRace(error: unknown): boolean {
  for (let e = error as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && (e.constraint === 'ledger_entries_reverses_key' || e.message?.includes('ledger_entries_reverses_key'))) return true;
  }
  return false;
}
