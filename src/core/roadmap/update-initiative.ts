import { eq } from 'drizzle-orm';
import type { Initiative, InitiativeUpdate } from '../../contracts/index.ts';
import { initiatives, initiativeTeams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { assertOwnerAndTeams, initiativeSnapshot, lockInitiative, milestonesOf, presentInitiative, teamIdsOf } from './roadmap-queries.ts';
import { initiativeDateProblems } from './roadmap-rules.ts';

export interface UpdateInitiativeInput {
  id: string;
  expectedVersion: number | undefined;
  changes: InitiativeUpdate;
}

export async function updateInitiative(ctx: Ctx, { id, expectedVersion, changes }: UpdateInitiativeInput): Promise<Initiative> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await lockInitiative(tx, id);
    if (!before) throw notFound('Initiative');
    assertVersion('Initiative', before.version, expectedVersion);
    await assertOwnerAndTeams(tx, changes.ownerId, changes.teamIds);
    const { teamIds: given, ...fields } = changes;
    const next = { ...before, ...fields };
    if (fields.startDate !== undefined || fields.endDate !== undefined) {
      // Checked against the dates as they will be, so moving only one date cannot cross the other or strand a milestone.
      const changed = (['startDate', 'endDate'] as const).filter((f) => fields[f] !== undefined);
      const problems = initiativeDateProblems(next, await milestonesOf(tx, id), changed);
      if (problems.length) throw new DomainError('rule_violation', `The initiative cannot be saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
    }
    const teamsBefore = await teamIdsOf(tx, id);
    const [after] = await tx
      .update(initiatives)
      .set({ ...fields, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(initiatives.id, id))
      .returning();
    let teamsAfter = teamsBefore;
    if (given !== undefined) {
      teamsAfter = [...new Set(given)].sort();
      await tx.delete(initiativeTeams).where(eq(initiativeTeams.initiativeId, id));
      if (teamsAfter.length) await tx.insert(initiativeTeams).values(teamsAfter.map((teamId) => ({ initiativeId: id, teamId })));
    }
    await recordAuditEvent(tx, ctx, {
      action: 'initiative.update',
      entityType: 'initiative',
      entityId: id,
      before: initiativeSnapshot(before, teamsBefore),
      after: initiativeSnapshot(after!, teamsAfter),
    });
    return presentInitiative(tx, after!, today(ctx));
  });
}
