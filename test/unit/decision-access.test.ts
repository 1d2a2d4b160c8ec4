import { describe, expect, it } from 'vitest';
import type { OrgRole, Stage } from '../../src/contracts/index.ts';
import { canApprove, mayEditDecision } from '../../src/core/policy.ts';
import type { Actor } from '../../src/core/shared/context.ts';

const actor = (role: OrgRole, extra: Partial<Actor> = {}): Actor => ({ type: 'user', userId: 'u-me', label: role, role, personId: 'p-me', scopes: null, ...extra });
const team = (stage: Stage = 'active', extra: { businessLeadId?: string; memberIds?: string[] } = {}) => ({
  stage,
  businessLeadId: extra.businessLeadId ?? 'p-lead',
  itLeadId: 'p-it',
  memberIds: extra.memberIds ?? ['p-me', 'p-other'],
});
const byMe = { proposedByUserId: 'u-me' };
const bySomeoneElse = { proposedByUserId: 'u-other' };

describe('mayEditDecision', () => {
  it.each<[string, Actor, { proposedByUserId: string | null }, ReturnType<typeof team>, boolean]>([
    ['the proposer, still a member', actor('member'), byMe, team(), true],
    ['another member', actor('member'), bySomeoneElse, team(), false],
    ['the proposer after leaving the team', actor('member'), byMe, team('active', { memberIds: ['p-other'] }), false],
    ['a lead of the team', actor('member', { personId: 'p-lead' }), bySomeoneElse, team(), true],
    ['the portfolio office', actor('portfolio_office', { personId: null }), bySomeoneElse, team(), true],
    ['an admin', actor('admin', { personId: null }), { proposedByUserId: null }, team(), true],
    ['a viewer who proposed (impossible, still refused)', actor('viewer'), byMe, team(), false],
    ['a viewer named as lead', actor('viewer', { personId: 'p-lead' }), bySomeoneElse, team(), false],
    ['the proposer with a read token', actor('member', { type: 'token', scopes: ['read'] }), byMe, team(), false],
    ['the proposer with a write token', actor('member', { type: 'token', scopes: ['read', 'write'] }), byMe, team(), true],
    ['anyone on a sunset team', actor('admin'), byMe, team('sunset'), false],
  ])('%s → %s', (_name, who, decision, t, expected) => {
    expect(mayEditDecision(who, decision, t)).toBe(expected);
  });
});

describe('canApprove', () => {
  const pending = { status: 'pending_approval', proposedByUserId: 'u-other' };
  it.each<[string, Actor, string[], string, { status: string; proposedByUserId: string | null }, boolean]>([
    ['a holder of the role', actor('member'), ['ciso'], 'ciso', pending, true],
    ['a holder of another role', actor('member'), ['procurement'], 'ciso', pending, false],
    ['a holder who proposed it', actor('member'), ['ciso'], 'ciso', { ...pending, proposedByUserId: 'u-me' }, false],
    ['a viewer holding the role', actor('viewer'), ['ciso'], 'ciso', pending, false],
    ['an admin without the role', actor('admin'), [], 'ciso', pending, false],
    ['a holder once it is decided', actor('member'), ['ciso'], 'ciso', { ...pending, status: 'decided' }, false],
    ['a holder with a read token', actor('member', { type: 'token', scopes: ['read'] }), ['ciso'], 'ciso', pending, false],
    ['a holder with a write token', actor('member', { type: 'token', scopes: ['write'] }), ['ciso'], 'ciso', pending, true],
  ])('%s → %s', (_name, who, held, role, decision, expected) => {
    expect(canApprove(who, held, role, decision)).toBe(expected);
  });
});
