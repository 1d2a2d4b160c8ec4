import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MeasurementFileError, parseValue, readMeasurementFile, timeOfCell, zonedTime, type MeasurementFileRow } from '../../src/core/goals/measurement-file.ts';

const BERLIN = 'Europe/Berlin';
const value = (raw: string) => {
  const r = parseValue(raw);
  return 'value' in r ? r.value : r.error;
};
const time = (cell: Parameters<typeof timeOfCell>[0], timeZone = BERLIN) => {
  const r = timeOfCell(cell, timeZone);
  return 'ms' in r ? new Date(r.ms).toISOString() : r.error;
};

async function rowsOf(format: 'csv' | 'xlsx', content: string | Buffer): Promise<MeasurementFileRow[]> {
  const rows: MeasurementFileRow[] = [];
  for await (const row of readMeasurementFile(format, () => Readable.from([content]), BERLIN)) rows.push(row);
  return rows;
}

describe('parseValue', () => {
  it('reads decimal points and decimal commas, with or without thousands separators', () => {
    expect(value('1234.5')).toBe(1234.5);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('1234,5')).toBe(1234.5);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234.567')).toBe(1_234_567);
    expect(value('1,234,567.25')).toBe(1_234_567.25);
    expect(value('-0,75')).toBe(-0.75);
    expect(value('−3')).toBe(-3);
    expect(value('+7')).toBe(7);
    expect(value('0.125')).toBe(0.125);
    expect(value('1234.567')).toBe(1234.567);
    expect(value(' 42 ')).toBe(42);
    expect(value('-0')).toBe(0);
  });

  it('refuses a lone separator before three digits, which could as well group thousands', () => {
    expect(value('1.234')).toContain('is ambiguous');
    expect(value('12,500')).toContain('write thousands without a separator (12500) or give the decimal a fourth digit (12,5000)');
    expect(value('12,5000')).toBe(12.5);
  });

  it('refuses what is not a number', () => {
    expect(value('')).toBe('is empty');
    expect(value('12 %')).toContain('is not a number');
    expect(value('1.2.3,4')).toContain('is not a number');
    expect(value('1,23,4')).toContain('is not a number');
    expect(value('-')).toContain('is not a number');
    expect(value('1e3')).toContain('is not a number');
    expect(value('9'.repeat(17))).toBe('is too large');
  });
});

