import { eq } from 'drizzle-orm';
import type { Team } from '../../contracts/index.ts';
import { teams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { presentTeam } from '../teams/get-team.ts';
import { lockTeam } from '../teams/team-queries.ts';
import { assertWritable } from '../teams/team-rules-check.ts';

export interface SetTeamAutonomyInput {
  teamId: string;
  expectedVersion: number | undefined;
  /** null: the decision rights' default limit applies. */
  autonomyLimitCents: number | null;
}

/** A team's own autonomy limit is part of the decision rights, so steering sets it, not the team. */
export async function setTeamAutonomy(ctx: Ctx, { teamId, expectedVersion, autonomyLimitCents }: SetTeamAutonomyInput): Promise<Team> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockTeam(tx, teamId);
    if (!before) throw notFound('Team');
    assertWritable(before);
    authorize(ctx.actor, 'model.manage');
    assertVersion('Team', before.version, expectedVersion);
    const [after] = await tx
      .update(teams)
      .set({ autonomyLimitCents, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(teams.id, teamId))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'team.autonomy',
      entityType: 'team',
      entityId: teamId,
      before: { autonomyLimitCents: before.autonomyLimitCents, version: before.version },
      after: { autonomyLimitCents: after!.autonomyLimitCents, version: after!.version },
    });
    return presentTeam(ctx, tx, after!);
  });
}
