import { z } from 'zod';

/** Money is integer minor units (cents) in the organization currency, everywhere. */
export const Cents = z.number().int('must be whole cents').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM');

// The fiscal calendar's arithmetic, shared by the server's rules and the web app. Months are
// YYYY-MM strings, which sort like the calendar; a fiscal year is named by the calendar year it
// starts in (with an April start, FY 2026 is 2026-04 … 2027-03).

export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function fiscalYearOf(month: string, startMonth: number): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= startMonth ? year : year - 1;
}

export function firstMonthOf(fiscalYear: number, startMonth: number): string {
  return `${fiscalYear}-${String(startMonth).padStart(2, '0')}`;
}

export function monthsOf(fiscalYear: number, startMonth: number): string[] {
  const first = firstMonthOf(fiscalYear, startMonth);
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i));
}
