import { describe, expect, it } from 'vitest';
import { addMonths, firstMonthOf, fiscalYearOf, monthOutsideCalendar, monthsOf, resolvePeriod } from '../../src/core/finance/fiscal-calendar.ts';
import { DomainError } from '../../src/core/shared/errors.ts';

const january = { fiscalYearStartMonth: 1, firstFiscalYear: 2020 };
const april = { fiscalYearStartMonth: 4, firstFiscalYear: 2024 };

describe('addMonths', () => {
  it('moves across year ends in both directions', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', 23)).toBe('2028-02');
    expect(addMonths('2026-03', 0)).toBe('2026-03');
  });
});

describe('fiscal years', () => {
  it('are named by the calendar year they start in', () => {
    expect(fiscalYearOf('2026-03', 4)).toBe(2025);
    expect(fiscalYearOf('2026-04', 4)).toBe(2026);
    expect(fiscalYearOf('2026-12', 4)).toBe(2026);
    expect(fiscalYearOf('2026-01', 1)).toBe(2026);
    expect(fiscalYearOf('2026-12', 1)).toBe(2026);
  });

  it('with an April start run from April to March of the next calendar year', () => {
    expect(firstMonthOf(2026, 4)).toBe('2026-04');
    expect(monthsOf(2026, 4)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03']);
    expect(monthsOf(2026, 1)[11]).toBe('2026-12');
    expect(monthsOf(2026, 12)).toHaveLength(12);
    expect(monthsOf(2026, 12).slice(0, 2)).toEqual(['2026-12', '2027-01']);
  });
});

describe('monthOutsideCalendar', () => {
  it('accepts the first fiscal year up to the end of the next one', () => {
    expect(monthOutsideCalendar('2024-04', april, '2026-06')).toBeNull();
    expect(monthOutsideCalendar('2028-03', april, '2026-06')).toBeNull();
  });

  it('says why a month before the first fiscal year or after the next one is refused', () => {
    expect(monthOutsideCalendar('2024-03', april, '2026-06')).toBe('is before the first fiscal year (2024, from 2024-04)');
    expect(monthOutsideCalendar('2028-04', april, '2026-06')).toBe('is after the end of the next fiscal year (2028-03)');
    // In March 2026 the current fiscal year (April start) is still 2025: the next one ends in March 2027.
    expect(monthOutsideCalendar('2027-04', april, '2026-03')).toBe('is after the end of the next fiscal year (2027-03)');
  });
});

describe('resolvePeriod', () => {
  it('defaults to the whole current fiscal year, across the calendar year boundary', () => {
    expect(resolvePeriod(april, {}, '2027-02')).toEqual({
      fiscalYear: 2026,
      from: '2026-04',
      to: '2027-03',
      months: monthsOf(2026, 4),
      currentMonth: '2027-02',
    });
  });

  it('narrows to the months asked for and has no current month in another fiscal year', () => {
    expect(resolvePeriod(april, { fiscalYear: 2025, from: '2025-12', to: '2026-02' }, '2026-06')).toEqual({
      fiscalYear: 2025,
      from: '2025-12',
      to: '2026-02',
      months: ['2025-12', '2026-01', '2026-02'],
      currentMonth: null,
    });
    expect(resolvePeriod(january, { to: '2026-01' }, '2026-06')).toMatchObject({ from: '2026-01', to: '2026-01', months: ['2026-01'], currentMonth: '2026-06' });
  });

  it('refuses months outside the fiscal year, naming each field', () => {
    const attempt = () => resolvePeriod(april, { fiscalYear: 2026, from: '2026-03', to: '2027-04' }, '2026-06');
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainError).code).toBe('validation_failed');
      expect((error as DomainError).fields).toEqual([
        { field: 'from', code: 'outside_fiscal_year', message: 'must be a month of fiscal year 2026 (2026-04 to 2027-03)' },
        { field: 'to', code: 'outside_fiscal_year', message: 'must be a month of fiscal year 2026 (2026-04 to 2027-03)' },
      ]);
    }
  });
});
