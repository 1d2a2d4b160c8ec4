import { eq } from 'drizzle-orm';
import { quarterBounds } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { metrics } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { canSeeMetric, goalTeamsById, type GoalTeam, type MetricRow } from './goal-queries.ts';
import { valueProblem } from './metric-rules.ts';
import { targetProblem } from './progress-rules.ts';

/**
 * The metric a key result binds, with the teams of the metric and of the objective, in two
 * statements. A metric the caller may not see does not exist for them: it is answered like an
 * unknown id, naming metricId.
 */
export async function loadKeyResultScope(
  ctx: Ctx,
  q: Queryable,
  metricId: string,
  objectiveTeamId: string | null,
): Promise<{ metric: MetricRow | undefined; owner: GoalTeam | undefined; team: GoalTeam | null }> {
  const [metric] = await q.select().from(metrics).where(eq(metrics.id, metricId));
  const teams = await goalTeamsById(ctx, q, [objectiveTeamId, metric?.ownerTeamId].filter((id): id is string => !!id));
  return { metric, owner: metric ? teams.get(metric.ownerTeamId) : undefined, team: objectiveTeamId ? teams.get(objectiveTeamId)! : null };
}

export function assertVisibleMetric(ctx: Ctx, metric: MetricRow | undefined, owner: GoalTeam | undefined): asserts metric is MetricRow {
  if (!metric || !canSeeMetric(ctx.actor, owner)) {
    throw new DomainError('validation_failed', 'The key result’s metric is not one you can see', [
      { field: 'metricId', code: 'not_found', message: 'is not a metric you can see: there is none with this id, or it belongs to a team whose goals you may not read' },
    ]);
  }
}

export interface KeyResultFigureFields {
  baseline: number;
  target: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * What is wrong with a key result's figures for its metric and its objective's quarter: baseline
 * and target must be values the metric can take, the target must lie on the better side of the
 * baseline (or equal it: hold the line), and the period must lie within the quarter.
 */
export function keyResultProblems(metric: MetricRow, kr: KeyResultFigureFields, quarter: string): FieldError[] {
  const problems: FieldError[] = [];
  const baseline = valueProblem(metric, kr.baseline);
  const target = valueProblem(metric, kr.target);
  if (baseline) problems.push({ field: 'baseline', code: 'invalid_value', message: baseline });
  if (target) problems.push({ field: 'target', code: 'invalid_value', message: target });
  const side = baseline || target ? null : targetProblem(kr.baseline, kr.target, metric.direction);
  if (side) problems.push({ field: 'target', code: 'wrong_side', message: side });
  const bounds = quarterBounds(quarter);
  const within = `must lie within the objective’s quarter ${quarter} (${bounds.start} to ${bounds.end})`;
  const startOutside = kr.periodStart < bounds.start || kr.periodStart > bounds.end;
  const endOutside = kr.periodEnd < bounds.start || kr.periodEnd > bounds.end;
  if (startOutside) problems.push({ field: 'periodStart', code: 'outside_quarter', message: within });
  if (endOutside) problems.push({ field: 'periodEnd', code: 'outside_quarter', message: within });
  if (!startOutside && !endOutside && kr.periodEnd < kr.periodStart) problems.push({ field: 'periodEnd', code: 'before_start', message: 'must not be before periodStart' });
  return problems;
}

export function assertKeyResultFigures(metric: MetricRow, kr: KeyResultFigureFields, quarter: string): void {
  const problems = keyResultProblems(metric, kr, quarter);
  if (problems.length) throw new DomainError('rule_violation', `The key result cannot be saved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
}
