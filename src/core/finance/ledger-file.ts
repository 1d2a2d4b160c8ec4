import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { COST_CATEGORIES, EXPENSE_TYPES, YearMonth, type CostCategory, type ExpenseType, type ImportFormat, type LedgerBooking, type RowError } from '../../contracts/index.ts';
import { splitDecimal } from '../shared/decimal.ts';

/**
 * Reading a file of actuals (CSV or xlsx), row by row, without holding the file: the columns
 * `team, month, kind, category, expense_type, stream, amount, reference` in any order. What can be
 * checked without the database is checked here; teams are resolved by the caller.
 */

export const LEDGER_FILE_COLUMNS = ['team', 'month', 'kind', 'category', 'expense_type', 'stream', 'amount', 'reference'] as const;
const REQUIRED_COLUMNS = ['team', 'month', 'kind', 'amount'] as const;
type Column = (typeof LEDGER_FILE_COLUMNS)[number];

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A booking as the file gives it, before its team is known. */
export type BookingDraft = Without<LedgerBooking, 'teamId'>;

export interface LedgerFileRow {
  /** 1-based line (CSV) or row number (xlsx); the header is row 1. */
  row: number;
  /** The team cell: a team's name or id. */
  team: string;
  /** Null when the row has problems. */
  draft: BookingDraft | null;
  errors: RowError[];
}

/** The file as a whole cannot be read (not CSV, not a workbook, columns missing). */
export class LedgerFileError extends Error {
  readonly errors: RowError[];
  constructor(errors: RowError[]) {
    super(errors.map((e) => `${e.column}: ${e.message}`).join('; '));
    this.errors = errors;
  }
}

// ── Amounts ────────────────────────────────────────────────────────────────────────────────────

const MAX_CENT_DIGITS = 16;

/**
 * An amount in the currency as people write it — "1234.56", "1.234,56", "1234,56", "-12.5",
 * "1,234,567.89" — to whole cents, from the digits alone (no floating point). With a single kind
 * of separator occurring once, it is the decimal separator; more than two decimals is an error,
 * so "1.234" is refused rather than guessed.
 */
export function parseAmount(raw: string): { cents: number } | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: 'is empty' };
  const example = `"${text}" is not an amount, e.g. 1234.56 or 1.234,56`;
  const parts = splitDecimal(text);
  if (!parts) return { error: example };
  const sign = parts.negative ? -1 : 1;
  const { fraction } = parts;
  const whole = parts.whole || '0';
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { error: example };
  if (fraction.length > 2) return { error: `"${text}" has more than 2 decimals; amounts are in whole cents (write thousands as 1234 or 1.234,00)` };
  const digits = (whole + fraction.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_CENT_DIGITS || !Number.isSafeInteger(Number(digits))) return { error: 'is too large to count in cents' };
  const cents = Number(digits);
  return { cents: cents === 0 ? 0 : sign * cents };
}

/**
 * A spreadsheet number (a binary float) to cents, only when it is a whole number of cents to
 * within a millionth of a cent: 1234.56 is, 0.125 is not.
 */
export function amountFromNumber(value: number): { cents: number } | { error: string } {
  if (!Number.isFinite(value)) return { error: 'is not a number' };
  const scaled = value * 100;
  const cents = Math.round(scaled);
  if (Math.abs(scaled - cents) > 1e-6) return { error: `${value} has more than 2 decimals; amounts are in whole cents` };
  if (!Number.isSafeInteger(cents)) return { error: 'is too large to count in cents' };
  return { cents: cents === 0 ? 0 : cents };
}

// ── Cells ──────────────────────────────────────────────────────────────────────────────────────

/** What a cell may hold: text (CSV), or what exceljs reads from a workbook. */
export type Cell = string | number | boolean | Date | null | undefined | { [key: string]: unknown };

