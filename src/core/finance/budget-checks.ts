import { eq } from 'drizzle-orm';
import type { BudgetLine, BudgetStatus, FinanceSettings } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { financeSettings } from '../../db/schema.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { duplicateLineProblems, fiscalYearProblem, isEditable, totalOf } from './budget-rules.ts';

export const currentMonthOf = (ctx: Ctx) => today(ctx).slice(0, 7);

/**
 * The fiscal calendar, share-locked for the transaction: whatever is booked under it here cannot
 * interleave with a change of the calendar (which takes the row lock exclusively).
 */
export async function lockSettingsForShare(q: Queryable): Promise<FinanceSettings> {
  const [row] = await q.select().from(financeSettings).where(eq(financeSettings.id, 1)).for('share');
  if (!row) throw new Error('finance_settings has no row: the migrations did not run');
  return { fiscalYearStartMonth: row.fiscalYearStartMonth, currency: row.currency, firstFiscalYear: row.firstFiscalYear, version: row.version };
}

export function assertFiscalYear(fiscalYear: number, settings: FinanceSettings, currentMonth: string): void {
  const problem = fiscalYearProblem(fiscalYear, settings, currentMonth);
  if (problem) throw new DomainError('rule_violation', `Fiscal year ${fiscalYear} ${problem}`, [{ field: 'fiscalYear', code: 'outside_calendar', message: problem }]);
}

export function assertLines(lines: readonly BudgetLine[]): void {
  const problems = duplicateLineProblems(lines);
  if (problems.length) throw new DomainError('rule_violation', `A budget has one line per category and expense type: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
  if (!Number.isSafeInteger(totalOf(lines))) throw new DomainError('rule_violation', 'The budget’s total is too large to count in cents', [{ field: 'lines', code: 'too_large', message: 'add up to more than can be counted in cents' }]);
}

export function assertEditable(status: BudgetStatus, what: string): void {
  if (isEditable(status)) return;
  const why = status === 'proposed' ? 'it is proposed and waits for its decision' : 'it is approved and booked';
  throw new DomainError('rule_violation', `This budget cannot be ${what}: ${why}`, [{ field: 'status', code: `is_${status}`, message: `is ${status}; only a draft or a rejected budget can be ${what}` }]);
}
