import { addMonths, firstMonthOf, fiscalYearOf, monthsOf, type FinanceSettings, type Period } from '../../contracts/index.ts';
import { DomainError } from '../shared/errors.ts';

/** Pure rules of the fiscal calendar; the month arithmetic itself lives with the contracts, shared with the web app. */
export { addMonths, firstMonthOf, fiscalYearOf, monthsOf } from '../../contracts/index.ts';

type Calendar = Pick<FinanceSettings, 'fiscalYearStartMonth' | 'firstFiscalYear'>;

/**
 * The months the ledger accepts: from the first fiscal year up to the end of the fiscal year after
 * the current one (budgets are planned a year ahead). Returns a reason when the month is outside.
 */
export function monthOutsideCalendar(month: string, settings: Calendar, currentMonth: string): string | null {
  const first = firstMonthOf(settings.firstFiscalYear, settings.fiscalYearStartMonth);
  if (month < first) return `is before the first fiscal year (${settings.firstFiscalYear}, from ${first})`;
  const last = addMonths(firstMonthOf(fiscalYearOf(currentMonth, settings.fiscalYearStartMonth) + 2, settings.fiscalYearStartMonth), -1);
  if (month > last) return `is after the end of the next fiscal year (${last})`;
  return null;
}

export interface PeriodQuery {
  fiscalYear?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The reporting period a query asks for: a fiscal year (the current one by default), optionally narrowed to some of its months. */
export function resolvePeriod(settings: Calendar, query: PeriodQuery, currentMonth: string): Period {
  const fiscalYear = query.fiscalYear ?? fiscalYearOf(currentMonth, settings.fiscalYearStartMonth);
  const all = monthsOf(fiscalYear, settings.fiscalYearStartMonth);
  const from = query.from ?? all[0]!;
  const to = query.to ?? all[11]!;
  const errors = [];
  if (!all.includes(from)) errors.push({ field: 'from', code: 'outside_fiscal_year', message: `must be a month of fiscal year ${fiscalYear} (${all[0]} to ${all[11]})` });
  if (!all.includes(to)) errors.push({ field: 'to', code: 'outside_fiscal_year', message: `must be a month of fiscal year ${fiscalYear} (${all[0]} to ${all[11]})` });
  if (errors.length) throw new DomainError('validation_failed', 'The period is not inside the fiscal year', errors);
  return { fiscalYear, from, to, months: all.filter((m) => m >= from && m <= to), currentMonth: all.includes(currentMonth) ? currentMonth : null };
}
