import { eq } from 'drizzle-orm';
import type { Objective, ObjectiveUpdate } from '../../contracts/index.ts';
import { objectives } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { assertContribution, authorizeObjectiveManage, findObjective, objectiveSnapshot, objectiveTeam, presentObjectives } from './objective-queries.ts';

export interface UpdateObjectiveInput {
  id: string;
  expectedVersion: number | undefined;
  changes: ObjectiveUpdate;
}

/** Renames or redescribes an objective, or changes what it contributes to; its team and quarter are fixed. */
export async function updateObjective(ctx: Ctx, { id, expectedVersion, changes }: UpdateObjectiveInput): Promise<Objective> {
  return inTransaction(ctx, async (tx) => {
    const before = await findObjective(tx, id, true);
    if (!before) throw notFound('Objective');
    const team = await objectiveTeam(ctx, tx, before);
    authorizeObjectiveManage(ctx.actor, team);
    assertVersion('Objective', before.version, expectedVersion);
    if (changes.contributesTo !== undefined) await assertContribution(tx, team, before.quarter, changes.contributesTo);
    const [after] = await tx
      .update(objectives)
      .set({ ...changes, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(objectives.id, before.id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'objective.update', entityType: 'objective', entityId: before.id, before: objectiveSnapshot(before), after: objectiveSnapshot(after!) });
    const [presented] = await presentObjectives(ctx, tx, [after!], { teams: new Map(team ? [[team.id, team]] : []), settings: await readGoalSettings(tx) });
    return presented!;
  });
}
