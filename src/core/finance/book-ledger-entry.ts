import type { LedgerBooking, LedgerEntry } from '../../contracts/index.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertBookable, authorizeBooking, currentMonthOf, ledgerRowOf, ledgerTeamsById, presentWritten } from './ledger-queries.ts';
import { bookingProblems } from './ledger-rules.ts';
import { appendLedgerEntries, getFinanceSettings } from './ledger-store.ts';

/**
 * Books one actual — a cost by category or a revenue by stream — for a team and month. The ledger
 * is append-only: a wrong entry is corrected by reversing it, never by editing it.
 */
export async function bookLedgerEntry(ctx: Ctx, booking: LedgerBooking): Promise<LedgerEntry> {
  return inTransaction(ctx, async (tx) => {
    const team = (await ledgerTeamsById(tx, [booking.teamId])).get(booking.teamId.toLowerCase());
    if (team) authorizeBooking(ctx.actor, [team]);
    const settings = await getFinanceSettings(tx);
    assertBookable(bookingProblems(booking, team, settings, currentMonthOf(ctx)), 'This entry cannot be booked');
    const row = ledgerRowOf(booking);
    const meta = { batchId: null, createdBy: ctx.actor.label, createdAt: ctx.now() };
    const { firstId } = await appendLedgerEntries(tx, [row], meta);
    const entry = presentWritten(firstId!, row, meta);
    await recordAuditEvent(tx, ctx, { action: 'ledger.book', entityType: 'ledger', entityId: entry.id, after: entry });
    return entry;
  });
}
