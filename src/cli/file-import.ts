import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { extname } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { LedgerBatch, type ImportFormat, type RowError } from '../contracts/index.ts';
import { DomainError, type Ctx } from '../core/index.ts';
import { loadConfig } from './config.ts';
import { openMigrated, systemCtx } from './runtime.ts';

/** What a core file import (`importLedgerFile`, `importMeasurementFile`) is given and gives back. */
export interface FileImportInput {
  format: ImportFormat;
  open: () => Readable;
  keyPrefix: string;
  apply: boolean;
  onProgress: (done: number, total: number) => void;
}

interface FileImportResult {
  rows: number;
  errors: RowError[];
  problems: number;
}

export interface FileImportCommand<R extends FileImportResult> {
  /** Names the default key prefix: `<name>-<the file's SHA-256>`. */
  name: string;
  /** The audit log's actor label. */
  actorLabel: string;
  /** The progress bar's label and unit, e.g. "Booking" and "rows". */
  progress: { verb: string; unit: string };
  /** What was not done when the file has problems, e.g. "nothing was booked". */
  nothingDone: string;
  run: (ctx: Ctx, input: FileImportInput) => Promise<R>;
  /** Prints the outcome of a file without problems: checked only, or applied. */
  report: (result: R, options: { apply: boolean; key: string }) => void;
}

/**
 * One CLI file import, the same for every kind of file: the format from --format or the file's
 * extension, batch keys from --key or the file's hash (so running the same file again writes
 * nothing twice), a progress bar while applying, every row problem as `file:row: column: message`,
 * and exit codes 2 for a wrong invocation and 1 for a file with problems or a refused import.
 */
export async function runFileImport<R extends FileImportResult>(
  file: string,
  options: { format?: ImportFormat; key?: string; apply?: boolean },
  command: FileImportCommand<R>,
): Promise<void> {
  const format = options.format ?? ({ '.csv': 'csv', '.xlsx': 'xlsx' } as const)[extname(file).toLowerCase() as '.csv' | '.xlsx'];
  if (!format) {
    console.error(`tandem: ${file} is neither a .csv nor an .xlsx file`);
    process.exitCode = 2;
    return;
  }
  let keyPrefix: string;
  try {
    keyPrefix = options.key ?? `${command.name}-${await sha256Of(file)}`;
  } catch (error) {
    console.error(`tandem: cannot read ${file}: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const key = LedgerBatch.shape.idempotencyKey.safeParse(keyPrefix);
  if (!key.success) {
    console.error(`--key: ${key.error.issues[0]?.message}`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const database = await openMigrated(config);
  const bar = new SingleBar({ stream: process.stderr, format: `${command.progress.verb} [{bar}] {percentage}% | {value}/{total} ${command.progress.unit}`, hideCursor: true }, Presets.shades_classic);
  let barStarted = false;
  try {
    const apply = options.apply === true;
    const result = await command.run(systemCtx(database, config, command.actorLabel), {
      format,
      open: () => createReadStream(file),
      keyPrefix: key.data,
      apply,
      onProgress: (done, total) => {
        if (!barStarted) bar.start(total, 0);
        barStarted = true;
        bar.update(done);
      },
    });
    if (barStarted) bar.stop();
    for (const e of result.errors) console.error(`${file}:${e.row}: ${e.column}: ${e.message}`);
    if (result.problems > result.errors.length) console.error(`… and ${result.problems - result.errors.length} more problems`);
    if (result.problems > 0) {
      console.error(`${result.rows} rows, ${result.problems} problems; ${command.nothingDone}.`);
      process.exitCode = 1;
    } else {
      command.report(result, { apply, key: key.data });
    }
  } catch (error) {
    if (barStarted) bar.stop();
    if (!(error instanceof DomainError)) throw error;
    console.error(`tandem: ${error.message}`);
    for (const f of error.fields) console.error(`  ${f.field}: ${f.message}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
