import { eq } from 'drizzle-orm';
import type { Metric, MetricUpdate } from '../../contracts/index.ts';
import { metrics } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { authorizeGoalsWrite, goalTeamsById, presentMetric } from './goal-queries.ts';
import { assertBounds, findMetric, metricSnapshot } from './metric-store.ts';

export interface UpdateMetricInput {
  id: string;
  expectedVersion: number | undefined;
  changes: MetricUpdate;
}

/**
 * Edits what describes a metric. Its key, unit, direction, aggregation and owner stay: recorded
 * values and key results rely on them. New bounds apply to values recorded from now on.
 */
export async function updateMetric(ctx: Ctx, { id, expectedVersion, changes }: UpdateMetricInput): Promise<Metric> {
  return inTransaction(ctx, async (tx) => {
    const before = await findMetric(tx, id, true);
    if (!before) throw notFound('Metric');
    const owner = (await goalTeamsById(ctx, tx, [before.ownerTeamId])).get(before.ownerTeamId)!;
    authorizeGoalsWrite(ctx.actor, 'team.manageGoals', owner);
    assertVersion('Metric', before.version, expectedVersion);

    const { name, ...fields } = changes;
    const next = { ...before, ...fields, ...(name ? { nameDe: name.de, nameEn: name.en } : {}) };
    assertBounds(next);
    const [after] = await tx
      .update(metrics)
      .set({ ...fields, ...(name ? { nameDe: name.de, nameEn: name.en } : {}), version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(metrics.id, before.id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'metric.update', entityType: 'metric', entityId: before.id, before: metricSnapshot(before), after: metricSnapshot(after!) });
    return presentMetric(after!, owner, ctx);
  });
}
