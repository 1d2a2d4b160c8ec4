import type { Membership, MembershipEnd } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { changeMembership } from './update-membership.ts';

export interface EndMembershipInput extends MembershipEnd {
  id: string;
  expectedVersion: number | undefined;
}

/** Ending keeps the row: who was on the team, and when, stays part of its history. */
export function endMembership(ctx: Ctx, { id, expectedVersion, endDate }: EndMembershipInput): Promise<Membership> {
  return inTransaction(ctx, (tx) => changeMembership(tx, ctx, { id, expectedVersion, changes: { endDate } }, 'membership.end'));
}
