import { describe, expect, it } from 'vitest';
import {
  actualTotal,
  allocatedCents,
  budgetTotal,
  checkDemoFinance,
  DEMO_ACTUAL_MONTHS,
  DEMO_FINANCE_TEAMS,
  demoActualCosts,
  demoBudgets,
  demoRevenue,
  ESCOOTER_STREAMS,
  forecastTotal,
  peopleCostCents,
} from '../../src/db/seed/demo-finance.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const escooterRevenue = (month: string) => sum(demoRevenue().filter((r) => r.team === 'escooter' && r.month === month).map((r) => r.amountCents));
const costOf = (team: string, category: string, month: string) =>
  sum(demoActualCosts().filter((c) => c.team === team && c.category === category && c.month === month).map((c) => c.amountCents));

describe('the demo money', () => {
  it('is consistent: leads propose, the portfolio office decides, the reallocation fits, all amounts are whole cents', () => {
    expect(checkDemoFinance()).toEqual([]);
    expect(DEMO_ACTUAL_MONTHS[0]).toBe('2025-01');
    expect(DEMO_ACTUAL_MONTHS.at(-1)).toBe('2026-11');
  });

  it('has approved budgets for both fiscal years and one 2027 budget waiting for its decision', () => {
    expect(demoBudgets.filter((b) => b.fiscalYear === 2026 && b.approvedOn).map((b) => b.team).sort()).toEqual([...DEMO_FINANCE_TEAMS].sort());
    expect(demoBudgets.filter((b) => b.fiscalYear === 2025 && b.approvedOn)).toHaveLength(5);
    expect(demoBudgets.filter((b) => !b.approvedOn)).toEqual([expect.objectContaining({ team: 'kfz-tarifrechner', fiscalYear: 2027 })]);
  });

  it('grows the E-Scooter premium from its launch in December 2025, in both streams', () => {
    const months = DEMO_ACTUAL_MONTHS.filter((m) => m >= '2025-12');
    expect(sum(DEMO_ACTUAL_MONTHS.filter((m) => m < '2025-12').map(escooterRevenue))).toBe(0);
    for (let i = 1; i < months.length; i++) expect(escooterRevenue(months[i]!)).toBeGreaterThan(escooterRevenue(months[i - 1]!));
    expect(escooterRevenue('2026-11')).toBeGreaterThan(50 * escooterRevenue('2025-12'));
    expect(new Set(demoRevenue().filter((r) => r.team === 'escooter').map((r) => r.stream))).toEqual(new Set([ESCOOTER_STREAMS.liability, ESCOOTER_STREAMS.theft]));
  });

  it('front-loads E-Scooter marketing around the launch and the traffic year, with steady people cost and growing cloud cost', () => {
    const marketing = DEMO_ACTUAL_MONTHS.map((m) => costOf('escooter', 'marketing', m));
    const launch = sum(DEMO_ACTUAL_MONTHS.filter((m) => m >= '2025-11' && m <= '2026-04').map((m) => costOf('escooter', 'marketing', m)));
    expect(launch / sum(marketing)).toBeGreaterThan(0.65);
    expect(costOf('escooter', 'marketing', '2026-03')).toBeGreaterThan(4 * costOf('escooter', 'marketing', '2026-11'));

    const people = DEMO_ACTUAL_MONTHS.filter((m) => m >= '2026-02').map((m) => peopleCostCents('escooter', m));
    expect(Math.max(...people) / Math.min(...people)).toBeLessThan(1.05);
    expect(costOf('escooter', 'cloud', '2026-11')).toBeGreaterThan(2 * costOf('escooter', 'cloud', '2025-12'));
  });

  it('runs exactly one team over its 2026 budget by the run-rate forecast: Digitale Schadenmeldung', () => {
    const over = DEMO_FINANCE_TEAMS.filter((t) => forecastTotal(t, 2026) > budgetTotal(t, 2026));
    expect(over).toEqual(['schadenmeldung']);
    expect(forecastTotal('schadenmeldung', 2026) / budgetTotal('schadenmeldung', 2026)).toBeGreaterThan(1.1);
  });

  it('charges Kernsystem Versicherung’s whole cost out to its consumers in 2026: its P&L nets to about zero', () => {
    const months2026 = DEMO_ACTUAL_MONTHS.filter((m) => m.startsWith('2026'));
    const direct = sum(demoActualCosts().filter((c) => c.team === 'kernsystem' && c.month.startsWith('2026')).map((c) => c.amountCents));
    const allocated = sum(months2026.map((m) => allocatedCents('kernsystem', m)));
    expect(allocated).toBeLessThan(0);
    expect(Math.abs(direct + allocated) / direct).toBeLessThan(0.005);
    expect(actualTotal('kernsystem', 2026)).toBe(direct + allocated);
  });
});
