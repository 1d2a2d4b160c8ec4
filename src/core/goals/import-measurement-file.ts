import type { Readable } from 'node:stream';
import type { ImportFormat, Measurement, MeasurementBatchResult, RowError } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeAnyRecording, authorizeRecording, checkFileRows, IMPORT_BATCH_SIZE, recordingTargets, type RecordingTarget } from './measurement-checks.ts';
import { MeasurementFileError, readMeasurementFile, type MeasurementFileRow } from './measurement-file.ts';
import { writeMeasurementBatch } from './record-measurement-batch.ts';

export interface ImportMeasurementFileInput {
  format: ImportFormat;
  /** Opens the file from its start; it is read twice (checked whole, then recorded). */
  open: () => Readable;
  /** Batch n is recorded under `<keyPrefix>:<n>`: the same file under the same prefix records nothing twice. */
  keyPrefix: string;
  apply: boolean;
  /** Before the first batch and after each: points recorded so far, of how many. */
  onProgress?: (recorded: number, total: number) => void;
}

export interface ImportMeasurementFileResult {
  rows: number;
  /** The first problems found (at most MAX_REPORTED); `problems` counts them all. */
  errors: RowError[];
  problems: number;
  /** Distinct metrics the file's valid rows name, and the time stamps they span. */
  metrics: number;
  from: string | null;
  to: string | null;
  batches: MeasurementBatchResult[];
}

const MAX_REPORTED = 1000;
// Rows waiting for their metrics to be looked up: one query per this many rows at most.
const LOOKUP_WINDOW = 5000;

/**
 * A file of measurements of any size, as an operator imports it from the command line: every row
 * is checked first (nothing is recorded if any row has a problem, a point repeated anywhere in the
 * file included), then the file is recorded in batches of 10,000, each in its own transaction and
 * under its own idempotency key. Stopped half-way, it is simply run again: the batches already
 * recorded are recognised and skipped.
 */
export async function importMeasurementFile(ctx: Ctx, input: ImportMeasurementFileInput): Promise<ImportMeasurementFileResult> {
  authorizeAnyRecording(ctx.actor);
  const targets = new Map<string, RecordingTarget>();
  const looked = new Set<string>();
  const resolve = async (rows: readonly MeasurementFileRow[]) => {
    const unknown = [...new Set(rows.map((r) => r.metric.trim().toLowerCase()).filter((m) => m !== '' && !looked.has(m)))];
    if (unknown.length === 0) return;
    const found = await recordingTargets(ctx, ctx.db, unknown, { byKey: true, lock: false });
    authorizeRecording(ctx.actor, unknown, found, (i) => `metric "${unknown[i]}"`);
    for (const ref of unknown) looked.add(ref);
    for (const [ref, target] of found) targets.set(ref, target);
  };

  // 1. Check every row, looking metrics up a window of rows at a time.
  const errors: RowError[] = [];
  const seen = new Map<string, Map<number, number>>();
  let problems = 0;
  let rows = 0;
  let valid = 0;
  let fromMs = Infinity;
  let toMs = -Infinity;
  const report = (list: readonly RowError[]) => {
    problems += list.length;
    for (const e of list) if (errors.length < MAX_REPORTED) errors.push(e);
  };
  const check = async (window: MeasurementFileRow[]) => {
    await resolve(window);
    const checked = checkFileRows(window, targets, ctx.now(), seen);
    report(checked.errors);
    valid += checked.valid.length;
    for (const r of checked.valid) {
      const ms = Date.parse(r.item.measuredAt);
      if (ms < fromMs) fromMs = ms;
      if (ms > toMs) toMs = ms;
    }
  };
  try {
    let window: MeasurementFileRow[] = [];
    for await (const row of readMeasurementFile(input.format, input.open, ctx.timeZone)) {
      rows += 1;
      window.push(row);
      if (window.length === LOOKUP_WINDOW) {
        await check(window);
        window = [];
      }
    }
    await check(window);
  } catch (error) {
    if (!(error instanceof MeasurementFileError)) throw error;
    report(error.errors);
  }
  if (rows === 0 && problems === 0) report([{ row: 1, column: '(file)', message: 'has no rows to record' }]);
  const result: ImportMeasurementFileResult = {
    rows,
    errors,
    problems,
    metrics: seen.size,
    from: valid ? new Date(fromMs).toISOString() : null,
    to: valid ? new Date(toMs).toISOString() : null,
    batches: [],
  };
  if (problems > 0 || !input.apply) return result;

  // 2. Record, batch by batch. Each batch is checked again inside its transaction.
  let batch: Measurement[] = [];
  let recorded = 0;
  input.onProgress?.(0, valid);
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    const idempotencyKey = `${input.keyPrefix}:${result.batches.length + 1}`;
    result.batches.push(await inTransaction(ctx, (tx) => writeMeasurementBatch(tx, ctx, { idempotencyKey, items }, 'import')));
    recorded += items.length;
    batch = [];
    input.onProgress?.(recorded, valid);
  };
  let window: MeasurementFileRow[] = [];
  const take = async () => {
    const checked = checkFileRows(window, targets, ctx.now());
    if (checked.errors.length > 0 || checked.valid.length !== window.length) {
      throw new DomainError('conflict', `The file changed while it was being recorded (row ${checked.errors[0]?.row ?? window[0]?.row}); check it and run the import again`);
    }
    for (const r of checked.valid) {
      batch.push(r.item);
      if (batch.length === IMPORT_BATCH_SIZE) await flush();
    }
    window = [];
  };
  for await (const row of readMeasurementFile(input.format, input.open, ctx.timeZone)) {
    window.push(row);
    if (window.length === LOOKUP_WINDOW) await take();
  }
  await take();
  await flush();
  return result;
}
