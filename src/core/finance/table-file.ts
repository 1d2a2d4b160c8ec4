import ExcelJS from 'exceljs';
import type { Currency, ImportFormat } from '../../contracts/index.ts';
import type { Cell, FinanceTable } from './finance-table.ts';

/** A file for download. */
export interface FinanceFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

export const CONTENT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Integer cents as a decimal amount in the currency, e.g. 123456 → "1234.56", -5 → "-0.05". */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

// A text cell starting like a formula would run as one in a spreadsheet (CSV injection): it is
// prefixed with an apostrophe, which spreadsheets show as text and do not display.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell, kind: FinanceTable['columns'][number]['kind']): string {
  if (value === null) return '';
  let text: string;
  if (kind === 'money' && typeof value === 'number') text = centsToDecimal(value);
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else {
    text = String(value);
    if (kind === 'text' && FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV as spreadsheets in Europe open it without an import dialog: UTF-8 with a byte order mark,
 * `;` between cells, CRLF line ends, a header row, amounts with a decimal point.
 */
export function tableToCsv(table: FinanceTable): string {
  const lines = [table.columns.map((c) => csvCell(c.header, 'text')).join(';')];
  for (const row of table.rows) lines.push(table.columns.map((c, i) => csvCell(row[i] ?? null, c.kind)).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const SYMBOLS: Record<Currency, string> = { EUR: '€', CHF: 'CHF', USD: '$', GBP: '£' };

/** The number format of amount cells, e.g. `#,##0.00 "€"`. */
export function moneyFormat(currency: Currency): string {
  return `#,##0.00 "${SYMBOLS[currency]}"`;
}

/** One worksheet with a bold header row; amounts are numbers in the currency, formatted as money. */
export async function tableToXlsx(table: FinanceTable, currency: Currency): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tandem';
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: Math.max(12, c.header.length + 2),
    ...(c.kind === 'money' ? { style: { numFmt: moneyFormat(currency) } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    // Cents divided by 100 are exact enough for a spreadsheet cell: a double holds every amount
    // up to 90 trillion with its cents, and the format shows two decimals.
    sheet.addRow(table.columns.map((c, i) => (c.kind === 'money' && typeof row[i] === 'number' ? (row[i] as number) / 100 : (row[i] ?? null))));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function writeTable(table: FinanceTable, format: ImportFormat, currency: Currency, basename: string): Promise<FinanceFile> {
  const body = format === 'csv' ? Buffer.from(tableToCsv(table), 'utf8') : await tableToXlsx(table, currency);
  return { filename: `${basename}.${format}`, contentType: CONTENT_TYPES[format], body };
}

/** A name for a file: lower-case ASCII letters, digits and dashes (umlauts spelled out, "Zahlung & Co" → "zahlung-co"). */
export function fileSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'team';
}
