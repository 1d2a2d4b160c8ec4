import type { Readable } from 'node:stream';
import { METRIC_UNITS, Timestamp, type ImportFormat, type MetricUnit, type RowError } from '../../contracts/index.ts';
import { cellText, csvRecords, LedgerFileError, xlsxRecords, type Cell, type RawRecord } from '../finance/ledger-file.ts';
import { splitDecimal } from '../shared/decimal.ts';

/**
 * Reading a file of measurements (CSV or xlsx), row by row, without holding the file: the columns
 * `metric, measured_at, value` (and optionally `unit`) in any order. What can be checked without
 * the database is checked here; metrics are resolved by the caller.
 */

export const MEASUREMENT_FILE_COLUMNS = ['metric', 'measured_at', 'value', 'unit'] as const;
const REQUIRED_COLUMNS = ['metric', 'measured_at', 'value'] as const;
type Column = (typeof MEASUREMENT_FILE_COLUMNS)[number];

export interface MeasurementFileRow {
  /** 1-based line (CSV) or row number (xlsx); the header is row 1. */
  row: number;
  /** The metric cell: a metric's key or id. */
  metric: string;
  /** Null when the cell has a problem. */
  measuredAtMs: number | null;
  value: number | null;
  unit: MetricUnit | null;
  errors: RowError[];
}

/** The file as a whole cannot be read (not CSV, not a workbook, columns missing). */
export class MeasurementFileError extends Error {
  readonly errors: RowError[];
  constructor(errors: RowError[]) {
    super(errors.map((e) => `${e.column}: ${e.message}`).join('; '));
    this.errors = errors;
  }
}

// ── Values ─────────────────────────────────────────────────────────────────────────────────────

/**
 * A value as people write it — "1234.5", "1.234,5", "1234,5", "-0.75", "1,234,567.8" — read from
 * the digits. With both separators the last one is the decimal separator; a separator that occurs
 * more than once groups thousands; a lone one is the decimal separator, except where it could as
 * well group thousands ("1.234", "12,500"): that is refused rather than guessed.
 */
