import { parse } from 'csv-parse/sync';
import { YearMonth, type RowError } from '../../contracts/index.ts';

export const CSV_COLUMNS = ['team', 'service', 'month', 'quantity'] as const;
/** Optional: when given, it has to match the service's unit — a guard against counting the wrong thing. */
export const OPTIONAL_COLUMNS = ['unit'] as const;
const MAX_QUANTITY = 1_000_000_000_000;

export interface CsvRow {
  /** 1-based line in the file; the header is line 1. */
  row: number;
  team: string;
  service: string;
  month: string;
  quantity: number;
  unit: string | null;
}

export interface ParsedCsv {
  /** Data rows read, header excluded, whether or not they are valid. */
  count: number;
  rows: CsvRow[];
  errors: RowError[];
}

/** `;` when the header has more semicolons than commas (spreadsheets in many locales write that), else `,`. */
export function detectDelimiter(text: string): ';' | ',' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function parseQuantity(raw: string): { value: number } | { error: string } {
  const text = raw.trim();
  if (text === '') return { error: 'is empty' };
  if (/^-\s*\d/.test(text)) return { error: 'must not be negative' };
  if (/^\d+[.,]\d+$/.test(text)) return { error: 'must be a whole number of units' };
  if (!/^\d+$/.test(text)) return { error: `"${raw}" is not a whole number, e.g. 1200` };
  const value = Number(text);
  if (value > MAX_QUANTITY) return { error: `must be at most ${MAX_QUANTITY}` };
  return { value };
}

/**
 * Reads `team,service,month,quantity` rows (columns in any order, header names case-insensitive)
 * and checks what can be checked without the database: every cell present, months as YYYY-MM,
 * quantities whole and not negative. Names are resolved later.
 */
export function parseConsumptionCsv(text: string): ParsedCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return { count: 0, rows: [], errors: [{ row: e.lines ?? 1, column: '(file)', message: `is not readable CSV: ${e.message ?? 'unknown error'}` }] };
  }
  const [header, ...data] = records;
  if (!header) return { count: 0, rows: [], errors: [{ row: 1, column: '(file)', message: `is empty; the first line names the columns ${CSV_COLUMNS.join(', ')}` }] };
  const names = header.record.map((h) => h.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) {
    return {
      count: data.length,
      rows: [],
      errors: missing.map((column) => ({ row: header.info.lines, column, message: `column is missing; the header needs ${CSV_COLUMNS.join(', ')}` })),
    };
  }
  const at = (record: string[], column: string) => {
    const i = names.indexOf(column);
    return i < 0 ? undefined : record[i];
  };
  const rows: CsvRow[] = [];
  const errors: RowError[] = [];
  for (const { record, info } of data) {
    const row = info.lines;
    const cell = (column: string) => (at(record, column) ?? '').trim();
    const rowErrors: RowError[] = [];
    for (const column of ['team', 'service'] as const) if (cell(column) === '') rowErrors.push({ row, column, message: 'is empty' });
    const month = cell('month');
    if (month === '') rowErrors.push({ row, column: 'month', message: 'is empty' });
    else if (!YearMonth.safeParse(month).success) rowErrors.push({ row, column: 'month', message: `"${month}" is not a month as YYYY-MM` });
    const quantity = parseQuantity(cell('quantity'));
    if ('error' in quantity) rowErrors.push({ row, column: 'quantity', message: quantity.error });
    errors.push(...rowErrors);
    if (rowErrors.length === 0 && 'value' in quantity) {
      rows.push({ row, team: cell('team'), service: cell('service'), month, quantity: quantity.value, unit: cell('unit') || null });
    }
  }
  return { count: data.length, rows, errors };
}