const pad = (n: number) => String(n).padStart(2, '0');

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  if (Array.isArray(cell.richText)) return (cell.richText as { text?: string }[]).map((t) => t.text ?? '').join('').trim();
  if ('result' in cell) return cellText(cell.result as Cell);
  if ('text' in cell) return cellText(cell.text as Cell);
  if ('error' in cell) return String(cell.error);
  return '';
}

/** A formula's result, a rich text's text: the value a person sees in the cell. */
function cellValue(cell: Cell): Cell {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date) && 'result' in cell) return cell.result as Cell;
  return cell;
}

// Excel counts days from 1899-12-30; these bounds are 1954 and 2119, far from any count of units.
const EXCEL_SERIAL = { min: 20_000, max: 80_000 };

/** A month as YYYY-MM, from text, from a date cell, or from a date serial when the workbook's styles were not read. */
export function monthOfCell(cell: Cell): { month: string } | { error: string } {
  const value = cellValue(cell);
  if (value instanceof Date) return { month: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}` };
  if (typeof value === 'number' && Number.isInteger(value) && value >= EXCEL_SERIAL.min && value <= EXCEL_SERIAL.max) {
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return { month: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}` };
  }
  const text = cellText(value);
  if (text === '') return { error: 'is empty' };
  if (!YearMonth.safeParse(text).success) return { error: `"${text}" is not a month as YYYY-MM` };
  return { month: text };
}

export function amountOfCell(cell: Cell): { cents: number } | { error: string } {
  const value = cellValue(cell);
  return typeof value === 'number' ? amountFromNumber(value) : parseAmount(cellText(value));
}

// ── Rows ───────────────────────────────────────────────────────────────────────────────────────

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Index of each known column in the header, or the errors of a header that lacks one. */
export function headerColumns(header: readonly Cell[], row: number): Map<Column, number> {
  const names = header.map((h) => normalizeHeader(cellText(h)));
  const columns = new Map<Column, number>();
  for (const column of LEDGER_FILE_COLUMNS) {
    const i = names.indexOf(column);
    if (i >= 0) columns.set(column, i);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length) {
    throw new LedgerFileError(missing.map((column) => ({ row, column, message: `column is missing; the header needs ${REQUIRED_COLUMNS.join(', ')} (and category, expense_type, stream, reference as the rows need them)` })));
  }
  return columns;
}

/** One data row: every cell checked that can be without the database. */
export function interpretRow(row: number, cells: readonly Cell[], columns: Map<Column, number>): LedgerFileRow {
  const at = (column: Column): Cell => {
    const i = columns.get(column);
    return i === undefined ? undefined : cells[i];
  };
  const text = (column: Column) => cellText(at(column));
  const errors: RowError[] = [];
  const fail = (column: Column, message: string) => errors.push({ row, column, message });

  const team = text('team');
  if (team === '') fail('team', 'is empty');
  const month = monthOfCell(at('month'));
  if ('error' in month) fail('month', month.error);
  const amount = amountOfCell(at('amount'));
  if ('error' in amount) fail('amount', amount.error);
  const reference = text('reference');
  if (reference.length > 120) fail('reference', 'must be at most 120 characters');

  const kind = text('kind').toLowerCase();
  let draft: BookingDraft | null = null;
  const ok = () => errors.length === 0 && 'month' in month && 'cents' in amount;
  const common = () => ({ month: (month as { month: string }).month, amountCents: (amount as { cents: number }).cents, ...(reference ? { reference } : {}) });
  if (kind === 'cost') {
    const category = text('category').toLowerCase();
    const expenseType = text('expense_type').toLowerCase() || 'opex';
    if (category === '') fail('category', `is empty; a cost needs one of ${COST_CATEGORIES.join(', ')}`);
    else if (!(COST_CATEGORIES as readonly string[]).includes(category)) fail('category', `"${category}" is not one of ${COST_CATEGORIES.join(', ')}`);
    if (!(EXPENSE_TYPES as readonly string[]).includes(expenseType)) fail('expense_type', `"${expenseType}" is not one of ${EXPENSE_TYPES.join(', ')}`);
    if (ok()) draft = { kind: 'cost', category: category as CostCategory, expenseType: expenseType as ExpenseType, ...common() };
  } else if (kind === 'revenue') {
    const stream = text('stream');
    if (stream === '') fail('stream', 'is empty; revenue needs the product or revenue stream');
    else if (stream.length > 80) fail('stream', 'must be at most 80 characters');
    if (ok()) draft = { kind: 'revenue', stream, ...common() };
  } else if (kind === '') {
    fail('kind', 'is empty; cost or revenue');
  } else if (kind === 'budget' || kind === 'allocation') {
    fail('kind', `"${kind}" is not booked from a file: budgets are approved, allocations follow the consumption of core services`);
  } else {
    fail('kind', `"${kind}" is not cost or revenue`);
  }
  errors.sort((a, b) => LEDGER_FILE_COLUMNS.indexOf(a.column as Column) - LEDGER_FILE_COLUMNS.indexOf(b.column as Column));
  return { row, team, draft, errors };
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => cellText(c) === '');

