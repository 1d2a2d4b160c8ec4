import { Readable } from 'node:stream';
import type { LedgerBatchResult, LedgerImportInput, LedgerImportResult, RowError } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { LedgerFileError, readLedgerFile, type LedgerFileRow } from './ledger-file.ts';
import { checkFileRow, combineBatches, IMPORT_BATCH_SIZE, type CheckedRow } from './ledger-import-checks.ts';
import { authorizeAnyBooking, authorizeBooking, currentMonthOf, ledgerTeamsByReference, type LedgerTeam } from './ledger-queries.ts';
import { getFinanceSettings } from './ledger-store.ts';
import { writeLedgerBatch } from './record-ledger-batch.ts';

/** What an upload may hold; larger files go through `tandem finance import`, batch by batch. */
export const UPLOAD_MAX_ROWS = 50_000;
const PREVIEW_ROWS = 200;

/**
 * A CSV or xlsx file of actual cost and revenue, previewed (dry run, the default) or booked. Every
 * row's problems are reported with row and column, and a file with any problem books nothing. An
 * applied file is booked as one batch under the idempotency key, or — above 10,000 rows — as
 * batches keyed `<key>:1`, `<key>:2`, … in one transaction, so it lands whole or not at all and
 * uploading it again books nothing twice.
 */
export async function importLedger(ctx: Ctx, input: LedgerImportInput): Promise<LedgerImportResult> {
  authorizeAnyBooking(ctx.actor);
  const format = input.format ?? 'csv';
  const dryRun = input.dryRun ?? true;
  const content = format === 'csv' ? input.content : Buffer.from(input.content, 'base64');
  const open = () => Readable.from([content]);

  const rows: LedgerFileRow[] = [];
  const errors: RowError[] = [];
  try {
    for await (const row of readLedgerFile(format, open)) {
      if (rows.length === UPLOAD_MAX_ROWS) {
        throw new DomainError('validation_failed', `The file has more than ${UPLOAD_MAX_ROWS} rows; book larger files with \`tandem finance import\``, [
          { field: 'content', code: 'too_many_rows', message: `must have at most ${UPLOAD_MAX_ROWS} rows` },
        ]);
      }
      rows.push(row);
    }
  } catch (error) {
    if (!(error instanceof LedgerFileError)) throw error;
    errors.push(...error.errors);
  }

  const teamOf = await ledgerTeamsByReference(
    ctx.db,
    rows.map((r) => r.team),
  );
  const named = new Map<string, LedgerTeam>();
  for (const r of rows) {
    const team = teamOf(r.team);
    if (team) named.set(team.id, team);
  }
  // Previewing already needs the right to book: the preview shows what would be booked.
  authorizeBooking(ctx.actor, named.values());

  const settings = await getFinanceSettings(ctx.db);
  const currentMonth = currentMonthOf(ctx);
  const valid: CheckedRow[] = [];
  for (const r of rows) {
    const { checked, errors: rowErrors } = checkFileRow(r, teamOf(r.team), settings, currentMonth);
    errors.push(...rowErrors);
    if (checked) valid.push(checked);
  }
  errors.sort((a, b) => a.row - b.row);

  const totalCents = valid.reduce((sum, r) => sum + r.booking.amountCents, 0);
  const base = { dryRun, rows: rows.length, errors, preview: valid.slice(0, PREVIEW_ROWS), totalCents };
  if (dryRun || errors.length > 0 || valid.length === 0) {
    if (!dryRun && errors.length === 0) errors.push({ row: 1, column: '(file)', message: 'has no rows to book' });
    return { ...base, result: null, batches: [] };
  }

  const chunks = Math.ceil(valid.length / IMPORT_BATCH_SIZE);
  const batches = await inTransaction(ctx, async (tx) => {
    const booked: LedgerBatchResult[] = [];
    for (let n = 0; n < chunks; n++) {
      const items = valid.slice(n * IMPORT_BATCH_SIZE, (n + 1) * IMPORT_BATCH_SIZE).map((r) => r.booking);
      booked.push(await writeLedgerBatch(tx, ctx, { idempotencyKey: chunks === 1 ? input.idempotencyKey : `${input.idempotencyKey}:${n + 1}`, items }));
    }
    return booked;
  });
  return { ...base, result: combineBatches(input.idempotencyKey, batches), batches };
}
