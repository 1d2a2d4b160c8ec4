import { eq } from 'drizzle-orm';
import type { KeyResult, KeyResultUpdate } from '../../contracts/index.ts';
import { keyResults } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { assertKeyResultFigures } from './key-result-checks.ts';
import { authorizeObjectiveManage, findKeyResult, findObjective, keyResultSnapshot, objectiveTeam, presentKeyResults } from './objective-queries.ts';

export interface UpdateKeyResultInput {
  id: string;
  expectedVersion: number | undefined;
  changes: KeyResultUpdate;
}

/**
 * Changes a key result's title, baseline, target or period, checked as on creation against its
 * metric (which is fixed) and its objective's quarter.
 */
export async function updateKeyResult(ctx: Ctx, { id, expectedVersion, changes }: UpdateKeyResultInput): Promise<KeyResult> {
  return inTransaction(ctx, async (tx) => {
    const found = await findKeyResult(tx, id, true);
    if (!found) throw notFound('Key result');
    const { kr: before, metric } = found;
    const objective = (await findObjective(tx, before.objectiveId))!;
    const team = await objectiveTeam(ctx, tx, objective);
    authorizeObjectiveManage(ctx.actor, team);
    assertVersion('Key result', before.version, expectedVersion);
    const next = { ...before, ...changes };
    assertKeyResultFigures(metric, next, objective.quarter);
    const [after] = await tx
      .update(keyResults)
      .set({ ...changes, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(keyResults.id, before.id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'key_result.update', entityType: 'key_result', entityId: before.id, before: keyResultSnapshot(before), after: keyResultSnapshot(after!) });
    const [presented] = await presentKeyResults(ctx, tx, [{ kr: after!, metric }], () => team, await readGoalSettings(tx));
    return presented!;
  });
}
