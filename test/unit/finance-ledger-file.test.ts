import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { amountFromNumber, LedgerFileError, monthOfCell, parseAmount, readLedgerFile, type LedgerFileRow } from '../../src/core/finance/ledger-file.ts';

const cents = (raw: string) => {
  const r = parseAmount(raw);
  return 'cents' in r ? r.cents : r.error;
};

describe('parseAmount', () => {
  it('reads decimal points and decimal commas, with or without thousands separators', () => {
    expect(cents('1234.56')).toBe(123_456);
    expect(cents('1.234,56')).toBe(123_456);
    expect(cents('1234,56')).toBe(123_456);
    expect(cents('1,234.56')).toBe(123_456);
    expect(cents('1.234.567,89')).toBe(123_456_789);
    expect(cents('1,234,567')).toBe(123_456_700);
    expect(cents('-12.5')).toBe(-1250);
    expect(cents('+7')).toBe(700);
    expect(cents(' 0,05 ')).toBe(5);
    expect(cents('-0')).toBe(0);
  });

  it('counts exactly where floating point would not', () => {
    expect(cents('0.1')).toBe(10);
    expect(cents('1.15')).toBe(115); // 1.15 * 100 is 114.99999999999999 in floating point
    expect(cents('90071992547409.91')).toBe(9_007_199_254_740_991);
  });

  it('refuses more than two decimals instead of guessing what a lone separator meant', () => {
    expect(cents('12.345')).toContain('more than 2 decimals');
    expect(cents('1,234')).toContain('more than 2 decimals');
    expect(cents('1.234')).toContain('more than 2 decimals');
  });

  it('refuses what is not an amount', () => {
    expect(cents('')).toBe('is empty');
    expect(cents('12 €')).toContain('is not an amount');
    expect(cents('1.2.3,4')).toContain('is not an amount');
    expect(cents('12,34.56,7')).toContain('is not an amount');
    expect(cents('1,23,456.00')).toContain('is not an amount');
    expect(cents('--5')).toContain('is not an amount');
    expect(cents('abc')).toContain('is not an amount');
    expect(cents('99999999999999999')).toContain('too large');
  });
});

describe('amountFromNumber', () => {
  it('takes a spreadsheet number when it is whole cents to within a millionth', () => {
    expect(amountFromNumber(1234.56)).toEqual({ cents: 123_456 });
    expect(amountFromNumber(1.15)).toEqual({ cents: 115 });
    expect(amountFromNumber(-0.07)).toEqual({ cents: -7 });
    expect(amountFromNumber(0.125)).toMatchObject({ error: expect.stringContaining('more than 2 decimals') });
    expect(amountFromNumber(Number.NaN)).toMatchObject({ error: 'is not a number' });
    expect(amountFromNumber(1e17)).toMatchObject({ error: expect.stringContaining('too large') });
  });
});

describe('monthOfCell', () => {
  it('reads text, date cells and date serials', () => {
    expect(monthOfCell('2026-03')).toEqual({ month: '2026-03' });
    expect(monthOfCell(new Date(Date.UTC(2026, 2, 1)))).toEqual({ month: '2026-03' });
    expect(monthOfCell(46082)).toEqual({ month: '2026-03' }); // 2026-03-01 as Excel counts days
    expect(monthOfCell('2026-13')).toMatchObject({ error: expect.stringContaining('YYYY-MM') });
    expect(monthOfCell('')).toEqual({ error: 'is empty' });
  });
});

async function readAll(format: 'csv' | 'xlsx', content: string | Buffer): Promise<LedgerFileRow[]> {
  const rows: LedgerFileRow[] = [];
  for await (const row of readLedgerFile(format, () => Readable.from([content]))) rows.push(row);
  return rows;
}

describe('readLedgerFile (CSV)', () => {
  it('reads semicolon files with a BOM and columns in any order, defaulting the expense type', async () => {
    const csv = '\uFEFFAmount;Team;Month;Kind;Category;Stream;Reference\n1.234,56;Kfz-Direkt;2026-03;cost;Cloud;;RE-1\n-12,5;Kfz-Direkt;2026-03;Revenue;;App;\n\n';
    const rows = await readAll('csv', csv);
    expect(rows).toEqual([
      { row: 2, team: 'Kfz-Direkt', draft: { kind: 'cost', category: 'cloud', expenseType: 'opex', month: '2026-03', amountCents: 123_456, reference: 'RE-1' }, errors: [] },
      { row: 3, team: 'Kfz-Direkt', draft: { kind: 'revenue', stream: 'App', month: '2026-03', amountCents: -1250 }, errors: [] },
    ]);
  });

  it('reports every problem of every row with its line and column', async () => {
    const csv = ['team,month,kind,category,expense_type,stream,amount', ',2026-3,cost,travel,opex,,12.345', 'A,2026-03,budget,,,,10', 'A,2026-03,revenue,,,,10', 'A,2026-03,cost,cloud,capex2,,x'].join('\n');
    const rows = await readAll('csv', csv);
    expect(rows.flatMap((r) => r.errors.map((e) => `${e.row}:${e.column}`))).toEqual(['2:team', '2:month', '2:category', '2:amount', '3:kind', '4:stream', '5:expense_type', '5:amount']);
    expect(rows.every((r) => r.draft === null)).toBe(true);
    expect(rows[1]!.errors[0]!.message).toContain('budgets are approved');
  });

  it('refuses a file without the needed columns, naming each', async () => {
    await expect(readAll('csv', 'team;month;betrag\nA;2026-03;1\n')).rejects.toSatisfy(
      (e: unknown) => e instanceof LedgerFileError && e.errors.map((x) => x.column).join() === 'kind,amount',
    );
    await expect(readAll('csv', '')).rejects.toBeInstanceOf(LedgerFileError);
  });
});

describe('readLedgerFile (xlsx)', () => {
  it('reads the first worksheet: numbers, text and date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ist');
    sheet.addRow(['team', 'month', 'kind', 'category', 'stream', 'amount']);
    sheet.addRow(['Kfz-Direkt', '2026-03', 'cost', 'people', null, 1234.56]);
    const dated = sheet.addRow(['Kfz-Direkt', new Date(Date.UTC(2026, 3, 1)), 'revenue', null, 'App', '1.000,00']);
    dated.getCell(2).numFmt = 'mmm yy';
    sheet.addRow(['Kfz-Direkt', '2026-03', 'cost', 'cloud', null, 0.125]);
    workbook.addWorksheet('Notizen').addRow(['not', 'read']);
    const rows = await readAll('xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows.map((r) => r.draft)).toEqual([
      { kind: 'cost', category: 'people', expenseType: 'opex', month: '2026-03', amountCents: 123_456 },
      { kind: 'revenue', stream: 'App', month: '2026-04', amountCents: 100_000 },
      null,
    ]);
    expect(rows[2]!.errors).toEqual([{ row: 4, column: 'amount', message: '0.125 has more than 2 decimals; amounts are in whole cents' }]);
  });

  it('says so when the content is not a workbook', async () => {
    await expect(readAll('xlsx', Buffer.from('team,month\n'))).rejects.toBeInstanceOf(LedgerFileError);
  });
});
