import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseConsumptionCsv, parseQuantity } from '../../src/core/consumption/consumption-csv.ts';

describe('parseConsumptionCsv', () => {
  it('reads semicolon files from spreadsheets, with a BOM, quotes and columns in any order', () => {
    const parsed = parseConsumptionCsv('\uFEFFMonth;Team;Service;Quantity\r\n2026-01;Kfz-Direkt;"Quote; Bind";1200\r\n\r\n2026-02; Kfz-Direkt ;Quote; Bind;5\r\n');
    expect(parsed.count).toBe(2);
    expect(parsed.rows).toEqual([{ row: 2, team: 'Kfz-Direkt', service: 'Quote; Bind', month: '2026-01', quantity: 1200, unit: null }]);
    // Line 4: the unquoted semicolon in the name shifts the columns: "Bind" lands in quantity.
    expect(parsed.errors).toEqual([{ row: 4, column: 'quantity', message: '"Bind" is not a whole number, e.g. 1200' }]);
  });

  it('reads comma files and an optional unit column', () => {
    const parsed = parseConsumptionCsv('team,service,month,quantity,unit\nA,B,2026-03,7,per call\n');
    expect(parsed).toEqual({ count: 1, rows: [{ row: 2, team: 'A', service: 'B', month: '2026-03', quantity: 7, unit: 'per call' }], errors: [] });
  });

  it('reports every problem of every row with its line and column', () => {
    const parsed = parseConsumptionCsv('team,service,month,quantity\n,B,2026-1,-3\nA,,2026-01,\nA,B,2026-01,1.5\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([
      { row: 2, column: 'team', message: 'is empty' },
      { row: 2, column: 'month', message: '"2026-1" is not a month as YYYY-MM' },
      { row: 2, column: 'quantity', message: 'must not be negative' },
      { row: 3, column: 'service', message: 'is empty' },
      { row: 3, column: 'quantity', message: 'is empty' },
      { row: 4, column: 'quantity', message: 'must be a whole number of units' },
    ]);
  });

  it('names missing columns in the header', () => {
    expect(parseConsumptionCsv('team;service;qty\nA;B;1\n').errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'month'],
      [1, 'quantity'],
    ]);
  });

  it('reports a file that is not CSV, and an empty one', () => {
    expect(parseConsumptionCsv('team,service,month,quantity\n"A,B,2026-01,1\n').errors[0]).toMatchObject({ column: '(file)' });
    expect(parseConsumptionCsv('\n\n').errors[0]).toMatchObject({ row: 1, column: '(file)' });
  });
});

describe('detectDelimiter and parseQuantity', () => {
  it('picks the delimiter of the header line', () => {
    expect(detectDelimiter('team;service;month;quantity\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('team,service,month,quantity')).toBe(',');
    expect(detectDelimiter('team')).toBe(',');
  });

  it('accepts whole, non-negative numbers only', () => {
    expect(parseQuantity(' 42 ')).toEqual({ value: 42 });
    expect(parseQuantity('0')).toEqual({ value: 0 });
    expect(parseQuantity('2,5')).toEqual({ error: 'must be a whole number of units' });
    expect(parseQuantity('1e3')).toHaveProperty('error');
    expect(parseQuantity('10000000000000')).toEqual({ error: 'must be at most 1000000000000' });
  });
});