// ── Files ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The rows of a file, in order, each checked on its own. `open` is called for every reading (a CSV
 * is opened once more to find its delimiter). Throws LedgerFileError when the file as a whole is
 * unreadable — possibly after some rows, where a CSV breaks off.
 */
export async function* readLedgerFile(format: ImportFormat, open: () => Readable): AsyncGenerator<LedgerFileRow> {
  const records = format === 'csv' ? csvRecords(open) : xlsxRecords(open);
  let columns: Map<Column, number> | null = null;
  for await (const { row, cells } of records) {
    if (columns === null) {
      columns = headerColumns(cells, row);
      continue;
    }
    if (isBlank(cells)) continue;
    yield interpretRow(row, cells, columns);
  }
  if (columns === null) throw new LedgerFileError([{ row: 1, column: '(file)', message: `is empty; the first row names the columns ${LEDGER_FILE_COLUMNS.join(', ')}` }]);
}

/** A file's row as read, before its cells are interpreted. */
export interface RawRecord {
  row: number;
  cells: Cell[];
}

/** `;` when the header has more semicolons than commas (spreadsheets in many locales write that), else `,`. */
async function csvDelimiter(open: () => Readable): Promise<';' | ','> {
  const stream = open();
  let head = '';
  try {
    for await (const chunk of stream) {
      head += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
      if (head.includes('\n') || head.length > 65_536) break;
    }
  } finally {
    stream.destroy();
  }
  const header = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The records of a CSV file (`;` or `,`, byte order mark tolerated); an unreadable file throws LedgerFileError. */
export async function* csvRecords(open: () => Readable): AsyncGenerator<RawRecord> {
  const delimiter = await csvDelimiter(open);
  const parser = open().pipe(parse({ delimiter, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { row: info.lines, cells: record };
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new LedgerFileError([{ row: e.lines ?? 1, column: '(file)', message: `is not readable CSV: ${e.message ?? 'unknown error'}` }]);
  }
}

/** The first worksheet's rows, streamed (cell values 1-based in exceljs, 0-based here). */
export async function* xlsxRecords(open: () => Readable): AsyncGenerator<RawRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(open(), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets += 1;
      for await (const row of sheet) {
        // Later worksheets are read to the end (the zip is one stream) but not used.
        if (sheets === 1) yield { row: row.number, cells: (row.values as Cell[]).slice(1) };
      }
    }
  } catch (error) {
    if (error instanceof LedgerFileError) throw error;
    throw new LedgerFileError([{ row: 1, column: '(file)', message: `is not a readable xlsx workbook: ${(error as Error).message}` }]);
  }
  if (sheets === 0) throw new LedgerFileError([{ row: 1, column: '(file)', message: 'has no worksheet' }]);
}