describe('timeOfCell', () => {
  it('takes a time stamp with its offset as it is', () => {
    expect(time('2026-03-01T09:30:00+01:00')).toBe('2026-03-01T08:30:00.000Z');
    expect(time('2026-03-01T09:30:00.250Z')).toBe('2026-03-01T09:30:00.250Z');
    expect(time('2026-03-01 09:30:00Z')).toBe('2026-03-01T09:30:00.000Z');
  });

  it('reads a bare day as noon of that day in the organization’s time zone, in winter and in summer', () => {
    expect(time('2026-01-15')).toBe('2026-01-15T11:00:00.000Z');
    expect(time('15.07.2026')).toBe('2026-07-15T10:00:00.000Z');
    expect(time('5.7.2026')).toBe('2026-07-05T10:00:00.000Z');
    expect(time('2026-03-29')).toBe('2026-03-29T10:00:00.000Z'); // the day the clocks go forward
    expect(time('2026-07-15', 'America/New_York')).toBe('2026-07-15T16:00:00.000Z');
    expect(time('2026-07-15', 'Asia/Kolkata')).toBe('2026-07-15T06:30:00.000Z');
  });

  it('reads a time without an offset as the wall clock of the organization’s time zone', () => {
    expect(time('2026-03-04 08:30')).toBe('2026-03-04T07:30:00.000Z');
    expect(time('2026-08-04T08:30:15.5')).toBe('2026-08-04T06:30:15.500Z');
    // 02:30 on 25 October 2026 happens twice in Berlin: the first, still in summer time.
    expect(time('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    // 02:30 on 29 March 2026 does not happen: read with the offset before the change.
    expect(time('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads spreadsheet date cells as wall-clock times, a date without a time as its noon', () => {
    expect(time(new Date(Date.UTC(2026, 6, 1)))).toBe('2026-07-01T10:00:00.000Z');
    expect(time(new Date(Date.UTC(2026, 6, 1, 9, 15)))).toBe('2026-07-01T07:15:00.000Z');
    expect(time(46_204)).toBe('2026-07-01T10:00:00.000Z'); // a date serial, when styles were not read
    expect(time({ result: new Date(Date.UTC(2026, 0, 2)) })).toBe('2026-01-02T11:00:00.000Z');
  });

  it('refuses what is not a time stamp or not a date', () => {
    expect(time('')).toBe('is empty');
    expect(time('2026-02-30')).toBe('"2026-02-30" is not a date');
    expect(time('31.04.2026')).toBe('"31.04.2026" is not a date');
    expect(time('2026-03-01T25:00')).toBe('"2026-03-01T25:00" is not a date');
    expect(time('März 2026')).toContain('is not a time stamp, e.g. 2026-03-01T09:30:00+01:00, 2026-03-01 or 01.03.2026');
    expect(time('2026-03')).toContain('is not a time stamp');
  });

  it('finds the instant of a wall-clock time in any zone', () => {
    expect(new Date(zonedTime({ year: 2026, month: 12, day: 31, hour: 23, minute: 59, second: 59, ms: 999 }, 'UTC')).toISOString()).toBe('2026-12-31T23:59:59.999Z');
    expect(new Date(zonedTime({ year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 }, 'Pacific/Kiritimati')).toISOString()).toBe('2025-12-31T10:00:00.000Z');
  });
});

describe('readMeasurementFile', () => {
  it('reads CSV with semicolons or commas, a byte order mark and columns in any order', async () => {
    const semicolons = await rowsOf('csv', '\uFEFFValue;Metric;Measured_at\r\n1.234,5;escooter.nps;2026-03-01\r\n\r\n;;\r\n-2;escooter.nps;2026-03-02T10:00:00Z\r\n');
    expect(semicolons.map(({ row, metric, measuredAtMs, value: v, errors }) => ({ row, metric, at: new Date(measuredAtMs!).toISOString(), v, errors }))).toEqual([
      { row: 2, metric: 'escooter.nps', at: '2026-03-01T11:00:00.000Z', v: 1234.5, errors: [] },
      { row: 5, metric: 'escooter.nps', at: '2026-03-02T10:00:00.000Z', v: -2, errors: [] },
    ]);
    const commas = await rowsOf('csv', 'metric,measured_at,value,unit\nescooter.rate,2026-03-01,"97,5",percent\n');
    expect(commas[0]).toMatchObject({ metric: 'escooter.rate', value: 97.5, unit: 'percent', errors: [] });
  });

  it('reports each cell’s problem with its row and column', async () => {
    const [row] = await rowsOf('csv', 'metric;measured_at;value;unit\n;gestern;viel;euro\n');
    expect(row!.errors).toEqual([
      { row: 2, column: 'metric', message: 'is empty; give the metric’s key or id' },
      { row: 2, column: 'measured_at', message: expect.stringContaining('"gestern" is not a time stamp') },
      { row: 2, column: 'value', message: '"viel" is not a number, e.g. 1234.5 or 1.234,5' },
      { row: 2, column: 'unit', message: '"euro" is not one of count, percent, cents, minutes, score' },
    ]);
    expect(row).toMatchObject({ measuredAtMs: null, value: null, unit: null });
  });

  it('refuses a file without the required columns, or without a header', async () => {
    await expect(rowsOf('csv', 'metric;value\nx;1\n')).rejects.toThrow(MeasurementFileError);
    await expect(rowsOf('csv', 'metric;value\nx;1\n')).rejects.toMatchObject({ errors: [{ row: 1, column: 'measured_at' }] });
    await expect(rowsOf('csv', '')).rejects.toMatchObject({ errors: [{ row: 1, column: '(file)' }] });
    await expect(rowsOf('xlsx', Buffer.from('no zip'))).rejects.toMatchObject({ errors: [{ row: 1, column: '(file)' }] });
  });

  it('reads the first worksheet of a workbook, with date cells, numbers and formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Messwerte');
    sheet.addRow(['metric', 'measured_at', 'value']);
    sheet.addRow(['escooter.cac', new Date(Date.UTC(2026, 1, 1)), 4250]);
    sheet.addRow(['escooter.cac', '02.02.2026', { formula: 'B1', result: 3900.5 }]);
    workbook.addWorksheet('Notizen').addRow(['metric', 'measured_at', 'value']);
    const rows = await rowsOf('xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(rows.map((r) => [r.row, new Date(r.measuredAtMs!).toISOString(), r.value, r.errors])).toEqual([
      [2, '2026-02-01T11:00:00.000Z', 4250, []],
      [3, '2026-02-02T11:00:00.000Z', 3900.5, []],
    ]);
  });
});
