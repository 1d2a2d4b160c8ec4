import { describe, expect, it } from 'vitest';
import { closedMonthsOf, forecast, pnlMonth, spread, sumPnl } from '../../src/core/finance/pnl-rules.ts';
import { monthsOf } from '../../src/core/finance/fiscal-calendar.ts';

const twelve = (cents: number) => Array.from({ length: 12 }, () => cents);

describe('pnlMonth and sumPnl', () => {
  it('takes direct and allocated cost off the revenue', () => {
    expect(pnlMonth({ month: '2026-05', budgetCents: 10_000_000, costCents: 8_000_000, allocatedCents: 300_001, revenueCents: 9_000_000 })).toEqual({
      month: '2026-05',
      budgetCents: 10_000_000,
      revenueCents: 9_000_000,
      directCostCents: 8_000_000,
      allocatedCents: 300_001,
      marginCents: 699_999,
    });
  });

  it('raises a platform team’s margin by what it charges out', () => {
    expect(pnlMonth({ month: '2026-05', budgetCents: 0, costCents: 2_000_000, allocatedCents: -2_500_000, revenueCents: 0 }).marginCents).toBe(500_000);
  });

  it('sums months, and nothing to zero', () => {
    const a = pnlMonth({ month: '2026-01', budgetCents: 5, costCents: 3, allocatedCents: -1, revenueCents: 7 });
    const b = pnlMonth({ month: '2026-02', budgetCents: 5, costCents: 1, allocatedCents: 2, revenueCents: 0 });
    expect(sumPnl([a, b])).toEqual({ budgetCents: 10, revenueCents: 7, directCostCents: 4, allocatedCents: 1, marginCents: 2 });
    expect(sumPnl([])).toEqual({ budgetCents: 0, revenueCents: 0, directCostCents: 0, allocatedCents: 0, marginCents: 0 });
  });
});

describe('forecast', () => {
  it('with no closed month is what has been booked', () => {
    const actuals = [500, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(forecast(actuals, 0, 1000)).toEqual({ actualToDateCents: 500, runRateCents: 0, forecastCents: 500, budgetCents: 1000, burnPercent: 50, overrun: false, overrunCents: 0 });
  });

  it('with one closed month extrapolates that month to the eleven still open', () => {
    const actuals = [1200, 400, ...twelve(0).slice(2)];
    expect(forecast(actuals, 1, 12_000)).toMatchObject({ actualToDateCents: 1600, runRateCents: 1200, forecastCents: 1200 + 11 * 1200, overrun: true, overrunCents: 2400 });
  });

  it('with two closed months averages both, rounded down to whole cents', () => {
    const actuals = [100, 201, ...twelve(0).slice(2)];
    expect(forecast(actuals, 2, 10_000)).toMatchObject({ runRateCents: 150, forecastCents: 301 + 10 * 150, overrun: false });
  });

  it('averages only the last three closed months', () => {
    const actuals = [9_999, 9_999, 100, 100, 101, 7, ...twelve(0).slice(6)];
    // Five closed months: run rate (100 + 100 + 101) / 3 = 100.33 → 100; the open June booking is replaced by the run rate.
    expect(forecast(actuals, 5, 0)).toMatchObject({ actualToDateCents: 20_306, runRateCents: 100, forecastCents: 20_299 + 7 * 100, budgetCents: 0, burnPercent: null });
  });

  it('with twelve closed months is the year’s actual, over budget or not', () => {
    expect(forecast(twelve(1000), 12, 12_000)).toEqual({ actualToDateCents: 12_000, runRateCents: 1000, forecastCents: 12_000, budgetCents: 12_000, burnPercent: 100, overrun: false, overrunCents: 0 });
    expect(forecast(twelve(1000), 12, 11_999)).toMatchObject({ overrun: true, overrunCents: 1 });
  });

  it('rounds a platform team’s negative run rate down, not towards zero', () => {
    const actuals = [-100, -100, -101, ...twelve(0).slice(3)];
    expect(forecast(actuals, 3, 0)).toMatchObject({ runRateCents: -101, forecastCents: -301 - 9 * 101, overrun: false, overrunCents: 0 });
  });

  it('treats more closed months than there are as all of them', () => {
    expect(forecast(twelve(10), 15, 0).forecastCents).toBe(120);
    expect(forecast(twelve(10), -1, 0).forecastCents).toBe(120);
  });

  it('gives the burn as a share of the budget to one decimal', () => {
    expect(forecast([1, 0, 0], 0, 3).burnPercent).toBe(33.3);
    expect(forecast([2, 0, 0], 0, 3).burnPercent).toBe(66.7);
  });
});

describe('closedMonthsOf', () => {
  const fy = monthsOf(2026, 4);
  it('counts the months before the current one, across the calendar year', () => {
    expect(closedMonthsOf(fy, '2026-04')).toBe(0);
    expect(closedMonthsOf(fy, '2027-01')).toBe(9);
    expect(closedMonthsOf(fy, '2027-03')).toBe(11);
  });
  it('is 12 for a past fiscal year and 0 for a future one', () => {
    expect(closedMonthsOf(fy, '2027-04')).toBe(12);
    expect(closedMonthsOf(fy, '2025-11')).toBe(0);
  });
});

describe('spread', () => {
  it('spreads evenly when the cents divide', () => {
    expect(spread(1200, ['a', 'b', 'c']).map((s) => s.amountCents)).toEqual([400, 400, 400]);
  });

  it('gives the leftover cents to the first months, one each, and loses none', () => {
    const months = monthsOf(2026, 4);
    const parts = spread(100_000_007, months);
    expect(parts.map((p) => p.month)).toEqual(months);
    expect(parts.slice(0, 3).map((p) => p.amountCents)).toEqual([8_333_334, 8_333_334, 8_333_334]);
    expect(parts.slice(11)[0]!.amountCents).toBe(8_333_333);
    expect(parts.reduce((sum, p) => sum + p.amountCents, 0)).toBe(100_000_007);
  });

  it('spreads less than one cent a month over the first months only', () => {
    expect(spread(2, ['a', 'b', 'c']).map((s) => s.amountCents)).toEqual([1, 1, 0]);
    expect(spread(0, ['a', 'b']).map((s) => s.amountCents)).toEqual([0, 0]);
  });
});
