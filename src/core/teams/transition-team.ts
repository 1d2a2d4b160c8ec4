import { eq } from 'drizzle-orm';
import type { Stage, Team } from '../../contracts/index.ts';
import { teams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize, type TeamAction } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { presentTeam } from './get-team.ts';
import { canTransition, nextStages } from './lifecycle.ts';
import { lockTeam } from './team-queries.ts';
import { assertLeadership, assertWritable, teamSnapshot } from './team-rules-check.ts';

const ACTION_FOR: Record<Exclude<Stage, 'proposed'>, TeamAction> = {
  chartered: 'team.charter',
  active: 'team.activate',
  sunset: 'team.sunset',
};

export interface TransitionTeamInput {
  id: string;
  expectedVersion: number | undefined;
  to: Stage;
}

export async function transitionTeam(ctx: Ctx, { id, expectedVersion, to }: TransitionTeamInput): Promise<Team> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockTeam(tx, id);
    if (!before) throw notFound('Team');
    assertWritable(before);
    const from = before.stage;
    if (to === 'proposed' || !canTransition(from, to)) {
      authorize(ctx.actor, 'team.read', before);
      const allowed = nextStages(from).join(' or ');
      throw new DomainError('invalid_transition', `A ${from} team can move to ${allowed || 'no other stage'}, not to ${to}`, [
        { field: 'to', code: 'invalid_transition', message: `must be ${allowed}` },
      ]);
    }
    authorize(ctx.actor, ACTION_FOR[to], before);
    assertVersion('Team', before.version, expectedVersion);
    await assertLeadership(tx, to, before.businessLeadId, before.itLeadId);
    const [after] = await tx
      .update(teams)
      .set({ stage: to, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(teams.id, id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'team.transition',
      entityType: 'team',
      entityId: id,
      before: teamSnapshot(before),
      after: teamSnapshot(after!),
    });
    return presentTeam(ctx, tx, after!);
  });
}
