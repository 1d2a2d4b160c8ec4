import { Readable } from 'node:stream';
import type { MeasurementBatchResult, MeasurementImportInput, MeasurementImportResult, RowError } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeAnyRecording, authorizeRecording, checkFileRows, combineBatches, IMPORT_BATCH_SIZE, recordingTargets } from './measurement-checks.ts';
import { MeasurementFileError, readMeasurementFile, type MeasurementFileRow } from './measurement-file.ts';
import { writeMeasurementBatch } from './record-measurement-batch.ts';

/** What an upload may hold; larger files go through `tandem measurements import`, batch by batch. */
export const UPLOAD_MAX_ROWS = 50_000;
const PREVIEW_ROWS = 200;

/**
 * A CSV or xlsx file of measurements, previewed (dry run, the default) or recorded. Every row's
 * problems are reported with row and column, and a file with any problem records nothing. An
 * applied file is recorded as one batch under the idempotency key, or — above 10,000 rows — as
 * batches keyed `<key>:1`, `<key>:2`, … in one transaction, so it lands whole or not at all and
 * uploading it again records nothing twice.
 */
export async function importMeasurements(ctx: Ctx, input: MeasurementImportInput): Promise<MeasurementImportResult> {
  authorizeAnyRecording(ctx.actor);
  const format = input.format ?? 'csv';
  const dryRun = input.dryRun ?? true;
  const content = format === 'csv' ? input.content : Buffer.from(input.content, 'base64');
  const open = () => Readable.from([content]);

  const rows: MeasurementFileRow[] = [];
  const errors: RowError[] = [];
  try {
    for await (const row of readMeasurementFile(format, open, ctx.timeZone)) {
      if (rows.length === UPLOAD_MAX_ROWS) {
        throw new DomainError('validation_failed', `The file has more than ${UPLOAD_MAX_ROWS} rows; record larger files with \`tandem measurements import\``, [
          { field: 'content', code: 'too_many_rows', message: `must have at most ${UPLOAD_MAX_ROWS} rows` },
        ]);
      }
      rows.push(row);
    }
  } catch (error) {
    if (!(error instanceof MeasurementFileError)) throw error;
    errors.push(...error.errors);
  }

  const references = rows.map((r) => r.metric);
  const targets = await recordingTargets(ctx, ctx.db, references, { byKey: true, lock: false });
  // Previewing already needs the right to record: the preview shows what would be recorded.
  authorizeRecording(ctx.actor, references, targets, (i) => `rows.${rows[i]!.row}.metric`);
  const checked = checkFileRows(rows, targets, ctx.now());
  errors.push(...checked.errors);
  errors.sort((a, b) => a.row - b.row);

  const preview = checked.valid.slice(0, PREVIEW_ROWS).map(({ row, target, item }) => ({
    row,
    metricKey: target.key,
    metricName: target.name,
    unit: target.unit,
    measuredAt: item.measuredAt,
    value: item.value,
  }));
  const base = { dryRun, rows: rows.length, errors, preview };
  if (dryRun || errors.length > 0 || checked.valid.length === 0) {
    if (!dryRun && errors.length === 0) errors.push({ row: 1, column: '(file)', message: 'has no rows to record' });
    return { ...base, result: null, batches: [] };
  }

  const chunks = Math.ceil(checked.valid.length / IMPORT_BATCH_SIZE);
  const batches = await inTransaction(ctx, async (tx) => {
    const written: MeasurementBatchResult[] = [];
    for (let n = 0; n < chunks; n++) {
      const items = checked.valid.slice(n * IMPORT_BATCH_SIZE, (n + 1) * IMPORT_BATCH_SIZE).map((r) => r.item);
      written.push(await writeMeasurementBatch(tx, ctx, { idempotencyKey: chunks === 1 ? input.idempotencyKey : `${input.idempotencyKey}:${n + 1}`, items }, 'import'));
    }
    return written;
  });
  return { ...base, result: combineBatches(input.idempotencyKey, batches), batches };
}
