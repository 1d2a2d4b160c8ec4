import type { LedgerBooking, LedgerEntry } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeBooking, bookingContext, currentMonthOf, ledgerRowOf, presentWritten } from './ledger-queries.ts';
import { bookingProblems } from './ledger-rules.ts';
import { assertNoItemProblems } from '../shared/errors.ts';
import { appendLedgerEntries } from './ledger-store.ts';

/**
 * Books one actual — a cost by category or a revenue by stream — for a team and month. The ledger
 * is append-only: a wrong entry is corrected by reversing it, never by editing it. Two statements:
 * one reads the calendar and the team, one writes the entry, both sums and the audit event (whose
 * entity is the team's ledger; the entry's id is only known once it is written).
 */
export async function bookLedgerEntry(ctx: Ctx, booking: LedgerBooking): Promise<LedgerEntry> {
  return inTransaction(ctx, async (tx) => {
    const { settings, team } = await bookingContext(tx, booking.teamId);
    if (team) authorizeBooking(ctx.actor, [team]);
    assertNoItemProblems(bookingProblems(booking, team, settings, currentMonthOf(ctx)), 'This entry cannot be booked');
    const row = ledgerRowOf(booking);
    const meta = { batchId: null, createdBy: ctx.actor.label, createdAt: ctx.now() };
    const { firstId } = await appendLedgerEntries(tx, [row], meta, {
      ctx,
      event: { action: 'ledger.book', entityType: 'ledger', entityId: row.teamId, after: { ...booking, teamId: row.teamId, createdBy: meta.createdBy } },
    });
    return presentWritten(firstId!, row, meta);
  });
}
