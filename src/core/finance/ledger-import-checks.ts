import type { FinanceSettings, LedgerBatchResult, LedgerBooking, RowError } from '../../contracts/index.ts';
import type { LedgerFileRow } from './ledger-file.ts';
import type { LedgerTeam } from './ledger-queries.ts';
import { bookingProblems } from './ledger-rules.ts';

/** A row of a file that can be booked. */
export interface CheckedRow {
  row: number;
  teamName: string;
  booking: LedgerBooking;
}

const COLUMN_OF: Record<string, string> = { teamId: 'team', kind: 'kind', month: 'month', amountCents: 'amount' };

/** A row with its team resolved, checked against the booking rules; problems are reported by row and column. */
export function checkFileRow(r: LedgerFileRow, team: LedgerTeam | undefined, settings: FinanceSettings, currentMonth: string): { checked: CheckedRow | null; errors: RowError[] } {
  const errors: RowError[] = [...r.errors];
  if (r.team !== '' && !team) errors.unshift({ row: r.row, column: 'team', message: `no team named "${r.team}"` });
  if (!r.draft || !team) return { checked: null, errors };
  const booking = { ...r.draft, teamId: team.id } as LedgerBooking;
  for (const p of bookingProblems(booking, team, settings, currentMonth)) errors.push({ row: r.row, column: COLUMN_OF[p.field] ?? p.field, message: p.message });
  return { checked: errors.length ? null : { row: r.row, teamName: team.name, booking }, errors };
}

/** One result for a file booked as several batches: their counts and sums, the first batch's id. */
export function combineBatches(idempotencyKey: string, batches: readonly LedgerBatchResult[]): LedgerBatchResult | null {
  if (batches.length === 0) return null;
  if (batches.length === 1) return batches[0]!;
  return {
    batchId: batches[0]!.batchId,
    idempotencyKey,
    entries: batches.reduce((n, b) => n + b.entries, 0),
    totalCents: batches.reduce((n, b) => n + b.totalCents, 0),
    replayed: batches.every((b) => b.replayed),
  };
}

/** Rows per batch: the batch contract's limit. */
export const IMPORT_BATCH_SIZE = 10_000;
