import { eq, sql } from 'drizzle-orm';
import { quarterBounds, type KeyResult, type KeyResultCreate } from '../../contracts/index.ts';
import { keyResults } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { assertKeyResultFigures, assertVisibleMetric, loadKeyResultScope } from './key-result-checks.ts';
import { authorizeObjectiveManage, findObjective, keyResultSnapshot, presentKeyResults } from './objective-queries.ts';

export interface CreateKeyResultInput {
  objectiveId: string;
  keyResult: KeyResultCreate;
}

/**
 * Binds a metric to an objective with a baseline, a target and a period (by default the
 * objective's quarter, and never outside it). The metric may be any the caller can see, also one
 * another team owns. The objective row is locked, so two key results added at once get
 * consecutive positions.
 */
export async function createKeyResult(ctx: Ctx, { objectiveId, keyResult: input }: CreateKeyResultInput): Promise<KeyResult> {
  return inTransaction(ctx, async (tx) => {
    const objective = await findObjective(tx, objectiveId, true);
    if (!objective) throw notFound('Objective');
    const { metric, owner, team } = await loadKeyResultScope(ctx, tx, input.metricId, objective.teamId);
    authorizeObjectiveManage(ctx.actor, team);
    assertVisibleMetric(ctx, metric, owner);
    const quarter = quarterBounds(objective.quarter);
    const figures = { baseline: input.baseline, target: input.target, periodStart: input.periodStart ?? quarter.start, periodEnd: input.periodEnd ?? quarter.end };
    assertKeyResultFigures(metric, figures, objective.quarter);
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${keyResults.position}) + 1, 0)::int` })
      .from(keyResults)
      .where(eq(keyResults.objectiveId, objective.id))) as [{ next: number }];
    const now = ctx.now();
    const [row] = await tx
      .insert(keyResults)
      .values({ objectiveId: objective.id, metricId: metric.id, title: input.title, ...figures, position: Number(next), createdAt: now, updatedAt: now })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'key_result.create', entityType: 'key_result', entityId: row!.id, after: keyResultSnapshot(row!) });
    const [presented] = await presentKeyResults(ctx, tx, [{ kr: row!, metric }], () => team, await readGoalSettings(tx));
    return presented!;
  });
}
