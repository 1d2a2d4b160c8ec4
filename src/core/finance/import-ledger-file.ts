import type { Readable } from 'node:stream';
import type { ImportFormat, LedgerBatchResult, LedgerBooking, RowError } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { LedgerFileError, readLedgerFile, type LedgerFileRow } from './ledger-file.ts';
import { checkFileRow, IMPORT_BATCH_SIZE } from './ledger-import-checks.ts';
import { authorizeBooking, currentMonthOf, ledgerTeamsByReference, type LedgerTeam } from './ledger-queries.ts';
import { getFinanceSettings } from './ledger-store.ts';
import { recordLedgerBatch } from './record-ledger-batch.ts';

export interface ImportLedgerFileInput {
  format: ImportFormat;
  /** Opens the file from its start; it is read twice (checked whole, then booked). */
  open: () => Readable;
  /** Batch n is booked under `<keyPrefix>:<n>`: the same file under the same prefix books nothing twice. */
  keyPrefix: string;
  apply: boolean;
  /** Before the first batch and after each: rows booked so far, of how many. */
  onProgress?: (booked: number, total: number) => void;
}

export interface ImportLedgerFileResult {
  rows: number;
  /** The first problems found (at most MAX_REPORTED); `problems` counts them all. */
  errors: RowError[];
  problems: number;
  totalCents: number;
  batches: LedgerBatchResult[];
}

const MAX_REPORTED = 1000;
// Rows waiting for their teams to be looked up: one query per this many rows at most.
const LOOKUP_WINDOW = 5000;

/**
 * A file of actuals of any size, as an operator imports it from the command line: every row is
 * checked first (nothing is booked if any row has a problem), then the file is booked in batches
 * of 10,000, each in its own transaction and under its own idempotency key. Stopped half-way, it
 * is simply run again: the batches already booked are recognised and skipped.
 */
export async function importLedgerFile(ctx: Ctx, input: ImportLedgerFileInput): Promise<ImportLedgerFileResult> {
  const settings = await getFinanceSettings(ctx.db);
  const currentMonth = currentMonthOf(ctx);
  const teams = new Map<string, LedgerTeam | null>();
  const resolve = async (rows: readonly LedgerFileRow[]) => {
    const unknown = [...new Set(rows.map((r) => r.team.trim().toLowerCase()).filter((t) => t !== '' && !teams.has(t)))];
    if (unknown.length === 0) return;
    const teamOf = await ledgerTeamsByReference(ctx.db, unknown);
    const found = unknown.map((ref) => [ref, teamOf(ref) ?? null] as const);
    authorizeBooking(
      ctx.actor,
      found.flatMap(([, t]) => (t ? [t] : [])),
    );
    for (const [ref, team] of found) teams.set(ref, team);
  };
  const teamOf = (ref: string) => teams.get(ref.trim().toLowerCase()) ?? undefined;

  // 1. Check every row, looking teams up a window of rows at a time.
  const errors: RowError[] = [];
  let problems = 0;
  let rows = 0;
  let valid = 0;
  let totalCents = 0;
  const report = (list: readonly RowError[]) => {
    problems += list.length;
    for (const e of list) if (errors.length < MAX_REPORTED) errors.push(e);
  };
  const check = async (window: LedgerFileRow[]) => {
    await resolve(window);
    for (const r of window) {
      const { checked, errors: rowErrors } = checkFileRow(r, teamOf(r.team), settings, currentMonth);
      report(rowErrors);
      if (checked) {
        valid += 1;
        totalCents += checked.booking.amountCents;
      }
    }
  };
  try {
    let window: LedgerFileRow[] = [];
    for await (const row of readLedgerFile(input.format, input.open)) {
      rows += 1;
      window.push(row);
      if (window.length === LOOKUP_WINDOW) {
        await check(window);
        window = [];
      }
    }
    await check(window);
  } catch (error) {
    if (!(error instanceof LedgerFileError)) throw error;
    report(error.errors);
  }
  if (rows === 0 && problems === 0) report([{ row: 1, column: '(file)', message: 'has no rows to book' }]);
  const result = { rows, errors, problems, totalCents, batches: [] as LedgerBatchResult[] };
  if (problems > 0 || !input.apply) return result;

  // 2. Book, batch by batch. The use case checks each batch again inside its transaction.
  let batch: LedgerBooking[] = [];
  let booked = 0;
  input.onProgress?.(0, valid);
  const flush = async () => {
    if (batch.length === 0) return;
    result.batches.push(await recordLedgerBatch(ctx, { idempotencyKey: `${input.keyPrefix}:${result.batches.length + 1}`, items: batch }));
    booked += batch.length;
    batch = [];
    input.onProgress?.(booked, valid);
  };
  for await (const row of readLedgerFile(input.format, input.open)) {
    const { checked } = checkFileRow(row, teamOf(row.team), settings, currentMonth);
    if (!checked) throw new DomainError('conflict', `The file changed while it was being booked (row ${row.row}); check it and run the import again`);
    batch.push(checked.booking);
    if (batch.length === IMPORT_BATCH_SIZE) await flush();
  }
  await flush();
  return result;
}
