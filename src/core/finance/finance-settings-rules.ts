import type { FinanceSettings } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';
import { firstMonthOf } from './fiscal-calendar.ts';

type Calendar = Pick<FinanceSettings, 'fiscalYearStartMonth' | 'currency' | 'firstFiscalYear'>;

/**
 * What may not change once money is booked: the fiscal calendar and the currency give every entry
 * its meaning (which year a month belongs to, what a cent is), so both are fixed by the first
 * entry; and the first fiscal year may not start after a month that already has entries.
 * `earliestLedgerMonth` is null while the ledger is empty.
 */
export function settingsChangeProblems(current: Calendar, next: Calendar, earliestLedgerMonth: string | null): FieldError[] {
  if (earliestLedgerMonth === null) return [];
  const problems: FieldError[] = [];
  const fixed = `cannot change once the ledger has entries (the first is from ${earliestLedgerMonth})`;
  if (next.fiscalYearStartMonth !== current.fiscalYearStartMonth) problems.push({ field: 'fiscalYearStartMonth', code: 'ledger_not_empty', message: fixed });
  if (next.currency !== current.currency) problems.push({ field: 'currency', code: 'ledger_not_empty', message: fixed });
  const first = firstMonthOf(next.firstFiscalYear, next.fiscalYearStartMonth);
  if (first > earliestLedgerMonth) {
    problems.push({ field: 'firstFiscalYear', code: 'after_first_entry', message: `must not start after the earliest ledger entry (${earliestLedgerMonth}); it would start ${first}` });
  }
  return problems;
}
