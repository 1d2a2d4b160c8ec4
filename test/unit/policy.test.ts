import { describe, expect, it } from 'vitest';
import type { OrgRole } from '../../src/contracts/index.ts';
import { can, orgAbilities, teamAbilities } from '../../src/core/policy.ts';
import type { Actor } from '../../src/core/shared/context.ts';

const actor = (role: OrgRole, extra: Partial<Actor> = {}): Actor => ({ type: 'user', userId: 'u', label: role, role, personId: 'me', scopes: null, ...extra });
const team = { stage: 'active' as const, businessLeadId: 'me', itLeadId: 'other' };
const notMine = { ...team, businessLeadId: 'someone' };

describe('policy', () => {
  it('lets leads manage their own team but not charter or sunset it', () => {
    expect(teamAbilities(actor('member'), team)).toEqual({ update: true, manageMembers: true, charter: false, activate: false, sunset: false, manageServices: true, recordDecision: true, assess: true });
    expect(can(actor('member'), 'team.update', notMine)).toBe(false);
  });

  it('never lets a viewer write, even one who is named as lead', () => {
    expect(teamAbilities(actor('viewer'), team)).toEqual({ update: false, manageMembers: false, charter: false, activate: false, sunset: false, manageServices: false, recordDecision: false, assess: false });
    expect(can(actor('viewer'), 'team.read', team)).toBe(true);
  });

  it('gives steering roles charter and sunset, admins alone audit and users', () => {
    expect(orgAbilities(actor('portfolio_office'))).toEqual({ createTeam: true, managePeople: true, readAudit: false, manageUsers: false, manageChange: true, readPortfolioFinance: true, manageFinance: true, readPortfolioGoals: true, manageGoals: true });
    expect(orgAbilities(actor('admin'))).toEqual({ createTeam: true, managePeople: true, readAudit: true, manageUsers: true, manageChange: true, readPortfolioFinance: true, manageFinance: true, readPortfolioGoals: true, manageGoals: true });
    expect(orgAbilities(actor('member'))).toMatchObject({ readPortfolioFinance: false, manageFinance: false, readPortfolioGoals: false, manageGoals: false });
    expect(orgAbilities(actor('viewer'))).toMatchObject({ readPortfolioFinance: true, manageFinance: false, readPortfolioGoals: true, manageGoals: false });
    expect(can(actor('portfolio_office'), 'team.sunset', notMine)).toBe(true);
  });

  it('limits tokens to their scope and never lets them mint tokens', () => {
    const reader = actor('admin', { type: 'token', scopes: ['read'] });
    expect(can(reader, 'portfolio.read')).toBe(true);
    expect(can(reader, 'team.create')).toBe(false);
    const writer = actor('admin', { type: 'token', scopes: ['read', 'write'] });
    expect(can(writer, 'team.create')).toBe(true);
    expect(can(writer, 'token.manageOwn')).toBe(false);
  });

  it('lets members of a team record measurements and check in, leads define goals, and others of the team nothing', () => {
    const member = { ...notMine, memberIds: ['me'] };
    expect(can(actor('member'), 'team.readGoals', member)).toBe(true);
    expect(can(actor('member'), 'team.recordMeasurements', member)).toBe(true);
    expect(can(actor('member'), 'team.checkIn', member)).toBe(true);
    expect(can(actor('member'), 'team.manageGoals', member)).toBe(false);
    expect(can(actor('member'), 'team.manageGoals', team)).toBe(true);
    expect(can(actor('member'), 'team.readGoals', notMine)).toBe(false);
    expect(can(actor('viewer'), 'team.readGoals', notMine)).toBe(true);
    expect(can(actor('viewer'), 'team.recordMeasurements', notMine)).toBe(false);
  });

  it('lets an ingest token push actuals and measurements and read nothing', () => {
    const ingest = actor('admin', { type: 'token', scopes: ['ingest'] });
    expect(can(ingest, 'team.recordMeasurements', notMine)).toBe(true);
    expect(can(ingest, 'team.bookFinance', notMine)).toBe(true);
    expect(can(ingest, 'team.readGoals', notMine)).toBe(false);
    expect(can(ingest, 'team.checkIn', notMine)).toBe(false);
  });

  it('makes a sunset team read-only for everyone', () => {
    const sunset = { ...team, stage: 'sunset' as const };
    expect(Object.values(teamAbilities(actor('admin'), sunset)).some(Boolean)).toBe(false);
  });
});
