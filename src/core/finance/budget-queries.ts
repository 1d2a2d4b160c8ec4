import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Budget, BudgetLine, BudgetStatus, Reallocation } from '../../contracts/index.ts';
import { queryRows, type Queryable } from '../../db/client.ts';
import { budgetLines, budgetReallocations, budgets, memberships, teams } from '../../db/schema.ts';
import { can, canDecideBudget, type TeamResource } from '../policy.ts';
import { today, type Actor, type Ctx } from '../shared/context.ts';
import type { TeamRow } from '../teams/team-queries.ts';
import { currentCents, isEditable, normalizeLines, totalOf, type Movement } from './budget-rules.ts';

export type BudgetRow = typeof budgets.$inferSelect;
/** A budget as every reader sees it; `abilities` depend on the caller and are added by `withAbilities`. */
export type BudgetData = Omit<Budget, 'abilities'>;

interface Moved {
  inCents: number;
  outCents: number;
}

export function presentBudgetData(row: BudgetRow, teamName: string, lines: readonly BudgetLine[], moved: Moved): BudgetData {
  const sorted = normalizeLines(lines);
  const totalCents = totalOf(sorted);
  return {
    id: row.id,
    teamId: row.teamId,
    teamName,
    fiscalYear: row.fiscalYear,
    status: row.status,
    lines: sorted,
    totalCents,
    currentCents: currentCents(row.status, totalCents, moved.inCents, moved.outCents),
    note: row.note,
    decisionComment: row.decisionComment,
    proposedBy: row.proposedBy,
    proposedAt: row.proposedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** What the caller may do with the budget, so the web app shows only the buttons that work. */
export function withAbilities(actor: Actor, data: BudgetData, team: TeamResource, proposedByUserId: string | null): Budget {
  const edit = isEditable(data.status) && can(actor, 'team.editBudget', team);
  return {
    ...data,
    abilities: { edit, submit: edit && data.totalCents > 0, decide: canDecideBudget(actor, { status: data.status, proposedByUserId }) },
  };
}

/** The audit snapshot of a budget: its state, its lines and who proposed it. */
export function budgetSnapshot(data: BudgetData, proposedByUserId: string | null) {
  const { id, teamId, fiscalYear, status, lines, totalCents, note, decisionComment, proposedBy, decidedBy, version } = data;
  return { id, teamId, fiscalYear, status, lines, totalCents, note, decisionComment, proposedBy, proposedByUserId, decidedBy, version };
}

export async function linesOf(q: Queryable, budgetId: string): Promise<BudgetLine[]> {
  return q.select({ category: budgetLines.category, expenseType: budgetLines.expenseType, amountCents: budgetLines.amountCents }).from(budgetLines).where(eq(budgetLines.budgetId, budgetId));
}

/** Reallocations of the given teams in a fiscal year, oldest first. */
export async function movementsOf(q: Queryable, teamIds: readonly string[], fiscalYear: number): Promise<Movement[]> {
  if (teamIds.length === 0) return [];
  return q
    .select({
      fromTeamId: budgetReallocations.fromTeamId,
      toTeamId: budgetReallocations.toTeamId,
      category: budgetReallocations.category,
      expenseType: budgetReallocations.expenseType,
      amountCents: budgetReallocations.amountCents,
    })
    .from(budgetReallocations)
    .where(and(eq(budgetReallocations.fiscalYear, fiscalYear), or(inArray(budgetReallocations.fromTeamId, [...teamIds]), inArray(budgetReallocations.toTeamId, [...teamIds]))))
    .orderBy(asc(budgetReallocations.createdAt), asc(budgetReallocations.id));
}

function movedFor(teamId: string, movements: readonly Movement[]): Moved {
  let inCents = 0;
  let outCents = 0;
  for (const m of movements) {
    if (m.toTeamId === teamId) inCents += m.amountCents;
    if (m.fromTeamId === teamId) outCents += m.amountCents;
  }
  return { inCents, outCents };
}

export async function findBudgetRow(q: Queryable, teamId: string, fiscalYear: number): Promise<BudgetRow | undefined> {
  const [row] = await q.select().from(budgets).where(and(eq(budgets.teamId, teamId), eq(budgets.fiscalYear, fiscalYear)));
  return row;
}

/** The budget row, locked until the transaction ends: submissions and decisions on it queue. */
export async function lockBudgetRow(q: Queryable, teamId: string, fiscalYear: number): Promise<BudgetRow | undefined> {
  const [row] = await q.select().from(budgets).where(and(eq(budgets.teamId, teamId), eq(budgets.fiscalYear, fiscalYear))).for('update');
  return row;
}

/** Presents a stored budget row (its lines and reallocations read in `q`). */
export async function budgetDataOf(q: Queryable, row: BudgetRow, teamName: string): Promise<BudgetData> {
  const lines = await linesOf(q, row.id);
  const movements = row.status === 'approved' ? await movementsOf(q, [row.teamId], row.fiscalYear) : [];
  return presentBudgetData(row, teamName, lines, movedFor(row.teamId, movements));
}

/**
 * A team's budget for a fiscal year as every reader sees it (no abilities), or null when the team
 * has none. For reports that show the budget beside the figures; it does not authorize.
 */
export async function loadBudget(q: Queryable, teamId: string, fiscalYear: number): Promise<BudgetData | null> {
  const [found] = await q.select({ b: budgets, teamName: teams.name }).from(budgets).innerJoin(teams, eq(teams.id, budgets.teamId)).where(and(eq(budgets.teamId, teamId), eq(budgets.fiscalYear, fiscalYear)));
  return found ? budgetDataOf(q, found.b, found.teamName) : null;
}

export interface BudgetListFilter {
  fiscalYear?: number | undefined;
  status?: BudgetStatus | undefined;
}

export interface ListedBudget {
  data: BudgetData;
  team: TeamResource;
  proposedByUserId: string | null;
}

/**
 * Every team's budget matching the filter, newest fiscal year first, then by team name: three
 * queries (budgets with their teams, their lines, the reallocations) however many teams there are.
 */
export async function listBudgetData(q: Queryable, filter: BudgetListFilter): Promise<ListedBudget[]> {
  const conditions: SQL[] = [];
  if (filter.fiscalYear !== undefined) conditions.push(eq(budgets.fiscalYear, filter.fiscalYear));
  if (filter.status !== undefined) conditions.push(eq(budgets.status, filter.status));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await q
    .select({ b: budgets, teamName: teams.name, stage: teams.stage, businessLeadId: teams.businessLeadId, itLeadId: teams.itLeadId })
    .from(budgets)
    .innerJoin(teams, eq(teams.id, budgets.teamId))
    .where(where)
    .orderBy(desc(budgets.fiscalYear), asc(teams.name), asc(teams.id));
  if (rows.length === 0) return [];
  const lines = await q
    .select({ budgetId: budgetLines.budgetId, category: budgetLines.category, expenseType: budgetLines.expenseType, amountCents: budgetLines.amountCents })
    .from(budgetLines)
    .innerJoin(budgets, eq(budgets.id, budgetLines.budgetId))
    .where(where);
  const linesByBudget = new Map<string, BudgetLine[]>();
  for (const { budgetId, ...line } of lines) linesByBudget.set(budgetId, [...(linesByBudget.get(budgetId) ?? []), line]);
  const moved = await movedByTeamYear(q, filter.fiscalYear);
  return rows.map((r) => ({
    data: presentBudgetData(r.b, r.teamName, linesByBudget.get(r.b.id) ?? [], moved.get(`${r.b.teamId}/${r.b.fiscalYear}`) ?? { inCents: 0, outCents: 0 }),
    team: { stage: r.stage, businessLeadId: r.businessLeadId, itLeadId: r.itLeadId },
    proposedByUserId: r.b.proposedByUserId,
  }));
}

async function movedByTeamYear(q: Queryable, fiscalYear: number | undefined): Promise<Map<string, Moved>> {
  const year = fiscalYear === undefined ? sql`true` : sql`fiscal_year = ${fiscalYear}`;
  const rows = await queryRows<{ team_id: string; fiscal_year: number; in_cents: string | number; out_cents: string | number }>(q, sql`
    select team_id, fiscal_year, sum(in_cents) as in_cents, sum(out_cents) as out_cents from (
      select to_team_id as team_id, fiscal_year, amount_cents as in_cents, 0 as out_cents from budget_reallocations where ${year}
      union all
      select from_team_id, fiscal_year, 0, amount_cents from budget_reallocations where ${year}
    ) moved group by 1, 2`);
  return new Map(rows.map((r) => [`${r.team_id}/${Number(r.fiscal_year)}`, { inCents: Number(r.in_cents), outCents: Number(r.out_cents) }]));
}

/** The team as the policy sees it, with its current members (who may read its finances). */
export async function financeTeamResource(ctx: Ctx, q: Queryable, team: TeamRow): Promise<TeamResource> {
  const date = today(ctx);
  const rows = await q
    .select({ personId: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.teamId, team.id), lte(memberships.startDate, date), or(isNull(memberships.endDate), gte(memberships.endDate, date))));
  return { stage: team.stage, businessLeadId: team.businessLeadId, itLeadId: team.itLeadId, memberIds: rows.map((r) => r.personId) };
}

export type ReallocationRow = typeof budgetReallocations.$inferSelect;

export function presentReallocation(row: ReallocationRow, names: ReadonlyMap<string, string>): Reallocation {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    fromTeamId: row.fromTeamId,
    fromTeamName: names.get(row.fromTeamId) ?? '',
    toTeamId: row.toTeamId,
    toTeamName: names.get(row.toTeamId) ?? '',
    category: row.category,
    expenseType: row.expenseType,
    month: row.month,
    amountCents: row.amountCents,
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}