export function parseValue(raw: string): { value: number } | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: 'is empty' };
  const example = `"${text}" is not a number, e.g. 1234.5 or 1.234,5`;
  const parts = splitDecimal(text);
  if (!parts) return { error: example };
  const { negative, whole, fraction, lone } = parts;
  if (lone && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
    return { error: `"${text}" is ambiguous (a decimal or thousands?); write thousands without a separator (${whole}${fraction}) or give the decimal a fourth digit (${whole}${lone}${fraction}0)` };
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return { error: example };
  const value = Number(`${whole || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(value) || value > 1e15) return { error: 'is too large' };
  return { value: negative && value !== 0 ? -value : value };
}

// ── Time stamps ────────────────────────────────────────────────────────────────────────────────

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** How far the wall clock in `timeZone` is ahead of UTC at `instant` (ms). */
function zoneOffset(instant: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    offsetFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `timeZone` names. Of a time that happens twice (the hour the
 * clocks go back) the first; a time the clocks skip is read with the offset before the change.
 */
export function zonedTime(wall: { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number }, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
  // Offsets change at most a few times a year: half a day either side lies on either side of a change.
  const before = asUtc - zoneOffset(asUtc - 43_200_000, timeZone);
  const after = asUtc - zoneOffset(asUtc + 43_200_000, timeZone);
  const fits = (instant: number) => zoneOffset(instant, timeZone) === asUtc - instant;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(before)) return before;
  if (fits(after)) return after;
  return before;
}

const validDay = (year: number, month: number, day: number) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

const noons = new Map<string, number>();

/** A day without a time means its noon in the organization's time zone: well clear of both midnights. */
export function noonOf(year: number, month: number, day: number, timeZone: string): number {
  const key = `${timeZone}|${year}-${month}-${day}`;
  let noon = noons.get(key);
  if (noon === undefined) {
    // A file names the same few days again and again.
    if (noons.size > 100_000) noons.clear();
    noons.set(key, (noon = zonedTime({ year, month, day, hour: 12, minute: 0, second: 0, ms: 0 }, timeZone)));
  }
  return noon;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
// Excel counts days from 1899-12-30; these bounds are 1954 and 2119.
const EXCEL_SERIAL = { min: 20_000, max: 80_000 };

function fromWall(wall: { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number }, timeZone: string, text: string): { ms: number } | { error: string } {
  if (!validDay(wall.year, wall.month, wall.day) || wall.hour > 23 || wall.minute > 59 || wall.second > 59) return { error: `"${text}" is not a date` };
  return { ms: zonedTime(wall, timeZone) };
}

function dayOf(year: number, month: number, day: number, timeZone: string, text: string): { ms: number } | { error: string } {
  return validDay(year, month, day) ? { ms: noonOf(year, month, day, timeZone) } : { error: `"${text}" is not a date` };
}

/**
 * A time stamp from a cell: an ISO time stamp with its offset is taken as it is; one without an
 * offset, and a spreadsheet's date and time, are wall-clock time in the organization's time zone;
 * a bare day (YYYY-MM-DD, DD.MM.YYYY, a date cell without a time) is noon of that day there.
 */
export function timeOfCell(cell: Cell, timeZone: string): { ms: number } | { error: string } {
  const value = cell !== null && typeof cell === 'object' && !(cell instanceof Date) && 'result' in cell ? (cell.result as Cell) : cell;
  if (value instanceof Date) {
    // exceljs reads a cell's wall-clock time as if it were UTC.
    const wall = { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate(), hour: value.getUTCHours(), minute: value.getUTCMinutes(), second: value.getUTCSeconds(), ms: value.getUTCMilliseconds() };
    if (wall.hour === 0 && wall.minute === 0 && wall.second === 0 && wall.ms === 0) return { ms: noonOf(wall.year, wall.month, wall.day, timeZone) };
    return { ms: zonedTime(wall, timeZone) };
  }
  if (typeof value === 'number' && value >= EXCEL_SERIAL.min && value <= EXCEL_SERIAL.max) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86_400_000));
    return timeOfCell(date, timeZone);
  }
  const text = cellText(value);
  if (text === '') return { error: 'is empty' };
  let m = ISO_DAY.exec(text);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]), timeZone, text);
  m = GERMAN_DAY.exec(text);
  if (m) return dayOf(Number(m[3]), Number(m[2]), Number(m[1]), timeZone, text);
  m = LOCAL_TIME.exec(text);
  if (m) {
    const ms = Number((m[7] ?? '0').padEnd(3, '0'));
    return fromWall({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), ms }, timeZone, text);
  }
  const iso = text.replace(' ', 'T');
  if (Timestamp.safeParse(iso).success) return { ms: Date.parse(iso) };
  return { error: `"${text}" is not a time stamp, e.g. 2026-03-01T09:30:00+01:00, 2026-03-01 or 01.03.2026` };
}

export function valueOfCell(cell: Cell): { value: number } | { error: string } {
  const value = cell !== null && typeof cell === 'object' && !(cell instanceof Date) && 'result' in cell ? (cell.result as Cell) : cell;
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { error: 'is not a number' };
  return parseValue(cellText(value));
}

// ── Rows and files ─────────────────────────────────────────────────────────────────────────────

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Index of each known column in the header, or the errors of a header that lacks one. */
export function headerColumns(header: readonly Cell[], row: number): Map<Column, number> {
  const names = header.map((h) => normalizeHeader(cellText(h)));
  const columns = new Map<Column, number>();
  for (const column of MEASUREMENT_FILE_COLUMNS) {
    const i = names.indexOf(column);
    if (i >= 0) columns.set(column, i);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length) {
    throw new MeasurementFileError(missing.map((column) => ({ row, column, message: `column is missing; the header needs ${REQUIRED_COLUMNS.join(', ')} (and unit, if the file says it)` })));
  }
  return columns;
}

/** One data row: every cell checked that can be without the database. */
export function interpretRow(row: number, cells: readonly Cell[], columns: Map<Column, number>, timeZone: string): MeasurementFileRow {
  const at = (column: Column): Cell => {
    const i = columns.get(column);
    return i === undefined ? undefined : cells[i];
  };
  const errors: RowError[] = [];
  const metric = cellText(at('metric'));
  if (metric === '') errors.push({ row, column: 'metric', message: 'is empty; give the metric’s key or id' });
  const time = timeOfCell(at('measured_at'), timeZone);
  if ('error' in time) errors.push({ row, column: 'measured_at', message: time.error });
  const value = valueOfCell(at('value'));
  if ('error' in value) errors.push({ row, column: 'value', message: value.error });
  const unitText = cellText(at('unit')).toLowerCase();
  let unit: MetricUnit | null = null;
  if (unitText !== '') {
    if ((METRIC_UNITS as readonly string[]).includes(unitText)) unit = unitText as MetricUnit;
    else errors.push({ row, column: 'unit', message: `"${unitText}" is not one of ${METRIC_UNITS.join(', ')}` });
  }
  return { row, metric, measuredAtMs: 'ms' in time ? time.ms : null, value: 'value' in value ? value.value : null, unit, errors };
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => cellText(c) === '');

/**
 * The rows of a file, in order, each checked on its own. `open` is called for every reading (a CSV
 * is opened once more to find its delimiter). Throws MeasurementFileError when the file as a whole
 * is unreadable — possibly after some rows, where a CSV breaks off.
 */
export async function* readMeasurementFile(format: ImportFormat, open: () => Readable, timeZone: string): AsyncGenerator<MeasurementFileRow> {
  const records: AsyncGenerator<RawRecord> = format === 'csv' ? csvRecords(open) : xlsxRecords(open);
  let columns: Map<Column, number> | null = null;
  try {
    for await (const { row, cells } of records) {
      if (columns === null) {
        columns = headerColumns(cells, row);
        continue;
      }
      if (isBlank(cells)) continue;
      yield interpretRow(row, cells, columns, timeZone);
    }
  } catch (error) {
    if (error instanceof LedgerFileError) throw new MeasurementFileError(error.errors);
    throw error;
  }
  if (columns === null) throw new MeasurementFileError([{ row: 1, column: '(file)', message: `is empty; the first row names the columns ${REQUIRED_COLUMNS.join(', ')}` }]);
}
