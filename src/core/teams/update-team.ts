import { eq } from 'drizzle-orm';
import type { Team, TeamUpdate } from '../../contracts/index.ts';
import { teams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { assertUniqueName } from './create-team.ts';
import { presentTeam } from './get-team.ts';
import { lockTeam } from './team-queries.ts';
import { assertLeadership, assertWritable, teamSnapshot } from './team-rules-check.ts';

export interface UpdateTeamInput {
  id: string;
  expectedVersion: number | undefined;
  changes: TeamUpdate;
}

export async function updateTeam(ctx: Ctx, { id, expectedVersion, changes }: UpdateTeamInput): Promise<Team> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockTeam(tx, id);
    if (!before) throw notFound('Team');
    assertWritable(before);
    authorize(ctx.actor, 'team.update', before);
    assertVersion('Team', before.version, expectedVersion);
    if (changes.name !== undefined) await assertUniqueName(tx, changes.name, id);
    const next = { ...before, ...changes };
    // Removing or replacing a lead is checked against the stage the team is in now.
    await assertLeadership(tx, before.stage as Team['stage'], next.businessLeadId, next.itLeadId);
    const [after] = await tx
      .update(teams)
      .set({ ...changes, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(teams.id, id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'team.update', entityType: 'team', entityId: id, before: teamSnapshot(before), after: teamSnapshot(after!) });
    return presentTeam(ctx, tx, after!);
  });
}
