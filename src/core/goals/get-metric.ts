import type { Metric } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { presentMetric } from './goal-queries.ts';
import { readableMetric } from './metric-store.ts';

/** One catalog entry with its latest value, for whoever reads its team's goals. */
export async function getMetric(ctx: Ctx, input: { id: string }): Promise<Metric> {
  const { row, owner } = await readableMetric(ctx, ctx.db, input.id);
  return presentMetric(row, owner, ctx);
}
