import type { Forecast, PnlMonth } from '../../contracts/index.ts';

/** Pure P&L arithmetic, all in integer cents. */

export interface MonthSums {
  month: string;
  budgetCents: number;
  costCents: number;
  allocatedCents: number;
  revenueCents: number;
}

export function pnlMonth(s: MonthSums): PnlMonth {
  return {
    month: s.month,
    budgetCents: s.budgetCents,
    revenueCents: s.revenueCents,
    directCostCents: s.costCents,
    allocatedCents: s.allocatedCents,
    marginCents: s.revenueCents - s.costCents - s.allocatedCents,
  };
}

export function sumPnl(months: readonly PnlMonth[]): Omit<PnlMonth, 'month'> {
  const total = { budgetCents: 0, revenueCents: 0, directCostCents: 0, allocatedCents: 0, marginCents: 0 };
  for (const m of months) {
    total.budgetCents += m.budgetCents;
    total.revenueCents += m.revenueCents;
    total.directCostCents += m.directCostCents;
    total.allocatedCents += m.allocatedCents;
    total.marginCents += m.marginCents;
  }
  return total;
}

/** Months whose run rate counts: the last three closed months. */
export const RUN_RATE_MONTHS = 3;

/**
 * The run-rate forecast to fiscal year end. `actuals` are the fiscal year's twelve months of
 * actual cost (direct + allocated), in order; `closedMonths` how many of them are over (the
 * months before the current one; 12 for a past year, 0 for a future one).
 *
 * forecast = actual of the closed months + run rate × months still open, where the run rate is
 * the average of the last (up to) three closed months, rounded down to whole cents. Without a
 * closed month there is nothing to extrapolate and the forecast is what has been booked.
 */
export function forecast(actuals: readonly number[], closedMonths: number, budgetCents: number): Forecast {
  const closed = Math.max(0, Math.min(closedMonths, actuals.length));
  const actualToDateCents = actuals.reduce((a, b) => a + b, 0);
  const closedCents = actuals.slice(0, closed).reduce((a, b) => a + b, 0);
  const window = Math.min(RUN_RATE_MONTHS, closed);
  const runRateCents = window === 0 ? 0 : Math.floor(actuals.slice(closed - window, closed).reduce((a, b) => a + b, 0) / window);
  const forecastCents = closed === 0 ? actualToDateCents : closedCents + runRateCents * (actuals.length - closed);
  const overrunCents = Math.max(0, forecastCents - budgetCents);
  return {
    actualToDateCents,
    runRateCents,
    forecastCents,
    budgetCents,
    burnPercent: budgetCents > 0 ? Math.round((actualToDateCents / budgetCents) * 1000) / 10 : null,
    overrun: overrunCents > 0,
    overrunCents,
  };
}

/** How many of the fiscal year's months are over, seen from the current month. */
export function closedMonthsOf(months: readonly string[], currentMonth: string): number {
  return months.filter((m) => m < currentMonth).length;
}

/** Spreads an amount over months as evenly as cents allow; the first months take the leftover cents. */
export function spread(amountCents: number, months: readonly string[]): { month: string; amountCents: number }[] {
  const base = Math.floor(amountCents / months.length);
  const rest = amountCents - base * months.length;
  return months.map((month, i) => ({ month, amountCents: base + (i < rest ? 1 : 0) }));
}
