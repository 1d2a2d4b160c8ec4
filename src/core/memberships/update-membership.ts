import { eq } from 'drizzle-orm';
import type { Membership, MembershipUpdate } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { memberships } from '../../db/schema.ts';
import { recordAuditEvent, type AuditAction } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { lockTeam, presentMembership } from '../teams/team-queries.ts';
import { STAGES_NEEDING_LEADS } from '../teams/leadership.ts';
import { assertWritable } from '../teams/team-rules-check.ts';
import { isCurrent } from './allocation.ts';
import { assertAllocationFits, lockMembership, membershipSnapshot } from './membership-checks.ts';

export interface UpdateMembershipInput {
  id: string;
  expectedVersion: number | undefined;
  changes: MembershipUpdate;
}

export function updateMembership(ctx: Ctx, input: UpdateMembershipInput): Promise<Membership> {
  return inTransaction(ctx, (tx) => changeMembership(tx, ctx, input, 'membership.update'));
}

/** Shared by edit and end: both rewrite one membership under the same rules. */
export async function changeMembership(tx: Tx, ctx: Ctx, { id, expectedVersion, changes }: UpdateMembershipInput, action: AuditAction): Promise<Membership> {
  const before = await lockMembership(tx, id);
  const team = await lockTeam(tx, before.teamId);
  if (!team) throw notFound('Team');
  assertWritable(team);
  authorize(ctx.actor, 'team.manageMembers', team);
  assertVersion('Membership', before.version, expectedVersion);
  const next = { ...before, ...changes };
  if (next.endDate !== null && next.endDate < next.startDate) {
    throw new DomainError('validation_failed', 'A membership cannot end before it starts', [
      { field: 'endDate', code: 'before_start', message: `must not be before the start date ${next.startDate}` },
    ]);
  }
  const date = today(ctx);
  const isLead = team.businessLeadId === before.personId || team.itLeadId === before.personId;
  if (isLead && STAGES_NEEDING_LEADS.includes(team.stage) && isCurrent(before, date) && !isCurrent(next, date)) {
    throw new DomainError('lead_required', `This person leads ${team.name}; choose another lead for the ${team.stage} team before ending their membership`, [
      { field: 'endDate', code: 'lead_required', message: 'a current lead of a chartered or active team keeps their membership' },
    ]);
  }
  const person = await assertAllocationFits(tx, before.personId, next, id);
  const [after] = await tx
    .update(memberships)
    .set({ ...changes, version: before.version + 1, updatedAt: ctx.now() })
    .where(eq(memberships.id, id))
    .returning();
  await recordAuditEvent(tx, ctx, { action, entityType: 'membership', entityId: id, before: membershipSnapshot(before), after: membershipSnapshot(after!) });
  return presentMembership(after!, person.name, person.discipline, team.name, date);
}
