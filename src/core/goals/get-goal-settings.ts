import { eq } from 'drizzle-orm';
import type { GoalSettings } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { goalSettings } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';

export type GoalSettingsRow = typeof goalSettings.$inferSelect;

export const presentGoalSettings = (row: GoalSettingsRow): GoalSettings => ({
  atRiskGapPercent: row.atRiskGapPercent,
  offTrackGapPercent: row.offTrackGapPercent,
  version: row.version,
});

/** The status thresholds every key result is judged by; the migration inserts the one row. */
export async function readGoalSettings(q: Queryable): Promise<GoalSettings> {
  const [row] = await q.select().from(goalSettings).where(eq(goalSettings.id, 1));
  if (!row) throw new Error('goal_settings has no row: the migrations did not run');
  return presentGoalSettings(row);
}

/** The thresholds are needed to read any status, so every signed-in reader reads them. */
export async function getGoalSettings(ctx: Ctx): Promise<GoalSettings> {
  authorize(ctx.actor, 'portfolio.read');
  return readGoalSettings(ctx.db);
}
