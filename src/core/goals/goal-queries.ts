import { sql } from 'drizzle-orm';
import type { Metric, MetricRef, Stage } from '../../contracts/index.ts';
import { queryRows, type Queryable } from '../../db/client.ts';
import { metrics } from '../../db/schema.ts';
import { authorize, can, type TeamAction, type TeamResource } from '../policy.ts';
import { today, type Actor, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { isStale } from './metric-rules.ts';

/** A team as the goals context needs it: what the policy looks at, with today's members. */
export interface GoalTeam extends TeamResource {
  id: string;
  name: string;
  stage: Stage;
  memberIds: readonly string[];
}

/** The teams with the given ids and their current members, in one query however many there are. */
export async function goalTeamsById(ctx: Pick<Ctx, 'now' | 'timeZone'>, q: Queryable, ids: Iterable<string>): Promise<Map<string, GoalTeam>> {
  const unique = [...new Set([...ids].map((id) => id.toLowerCase()))];
  if (unique.length === 0) return new Map();
  const date = today(ctx);
  const rows = await queryRows<{ id: string; name: string; stage: Stage; business_lead_id: string | null; it_lead_id: string | null; member_ids: string[] | null }>(q, sql`
    select t.id, t.name, t.stage, t.business_lead_id, t.it_lead_id,
      (select array_agg(distinct m.person_id) from memberships m
        where m.team_id = t.id and m.start_date <= ${date}::date and (m.end_date is null or m.end_date >= ${date}::date)) as member_ids
    from teams t where t.id = any(${sql.param(unique)}::uuid[])`);
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, stage: r.stage, businessLeadId: r.business_lead_id, itLeadId: r.it_lead_id, memberIds: r.member_ids ?? [] }]),
  );
}

/** Whether the actor could do this to the team while it runs: a sunset team refuses them only because it is sunset. */
export const mayWhileRunning = (actor: Actor, action: TeamAction, team: GoalTeam) => can(actor, action, team.stage === 'sunset' ? { ...team, stage: 'active' } : team);

/**
 * A team's goals and metrics change only while the team runs: whoever would otherwise be allowed
 * is told the team is sunset (409, naming `field` when given), everyone else is refused (403).
 */
export function authorizeGoalsWrite(actor: Actor, action: TeamAction, team: GoalTeam, field?: string): void {
  if (can(actor, action, team)) return;
  if (mayWhileRunning(actor, action, team)) {
    throw new DomainError('team_read_only', `${team.name} is sunset; its goals and metrics are kept read-only`, field ? [{ field, code: 'team_sunset', message: `${team.name} is sunset` }] : []);
  }
  authorize(actor, action, team);
}

export type MetricRow = typeof metrics.$inferSelect;

/** Whether the actor may see a metric (and its measurements): whoever may read its team's goals. */
export const canSeeMetric = (actor: Actor, owner: GoalTeam | undefined): owner is GoalTeam => owner !== undefined && can(actor, 'team.readGoals', owner);

export function presentMetric(row: MetricRow, owner: GoalTeam, ctx: Pick<Ctx, 'actor' | 'now'>): Metric {
  return {
    id: row.id,
    key: row.key,
    name: { de: row.nameDe, en: row.nameEn },
    unit: row.unit,
    direction: row.direction,
    aggregation: row.aggregation,
    ownerTeam: { id: owner.id, name: owner.name },
    customerValue: row.customerValue,
    source: row.source,
    expectedIntervalDays: row.expectedIntervalDays,
    minValue: row.minValue,
    maxValue: row.maxValue,
    lastMeasuredAt: row.lastMeasuredAt?.toISOString() ?? null,
    lastValue: row.lastValue,
    stale: isStale(row.lastMeasuredAt, row.expectedIntervalDays, ctx.now()),
    version: row.version,
    abilities: { update: can(ctx.actor, 'team.manageGoals', owner), record: can(ctx.actor, 'team.recordMeasurements', owner) },
  };
}

export function presentMetricRef(row: MetricRow, now: Date): MetricRef {
  return {
    id: row.id,
    key: row.key,
    name: { de: row.nameDe, en: row.nameEn },
    unit: row.unit,
    direction: row.direction,
    aggregation: row.aggregation,
    customerValue: row.customerValue,
    lastMeasuredAt: row.lastMeasuredAt?.toISOString() ?? null,
    stale: isStale(row.lastMeasuredAt, row.expectedIntervalDays, now),
    ownerTeamId: row.ownerTeamId,
  };
}
