import { eq } from 'drizzle-orm';
import type { GoalSettings, UpdateGoalSettings } from '../../contracts/index.ts';
import { goalSettings } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { presentGoalSettings } from './get-goal-settings.ts';

export interface UpdateGoalSettingsInput {
  expectedVersion: number | undefined;
  settings: UpdateGoalSettings;
}

/**
 * Sets how far a key result may trail the elapsed share of its period before it is at risk or off
 * track. Statuses are computed when they are read, so the new thresholds apply to every key result
 * at once; check-ins keep the status they were written with.
 */
export async function updateGoalSettings(ctx: Ctx, { expectedVersion, settings }: UpdateGoalSettingsInput): Promise<GoalSettings> {
  authorize(ctx.actor, 'goals.manage');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.select().from(goalSettings).where(eq(goalSettings.id, 1)).for('update');
    if (!row) throw new Error('goal_settings has no row: the migrations did not run');
    const before = presentGoalSettings(row);
    assertVersion('Goal settings', before.version, expectedVersion);
    if (settings.atRiskGapPercent === before.atRiskGapPercent && settings.offTrackGapPercent === before.offTrackGapPercent) return before;
    const [updated] = await tx
      .update(goalSettings)
      .set({ ...settings, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(goalSettings.id, 1))
      .returning();
    const after = presentGoalSettings(updated!);
    await recordAuditEvent(tx, ctx, { action: 'goal_settings.update', entityType: 'goal_settings', entityId: 'goal_settings', before, after });
    return after;
  });
}
