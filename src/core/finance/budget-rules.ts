import { COST_CATEGORIES, EXPENSE_TYPES, type BudgetLine, type BudgetStatus, type CostCategory, type ExpenseType, type FinanceSettings } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';
import { fiscalYearOf, monthsOf } from './fiscal-calendar.ts';
import { spread } from './pnl-rules.ts';

/** Pure rules of budgets: lines, the years a budget may be planned for, booking and reallocating. */

export const lineKey = (l: { category: CostCategory; expenseType: ExpenseType }) => `${l.category}/${l.expenseType}`;

const ORDER = new Map<string, number>(COST_CATEGORIES.flatMap((c, i) => EXPENSE_TYPES.map((e, j) => [`${c}/${e}`, i * EXPENSE_TYPES.length + j] as const)));

/** Every line that repeats the category and expense type of an earlier one. */
export function duplicateLineProblems(lines: readonly BudgetLine[]): FieldError[] {
  const first = new Map<string, number>();
  const problems: FieldError[] = [];
  lines.forEach((line, i) => {
    const seen = first.get(lineKey(line));
    if (seen === undefined) first.set(lineKey(line), i);
    else problems.push({ field: `lines.${i}.category`, code: 'duplicate', message: `repeats line ${seen}: the same category and expense type` });
  });
  return problems;
}

/** The lines as stored: zero lines left out (missing lines are zero), in catalogue order. */
export function normalizeLines(lines: readonly BudgetLine[]): BudgetLine[] {
  return lines
    .filter((l) => l.amountCents > 0)
    .map(({ category, expenseType, amountCents }) => ({ category, expenseType, amountCents }))
    .sort((a, b) => ORDER.get(lineKey(a))! - ORDER.get(lineKey(b))!);
}

export const totalOf = (lines: readonly { amountCents: number }[]) => lines.reduce((sum, l) => sum + l.amountCents, 0);

/**
 * A budget is planned for a fiscal year the ledger accepts: not before the first fiscal year, and
 * at most one year ahead of the current one. Returns the reason when the year is outside.
 */
export function fiscalYearProblem(fiscalYear: number, settings: Pick<FinanceSettings, 'fiscalYearStartMonth' | 'firstFiscalYear'>, currentMonth: string): string | null {
  if (fiscalYear < settings.firstFiscalYear) return `must not be before the first fiscal year (${settings.firstFiscalYear})`;
  const next = fiscalYearOf(currentMonth, settings.fiscalYearStartMonth) + 1;
  if (fiscalYear > next) return `must not be after the next fiscal year (${next})`;
  return null;
}

/** Only drafts and rejected budgets are worked on; a proposed one waits for its decision, an approved one is booked. */
export const isEditable = (status: BudgetStatus) => status === 'draft' || status === 'rejected';

export interface BudgetBooking {
  category: CostCategory;
  expenseType: ExpenseType;
  month: string;
  amountCents: number;
}

/**
 * What an approved budget books: every line spread over the fiscal year's twelve months, as evenly
 * as cents allow, so the entries of a line sum exactly to the line. Months of zero are left out.
 */
export function budgetBookings(lines: readonly BudgetLine[], fiscalYear: number, startMonth: number): BudgetBooking[] {
  const months = monthsOf(fiscalYear, startMonth);
  return lines.flatMap((line) =>
    spread(line.amountCents, months)
      .filter((m) => m.amountCents !== 0)
      .map((m) => ({ category: line.category, expenseType: line.expenseType, month: m.month, amountCents: m.amountCents })),
  );
}

export interface Movement {
  fromTeamId: string;
  toTeamId: string;
  category: CostCategory;
  expenseType: ExpenseType;
  amountCents: number;
}

/** A team's budget for one category and expense type now: the approved line plus what was moved in, minus what was moved out. */
export function currentLineCents(teamId: string, approved: readonly BudgetLine[], movements: readonly Movement[], category: CostCategory, expenseType: ExpenseType): number {
  const line = approved.find((l) => l.category === category && l.expenseType === expenseType)?.amountCents ?? 0;
  return movements
    .filter((m) => m.category === category && m.expenseType === expenseType)
    .reduce((sum, m) => sum + (m.toTeamId === teamId ? m.amountCents : 0) - (m.fromTeamId === teamId ? m.amountCents : 0), line);
}

/** The approved total plus reallocations in and out; a budget that is not approved has nothing to spend yet. */
export function currentCents(status: BudgetStatus, totalCents: number, movedInCents: number, movedOutCents: number): number {
  return (status === 'approved' ? totalCents : 0) + movedInCents - movedOutCents;
}
