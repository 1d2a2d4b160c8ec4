import { asc, eq, inArray } from 'drizzle-orm';
import type { Initiative, Milestone } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { initiatives, initiativeTeams, milestones, people, teams } from '../../db/schema.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { isOverdue, overdueCount } from './roadmap-rules.ts';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;

export async function findInitiative(db: Queryable, id: string): Promise<InitiativeRow | undefined> {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id));
  return row;
}

/** Milestone changes and date changes of the initiative both take this lock, so milestones stay within the dates. */
export async function lockInitiative(db: Queryable, id: string): Promise<InitiativeRow | undefined> {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id)).for('update');
  return row;
}

export async function milestonesOf(db: Queryable, initiativeId: string): Promise<MilestoneRow[]> {
  return db.select().from(milestones).where(eq(milestones.initiativeId, initiativeId)).orderBy(asc(milestones.dueOn), asc(milestones.title), asc(milestones.id));
}

export async function teamIdsOf(db: Queryable, initiativeId: string): Promise<string[]> {
  const rows = await db.select({ teamId: initiativeTeams.teamId }).from(initiativeTeams).where(eq(initiativeTeams.initiativeId, initiativeId));
  return rows.map((r) => r.teamId).sort();
}

/** Refuses an owner or teams that do not exist, naming each field. */
export async function assertOwnerAndTeams(db: Queryable, ownerId: string | null | undefined, teamIds: readonly string[] | undefined): Promise<void> {
  const problems: FieldError[] = [];
  if (ownerId) {
    const [owner] = await db.select({ id: people.id }).from(people).where(eq(people.id, ownerId));
    if (!owner) problems.push({ field: 'ownerId', code: 'not_found', message: 'no person with this id' });
  }
  if (teamIds && teamIds.length) {
    const found = await db.select({ id: teams.id }).from(teams).where(inArray(teams.id, [...new Set(teamIds)]));
    const known = new Set(found.map((t) => t.id));
    teamIds.forEach((id, i) => {
      if (!known.has(id)) problems.push({ field: `teamIds.${i}`, code: 'not_found', message: 'no team with this id' });
    });
  }
  if (problems.length) throw new DomainError('rule_violation', `The initiative cannot be saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, problems);
}

export function presentMilestone(m: MilestoneRow, today: string): Milestone {
  return { id: m.id, initiativeId: m.initiativeId, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, overdue: isOverdue(m, today), version: m.version };
}

export function milestoneSnapshot(m: MilestoneRow) {
  return { id: m.id, initiativeId: m.initiativeId, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, version: m.version };
}

export function initiativeSnapshot(i: InitiativeRow, teamIds: readonly string[]) {
  return { id: i.id, title: i.title, description: i.description, ownerId: i.ownerId, teamIds, status: i.status, startDate: i.startDate, endDate: i.endDate, version: i.version };
}

/** Initiatives with owner, teams and milestones: four queries, however many initiatives. */
export async function presentInitiatives(db: Queryable, rows: readonly InitiativeRow[], today: string): Promise<Initiative[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((id): id is string => id !== null))];
  // Sequential: `db` may be a transaction, which has a single connection.
  const owners = ownerIds.length ? await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, ownerIds)) : [];
  const linked = await db
    .select({ initiativeId: initiativeTeams.initiativeId, id: teams.id, name: teams.name })
    .from(initiativeTeams)
    .innerJoin(teams, eq(teams.id, initiativeTeams.teamId))
    .where(inArray(initiativeTeams.initiativeId, ids))
    .orderBy(asc(teams.name), asc(teams.id));
  const steps = await db.select().from(milestones).where(inArray(milestones.initiativeId, ids)).orderBy(asc(milestones.dueOn), asc(milestones.title), asc(milestones.id));
  const ownerById = new Map(owners.map((o) => [o.id, o]));
  return rows.map((r) => {
    const own = steps.filter((m) => m.initiativeId === r.id);
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      owner: (r.ownerId && ownerById.get(r.ownerId)) || null,
      teams: linked.filter((t) => t.initiativeId === r.id).map(({ id, name }) => ({ id, name })),
      status: r.status,
      startDate: r.startDate,
      endDate: r.endDate,
      milestones: own.map((m) => presentMilestone(m, today)),
      overdueMilestones: overdueCount(own, today),
      version: r.version,
    };
  });
}

export async function presentInitiative(db: Queryable, row: InitiativeRow, today: string): Promise<Initiative> {
  const [initiative] = await presentInitiatives(db, [row], today);
  return initiative!;
}
