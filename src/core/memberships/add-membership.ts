import type { Membership, MembershipCreate } from '../../contracts/index.ts';
import { memberships } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { presentMembership } from '../teams/team-queries.ts';
import { lockTeam } from '../teams/team-queries.ts';
import { assertWritable } from '../teams/team-rules-check.ts';
import { assertAllocationFits, membershipSnapshot } from './membership-checks.ts';

export async function addMembership(ctx: Ctx, teamId: string, input: MembershipCreate): Promise<Membership> {
  return inTransaction(ctx, async (tx) => {
    const team = await lockTeam(tx, teamId);
    if (!team) throw notFound('Team');
    assertWritable(team);
    authorize(ctx.actor, 'team.manageMembers', team);
    const person = await assertAllocationFits(tx, input.personId, input);
    const now = ctx.now();
    const [row] = await tx
      .insert(memberships)
      .values({ ...input, teamId, createdAt: now, updatedAt: now })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'membership.create', entityType: 'membership', entityId: row!.id, after: membershipSnapshot(row!) });
    return presentMembership(row!, person.name, person.discipline, team.name, today(ctx));
  });
}
