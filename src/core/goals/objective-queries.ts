import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CheckIn, GoalSettings, KeyResult, Objective } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { checkIns, keyResults, metrics, objectives } from '../../db/schema.ts';
import { authorize, can } from '../policy.ts';
import { today, type Actor, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { authorizeGoalsWrite, goalTeamsById, presentMetricRef, type GoalTeam, type MetricRow } from './goal-queries.ts';
import { keyResultFigures } from './key-result-figures.ts';
import { evaluateKeyResult, rollUp } from './progress-rules.ts';

export type ObjectiveRow = typeof objectives.$inferSelect;
export type KeyResultRow = typeof keyResults.$inferSelect;
export type CheckInRow = typeof checkIns.$inferSelect;
export interface KeyResultWithMetric {
  kr: KeyResultRow;
  metric: MetricRow;
}

// An organization-wide objective (no team) is read by every signed-in person and written by the
// portfolio office; a team objective follows its team's goals rights.
export const mayManageObjective = (actor: Actor, team: GoalTeam | null) => (team ? can(actor, 'team.manageGoals', team) : can(actor, 'goals.manage'));
export const mayCheckIn = (actor: Actor, team: GoalTeam | null) => (team ? can(actor, 'team.checkIn', team) : can(actor, 'goals.manage'));

export const authorizeObjectiveRead = (actor: Actor, team: GoalTeam | null) => (team ? authorize(actor, 'team.readGoals', team) : authorize(actor, 'portfolio.read'));

export const authorizeObjectiveManage = (actor: Actor, team: GoalTeam | null) => (team ? authorizeGoalsWrite(actor, 'team.manageGoals', team) : authorize(actor, 'goals.manage'));
export const authorizeCheckIn = (actor: Actor, team: GoalTeam | null) => (team ? authorizeGoalsWrite(actor, 'team.checkIn', team) : authorize(actor, 'goals.manage'));

export async function findObjective(q: Queryable, id: string, lock = false): Promise<ObjectiveRow | undefined> {
  const query = q.select().from(objectives).where(eq(objectives.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findKeyResult(q: Queryable, id: string, lock = false): Promise<KeyResultWithMetric | undefined> {
  const query = q.select({ kr: keyResults, metric: metrics }).from(keyResults).innerJoin(metrics, eq(metrics.id, keyResults.metricId)).where(eq(keyResults.id, id));
  const [row] = lock ? await query.for('update', { of: keyResults }) : await query;
  return row;
}

/** The team whose rights apply to an objective, with its current members; null for an organization-wide one. */
export async function objectiveTeam(ctx: Ctx, q: Queryable, objective: Pick<ObjectiveRow, 'teamId'>): Promise<GoalTeam | null> {
  if (objective.teamId === null) return null;
  const team = (await goalTeamsById(ctx, q, [objective.teamId])).get(objective.teamId);
  if (!team) throw new Error(`objective of a team that does not exist: ${objective.teamId}`);
  return team;
}

/** What the audit log keeps of an objective and a key result: their own fields, not derived figures. */
export const objectiveSnapshot = (o: ObjectiveRow) => ({
  id: o.id,
  teamId: o.teamId,
  quarter: o.quarter,
  title: o.title,
  description: o.description,
  contributesTo: o.contributesTo,
  version: o.version,
});

export const keyResultSnapshot = (k: KeyResultRow) => ({
  id: k.id,
  objectiveId: k.objectiveId,
  metricId: k.metricId,
  title: k.title,
  baseline: k.baseline,
  target: k.target,
  periodStart: k.periodStart,
  periodEnd: k.periodEnd,
  position: k.position,
  version: k.version,
});

export const presentCheckIn = (c: CheckInRow): CheckIn => ({
  id: c.id,
  keyResultId: c.keyResultId,
  comment: c.comment,
  confidence: c.confidence,
  value: c.value,
  progress: c.progress,
  status: c.status,
  createdBy: c.createdBy,
  createdAt: c.createdAt.toISOString(),
});

/** The newest check-in of each key result, in one statement. */
async function lastCheckIns(q: Queryable, keyResultIds: readonly string[]): Promise<Map<string, CheckIn>> {
  if (keyResultIds.length === 0) return new Map();
  const rows = await q
    .selectDistinctOn([checkIns.keyResultId])
    .from(checkIns)
    .where(inArray(checkIns.keyResultId, [...keyResultIds]))
    .orderBy(checkIns.keyResultId, desc(checkIns.createdAt), desc(checkIns.id));
  return new Map(rows.map((r) => [r.keyResultId, presentCheckIn(r)]));
}

/**
 * Key results with their figures on today's date: three statements (figures, last check-ins and
 * none other) however many there are. `teamOf` names the team whose rights apply to each
 * objective (null for an organization-wide one).
 */
export async function presentKeyResults(
  ctx: Ctx,
  q: Queryable,
  rows: readonly KeyResultWithMetric[],
  teamOf: (objectiveId: string) => GoalTeam | null,
  settings: GoalSettings,
): Promise<KeyResult[]> {
  const ids = rows.map((r) => r.kr.id);
  const figures = await keyResultFigures(ctx, q, ids);
  const checkInsById = await lastCheckIns(q, ids);
  const date = today(ctx);
  const now = ctx.now();
  return rows.map(({ kr, metric }) => {
    const measured = figures.get(kr.id) ?? { current: null, sparkline: [] };
    const evaluated = evaluateKeyResult(
      { baseline: kr.baseline, target: kr.target, direction: metric.direction, periodStart: kr.periodStart, periodEnd: kr.periodEnd, current: measured.current },
      date,
      settings,
    );
    const team = teamOf(kr.objectiveId);
    return {
      id: kr.id,
      objectiveId: kr.objectiveId,
      metric: presentMetricRef(metric, now),
      title: kr.title,
      baseline: kr.baseline,
      target: kr.target,
      periodStart: kr.periodStart,
      periodEnd: kr.periodEnd,
      current: measured.current,
      ...evaluated,
      sparkline: measured.sparkline,
      lastCheckIn: checkInsById.get(kr.id) ?? null,
      version: kr.version,
      abilities: { update: mayManageObjective(ctx.actor, team), checkIn: mayCheckIn(ctx.actor, team) },
    };
  });
}

export interface ObjectiveRefRow {
  id: string;
  title: string;
  quarter: string;
}

/**
 * Objectives with their key results in position order, attainment and status: a constant number
 * of statements for any number of objectives and key results. `teams` holds the team of every
 * team objective among `rows`; `refs` may hold the organization objectives they contribute to
 * (those missing are read).
 */
export async function presentObjectives(
  ctx: Ctx,
  q: Queryable,
  rows: readonly ObjectiveRow[],
  { teams, settings, refs = [] }: { teams: ReadonlyMap<string, GoalTeam>; settings: GoalSettings; refs?: readonly ObjectiveRefRow[] },
): Promise<Objective[]> {
  if (rows.length === 0) return [];
  const teamOfRow = (o: ObjectiveRow): GoalTeam | null => {
    if (o.teamId === null) return null;
    const team = teams.get(o.teamId);
    if (!team) throw new Error(`the team of objective ${o.id} was not loaded`);
    return team;
  };
  const byId = new Map(rows.map((o) => [o.id, o]));
  const krRows = await q
    .select({ kr: keyResults, metric: metrics })
    .from(keyResults)
    .innerJoin(metrics, eq(metrics.id, keyResults.metricId))
    .where(inArray(keyResults.objectiveId, [...byId.keys()]))
    .orderBy(asc(keyResults.objectiveId), asc(keyResults.position), asc(keyResults.createdAt));
  const presented = await presentKeyResults(ctx, q, krRows, (id) => teamOfRow(byId.get(id)!), settings);

  const refById = new Map(refs.map((r) => [r.id, r]));
  const missing = [...new Set(rows.map((o) => o.contributesTo).filter((id): id is string => id !== null && !refById.has(id)))];
  if (missing.length) {
    const found = await q.select({ id: objectives.id, title: objectives.title, quarter: objectives.quarter }).from(objectives).where(inArray(objectives.id, missing));
    for (const r of found) refById.set(r.id, r);
  }

  const krsByObjective = new Map<string, KeyResult[]>();
  for (const kr of presented) {
    const list = krsByObjective.get(kr.objectiveId);
    if (list) list.push(kr);
    else krsByObjective.set(kr.objectiveId, [kr]);
  }
  return rows.map((o) => {
    const team = teamOfRow(o);
    const krs = krsByObjective.get(o.id) ?? [];
    const ref = o.contributesTo ? refById.get(o.contributesTo) : undefined;
    const mayManage = mayManageObjective(ctx.actor, team);
    return {
      id: o.id,
      teamId: o.teamId,
      teamName: team?.name ?? null,
      quarter: o.quarter,
      title: o.title,
      description: o.description,
      contributesTo: ref ? { id: ref.id, title: ref.title, quarter: ref.quarter } : null,
      ...rollUp(krs, settings),
      keyResults: krs,
      version: o.version,
      abilities: { update: mayManage, addKeyResult: mayManage },
    };
  });
}

/** Organization-wide objectives of a quarter, as team objectives name them. */
export async function organizationObjectivesOf(q: Queryable, quarter: string): Promise<ObjectiveRow[]> {
  return q
    .select()
    .from(objectives)
    .where(and(sql`${objectives.teamId} is null`, eq(objectives.quarter, quarter)))
    .orderBy(asc(objectives.createdAt), asc(objectives.id));
}

/**
 * Why `contributesTo` cannot be what an objective of `quarter` contributes to, or nothing when it
 * can: only a team objective contributes, and only to an organization-wide objective of its own
 * quarter.
 */
export async function assertContribution(q: Queryable, team: GoalTeam | null, quarter: string, contributesTo: string | null): Promise<void> {
  if (contributesTo === null) return;
  const refuse = (code: string, message: string, status: 'validation_failed' | 'rule_violation' = 'rule_violation') => {
    throw new DomainError(status, `The objective cannot contribute to ${contributesTo}: it ${message}`, [{ field: 'contributesTo', code, message }]);
  };
  if (team === null) refuse('organization_objective', 'is organization-wide itself; only team objectives contribute to an organization objective');
  const target = await findObjective(q, contributesTo);
  if (!target) return refuse('not_found', 'names no objective', 'validation_failed');
  if (target.teamId !== null) refuse('not_organization_objective', 'must be an organization-wide objective, not a team objective');
  if (target.quarter !== quarter) refuse('other_quarter', `must be an organization-wide objective of ${quarter}; this one is of ${target.quarter}`);
}
