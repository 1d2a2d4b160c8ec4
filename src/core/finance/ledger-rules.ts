import { createHash } from 'node:crypto';
import type { CostCategory, FinanceSettings, LedgerBooking, LedgerKind, ServiceKind, Stage, TeamKind } from '../../contracts/index.ts';
import type { FieldError } from '../shared/errors.ts';
import { monthOutsideCalendar } from './fiscal-calendar.ts';

/** Pure rules of booking actuals into the ledger. */

export interface BookingTeam {
  name: string;
  kind: TeamKind;
  stage: Stage;
}

type Calendar = Pick<FinanceSettings, 'fiscalYearStartMonth' | 'firstFiscalYear'>;

/**
 * Why `booking` cannot be booked, field by field (`teamId`, `kind`, `month`, `amountCents`):
 * actuals belong to a running team, revenue only to a team with revenue responsibility (a
 * platform team has none: its costs are charged out to its consumers), in a month of the fiscal
 * calendar that has begun, and a booking moves money.
 */
export function bookingProblems(
  booking: LedgerBooking,
  team: BookingTeam | undefined,
  settings: Calendar,
  currentMonth: string,
  monthProblem: (month: string) => FieldError | null = monthCheck(settings, currentMonth),
): FieldError[] {
  const problems: FieldError[] = [];
  if (!team) problems.push({ field: 'teamId', code: 'not_found', message: 'no team with this id' });
  else if (team.stage === 'sunset') problems.push({ field: 'teamId', code: 'team_sunset', message: `${team.name} is sunset; its history is kept read-only` });
  else if (booking.kind === 'revenue' && team.kind === 'platform') {
    problems.push({
      field: 'kind',
      code: 'no_revenue_responsibility',
      message: `${team.name} is a platform team without revenue responsibility; its costs are charged out to the teams that consume its services`,
    });
  }
  const month = monthProblem(booking.month);
  if (month) problems.push(month);
  if (booking.amountCents === 0) problems.push({ field: 'amountCents', code: 'zero', message: 'must not be zero' });
  return problems;
}

/**
 * Whether actuals may be booked in a month: inside the fiscal calendar and not after the current
 * month. Remembered per month, since a batch of 10,000 items names only a few.
 */
export function monthCheck(settings: Calendar, currentMonth: string): (month: string) => FieldError | null {
  const known = new Map<string, FieldError | null>();
  return (month) => {
    let problem = known.get(month);
    if (problem === undefined) {
      const outside = monthOutsideCalendar(month, settings, currentMonth);
      problem = outside
        ? { field: 'month', code: 'outside_calendar', message: outside }
        : month > currentMonth
          ? { field: 'month', code: 'in_future', message: `is after the current month (${currentMonth}); actuals are booked once they happened` }
          : null;
      known.set(month, problem);
    }
    return problem && { ...problem };
  };
}

/** Why an entry cannot be reversed, or null when it can. Whether it already was is the database's to say. */
export function reversalRefusal(entry: { kind: LedgerKind; reversesId: number | null }): string | null {
  if (entry.reversesId !== null) return 'is itself a reversal; book a new entry instead of reversing the reversal';
  if (entry.kind === 'budget') return 'is a budget entry; budget moves through a reallocation';
  if (entry.kind === 'allocation') return 'is an allocation; it follows the consumption recorded for the service';
  return null;
}

/** The cost category consumption of a provided service is allocated under. */
export function allocationCategory(kind: ServiceKind): CostCategory {
  switch (kind) {
    case 'core_service':
    case 'data_platform':
    case 'ai_service':
    case 'business_service':
      return 'cloud';
  }
}

/**
 * SHA-256 over the items in a canonical form (ids lower-cased, one line per item, sorted),
 * so a retry with the same entries in another order is recognised as the same batch. Two equal
 * cost lines in one month are normal and count twice.
 */
export function ledgerBatchHash(items: readonly LedgerBooking[]): string {
  // Fixed fields cannot hold the separator; the free texts are JSON-quoted so they cannot either.
  const lines = items.map((i) =>
    i.kind === 'cost'
      ? `cost|${i.teamId.toLowerCase()}|${i.month}|${i.category}|${i.expenseType}|${i.amountCents}|${JSON.stringify(i.reference ?? null)}`
      : `revenue|${i.teamId.toLowerCase()}|${i.month}|${JSON.stringify(i.stream)}|${i.amountCents}|${JSON.stringify(i.reference ?? null)}`,
  );
  lines.sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export interface BatchSummary {
  entries: number;
  totalCents: number;
  teams: number;
  from: string;
  to: string;
  byKind: { cost: number; revenue: number };
}

/** What the audit event of a batch says about it: counts, sums and the month range, not the items. */
export function summarizeBatch(items: readonly LedgerBooking[]): BatchSummary {
  const teams = new Set<string>();
  let from = items[0]?.month ?? '';
  let to = from;
  let cost = 0;
  let revenue = 0;
  for (const item of items) {
    teams.add(item.teamId.toLowerCase());
    if (item.month < from) from = item.month;
    if (item.month > to) to = item.month;
    if (item.kind === 'cost') cost += item.amountCents;
    else revenue += item.amountCents;
  }
  return { entries: items.length, totalCents: cost + revenue, teams: teams.size, from, to, byKind: { cost, revenue } };
}
