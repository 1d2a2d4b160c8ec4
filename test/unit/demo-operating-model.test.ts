import { describe, expect, it } from 'vitest';
import { checkDemoData } from '../../src/db/seed/demo-data.ts';
import {
  checkDemoOperatingModel,
  demoConsumption,
  demoDecisions,
  demoMonths,
  demoServices,
  requiredDemoApprovals,
} from '../../src/db/seed/demo-operating-model.ts';

describe('demo operating model, services, consumption and decisions', () => {
  it('satisfies every rule the seeder relies on', () => {
    expect(checkDemoOperatingModel()).toEqual([]);
    expect(checkDemoData()).toEqual([]);
  });

  it('gives the E-Scooter team its three business services and at least ten decisions', () => {
    const names = demoServices.filter((s) => s.ownerTeam === 'escooter').map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Quote & Bind API', 'E-Scooter App', 'Versicherungskennzeichen-Ausgabe']));
    expect(demoDecisions.filter((d) => d.team === 'escooter').length).toBeGreaterThanOrEqual(10);
  });

  it('generates the same 18 months of consumption on every call, growing for E-Scooter', () => {
    expect(demoMonths()).toHaveLength(18);
    expect(demoMonths()[0]).toBe('2025-06');
    expect(demoMonths().at(-1)).toBe('2026-11');
    const rows = demoConsumption();
    expect(JSON.stringify(demoConsumption())).toBe(JSON.stringify(rows));
    const accounts = rows.filter((r) => r.team === 'escooter' && r.service === 'ciam').map((r) => r.quantity);
    expect(accounts.at(-1)!).toBeGreaterThan(accounts[0]! * 100);
    const policies = new Map(rows.filter((r) => r.team === 'escooter' && r.service === 'bestandsfuehrung').map((r) => [r.month, r.quantity]));
    expect(policies.get('2026-03')!).toBeGreaterThan(policies.get('2026-11')!); // season: spring, not autumn
  });

  it('asks the portfolio board above the E-Scooter limit of 75,000 € but not below', () => {
    const base = { team: 'escooter', category: 'budget' as const, personalData: false, newVendor: false, affectedServices: [] };
    expect(requiredDemoApprovals({ ...base, budgetImpactCents: 7_000_000 })).toEqual([]);
    expect(requiredDemoApprovals({ ...base, budgetImpactCents: 8_000_000 })).toEqual(['portfolio_board']);
    expect(requiredDemoApprovals({ ...base, team: 'maklerportal', budgetImpactCents: 7_000_000 })).toEqual(['portfolio_board']);
  });
});
