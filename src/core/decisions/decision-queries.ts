import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Approval, Criticality, Decision, DecisionSummary, Evaluation, ServiceRef } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { decisionApprovals, decisions, memberships, services, teams } from '../../db/schema.ts';
import { currentRuleSet, heldRoleKeys, roleNames } from '../operating-model/model-queries.ts';
import { canApprove, mayEditDecision, type TeamResource } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { evaluateDecision, type DecisionFacts } from './evaluate-decision.ts';

export type DecisionRow = typeof decisions.$inferSelect;
export type ApprovalRow = typeof decisionApprovals.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;

export async function lockDecision(db: Queryable, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id)).for('update');
  return row;
}

export async function findDecision(db: Queryable, id: string): Promise<DecisionRow | undefined> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row;
}

/** The team as the policy sees it for decisions: with the people who are members today. */
export async function teamResource(ctx: Ctx, db: Queryable, team: TeamRow): Promise<TeamResource> {
  const date = today(ctx);
  const rows = await db
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.teamId, team.id), lte(memberships.startDate, date), or(isNull(memberships.endDate), gte(memberships.endDate, date))));
  return { stage: team.stage, businessLeadId: team.businessLeadId, itLeadId: team.itLeadId, memberIds: rows.map((r) => r.personId) };
}

export async function findTeamRow(db: Queryable, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}

export async function serviceRows(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: services.id, name: services.name, kind: services.kind, lifecycle: services.lifecycle, criticality: services.criticality })
    .from(services)
    .where(inArray(services.id, [...ids]))
    .orderBy(asc(services.name));
}

export function factsOf(row: DecisionRow, criticalities: readonly Criticality[]): DecisionFacts {
  return {
    category: row.category,
    budgetImpactCents: row.budgetImpactCents,
    personalData: row.personalData,
    newVendor: row.newVendor,
    affectedServiceCriticalities: criticalities,
  };
}

/** The decision judged by the decision rights in force now, with the team's current limit. */
export async function evaluateNow(db: Queryable, row: DecisionRow, team: TeamRow): Promise<Evaluation> {
  const ruleSet = await currentRuleSet(db);
  const names = await roleNames(db);
  const affected = await serviceRows(db, row.affectedServiceIds);
  return evaluateDecision(
    factsOf(row, affected.map((s) => s.criticality)),
    ruleSet,
    team.autonomyLimitCents,
    names,
  );
}

export async function approvalsOf(db: Queryable, decisionIds: readonly string[]): Promise<ApprovalRow[]> {
  if (decisionIds.length === 0) return [];
  return db.select().from(decisionApprovals).where(inArray(decisionApprovals.decisionId, [...decisionIds])).orderBy(asc(decisionApprovals.at), asc(decisionApprovals.id));
}

/** Required roles still without a verdict; only a decision waiting for approval has any. */
export function pendingRoles(row: DecisionRow, approvals: readonly ApprovalRow[]): string[] {
  if (row.status !== 'pending_approval' || !row.evaluation) return [];
  const answered = new Set(approvals.filter((a) => a.decisionId === row.id).map((a) => a.approverRole));
  return row.evaluation.required.map((r) => r.approverRole).filter((role) => !answered.has(role));
}

export function presentSummary(row: DecisionRow, teamName: string, approvals: readonly ApprovalRow[]): DecisionSummary {
  return {
    id: row.id,
    teamId: row.teamId,
    teamName,
    title: row.title,
    category: row.category,
    status: row.status,
    budgetImpactCents: row.budgetImpactCents,
    personalData: row.personalData,
    newVendor: row.newVendor,
    proposedBy: row.proposedByLabel,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    pendingRoles: pendingRoles(row, approvals),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

function presentApproval(a: ApprovalRow): Approval {
  return { id: a.id, approverRole: a.approverRole, verdict: a.verdict, comment: a.comment, approver: { id: a.approverUserId, name: a.approverName }, at: a.at.toISOString() };
}

async function titleOf(db: Queryable, id: string | null): Promise<{ id: string; title: string } | null> {
  if (id === null) return null;
  const [row] = await db.select({ id: decisions.id, title: decisions.title }).from(decisions).where(eq(decisions.id, id));
  return row ?? null;
}

/** The full decision view, read through `db` so a use case can present what its own transaction wrote. */
export async function presentDecision(ctx: Ctx, db: Queryable, row: DecisionRow): Promise<Decision> {
  const team = (await findTeamRow(db, row.teamId))!;
  // One after another: inside a transaction every read shares one connection.
  const resource = await teamResource(ctx, db, team);
  const approvals = await approvalsOf(db, [row.id]);
  const affected = await serviceRows(db, row.affectedServiceIds);
  const preview = await evaluateNow(db, row, team);
  const held = await heldRoleKeys(db, ctx.actor.personId);
  const supersedes = await titleOf(db, row.supersedesId);
  const supersededBy = await titleOf(db, row.supersededById);
  const editable = row.status === 'proposed' && mayEditDecision(ctx.actor, row, resource);
  const pending = pendingRoles(row, approvals);
  return {
    ...presentSummary(row, team.name, approvals),
    context: row.context,
    options: row.options,
    choice: row.choice,
    rationale: row.rationale,
    affectedServices: affected.map(({ id, name, kind, lifecycle }): ServiceRef => ({ id, name, kind, lifecycle })),
    links: row.links,
    evaluation: row.evaluation,
    preview,
    approvals: approvals.map(presentApproval),
    supersedes,
    supersededBy,
    abilities: { update: editable, submit: editable, approveAs: pending.filter((role) => canApprove(ctx.actor, held, role, row)) },
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a decision: its own fields. */
export function decisionSnapshot(d: DecisionRow) {
  return {
    id: d.id,
    teamId: d.teamId,
    title: d.title,
    category: d.category,
    context: d.context,
    options: d.options,
    choice: d.choice,
    rationale: d.rationale,
    budgetImpactCents: d.budgetImpactCents,
    personalData: d.personalData,
    newVendor: d.newVendor,
    affectedServiceIds: d.affectedServiceIds,
    links: d.links,
    status: d.status,
    supersedesId: d.supersedesId,
    supersededById: d.supersededById,
    ruleSetVersion: d.ruleSetVersion,
    evaluation: d.evaluation,
    submittedAt: d.submittedAt,
    decidedAt: d.decidedAt,
    version: d.version,
  };
}
