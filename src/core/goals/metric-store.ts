import { eq } from 'drizzle-orm';
import type { MetricUnit } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { metrics } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, forbidden, notFound, type FieldError } from '../shared/errors.ts';
import { canSeeMetric, goalTeamsById, type GoalTeam, type MetricRow } from './goal-queries.ts';
import { valueProblem } from './metric-rules.ts';

/** The metrics catalog's reads and checks, shared by its use cases. */

export async function findMetric(q: Queryable, id: string, lock = false): Promise<MetricRow | undefined> {
  const query = q.select().from(metrics).where(eq(metrics.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/**
 * A metric and its owning team for someone who reads it: unknown → 404, a team whose goals the
 * caller may not read → 403 (the id came from somewhere the caller was shown it, e.g. a link).
 */
export async function readableMetric(ctx: Ctx, q: Queryable, id: string): Promise<{ row: MetricRow; owner: GoalTeam }> {
  const row = await findMetric(q, id);
  if (!row) throw notFound('Metric');
  const owner = (await goalTeamsById(ctx, q, [row.ownerTeamId])).get(row.ownerTeamId);
  if (!canSeeMetric(ctx.actor, owner)) throw forbidden('Your role may not read the goals of the team that owns this metric');
  return { row, owner };
}

/**
 * A bound no value of the unit could take is refused (a percentage is 0–100, a count whole and
 * not negative, …), and so are bounds in the wrong order once a change is merged with what is stored.
 */
export function boundsProblems(m: { unit: MetricUnit; minValue: number | null; maxValue: number | null }): FieldError[] {
  const problems: FieldError[] = [];
  for (const field of ['minValue', 'maxValue'] as const) {
    const bound = m[field];
    if (bound === null) continue;
    const problem = valueProblem({ unit: m.unit, minValue: null, maxValue: null }, bound);
    if (problem) problems.push({ field, code: 'outside_unit', message: `${problem} (unit ${m.unit})` });
  }
  if (m.minValue !== null && m.maxValue !== null && m.minValue > m.maxValue) problems.push({ field: 'maxValue', code: 'below_min', message: 'must not be below minValue' });
  return problems;
}

export function assertBounds(m: { unit: MetricUnit; minValue: number | null; maxValue: number | null }): void {
  const problems = boundsProblems(m);
  if (problems.length) throw new DomainError('rule_violation', `The metric's bounds do not fit its unit — ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
}

/** What the audit log keeps of a catalog entry: its definition, not its latest value. */
export function metricSnapshot(row: MetricRow) {
  return {
    key: row.key,
    name: { de: row.nameDe, en: row.nameEn },
    unit: row.unit,
    direction: row.direction,
    aggregation: row.aggregation,
    ownerTeamId: row.ownerTeamId,
    customerValue: row.customerValue,
    source: row.source,
    expectedIntervalDays: row.expectedIntervalDays,
    minValue: row.minValue,
    maxValue: row.maxValue,
  };
}
