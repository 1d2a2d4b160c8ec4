import type { Metric, MetricCreate } from '../../contracts/index.ts';
import { metrics } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { authorizeGoalsWrite, goalTeamsById, presentMetric } from './goal-queries.ts';
import { assertBounds, metricSnapshot } from './metric-store.ts';

/** A new entry in the metrics catalog, owned by a team its leads (or steering) manage. */
export async function createMetric(ctx: Ctx, input: MetricCreate): Promise<Metric> {
  return inTransaction(ctx, async (tx) => {
    const owner = (await goalTeamsById(ctx, tx, [input.ownerTeamId])).get(input.ownerTeamId.toLowerCase());
    if (!owner) throw new DomainError('validation_failed', 'The owner team does not exist', [{ field: 'ownerTeamId', code: 'not_found', message: 'no team with this id' }]);
    authorizeGoalsWrite(ctx.actor, 'team.manageGoals', owner, 'ownerTeamId');
    assertBounds(input);

    const now = ctx.now();
    // The unique key decides, not a look-up first: two creations of one key at once cannot both pass.
    const [row] = await tx
      .insert(metrics)
      .values({
        key: input.key,
        nameDe: input.name.de,
        nameEn: input.name.en,
        unit: input.unit,
        direction: input.direction,
        aggregation: input.aggregation,
        ownerTeamId: owner.id,
        customerValue: input.customerValue,
        source: input.source,
        expectedIntervalDays: input.expectedIntervalDays,
        minValue: input.minValue,
        maxValue: input.maxValue,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: metrics.key })
      .returning();
    if (!row) {
      throw new DomainError('conflict', `A metric with the key "${input.key}" already exists`, [{ field: 'key', code: 'taken', message: 'is already the key of another metric' }]);
    }
    await recordAuditEvent(tx, ctx, { action: 'metric.create', entityType: 'metric', entityId: row.id, after: metricSnapshot(row) });
    return presentMetric(row, owner, ctx);
  });
}
