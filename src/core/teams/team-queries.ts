import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { sideOf, type Discipline, type Membership, type TeamSummary } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { memberships, people, teams } from '../../db/schema.ts';
import { isCurrent } from '../memberships/allocation.ts';

export type TeamRow = typeof teams.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

export async function membershipsOf(db: Queryable, where: SQL, date: string): Promise<Membership[]> {
  const rows = await db
    .select({ m: memberships, personName: people.name, discipline: people.discipline, teamName: teams.name })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(where)
    .orderBy(people.name, memberships.startDate);
  return rows.map((r) => presentMembership(r.m, r.personName, r.discipline as Discipline, r.teamName, date));
}

export function presentMembership(m: MembershipRow, personName: string, discipline: Discipline, teamName: string, date: string): Membership {
  return {
    id: m.id,
    teamId: m.teamId,
    teamName,
    personId: m.personId,
    personName,
    discipline,
    side: sideOf(discipline),
    role: m.role,
    allocation: m.allocation,
    startDate: m.startDate,
    endDate: m.endDate,
    current: isCurrent(m, date),
    version: m.version,
  };
}

/** Headcount, FTE and business/IT mix from the memberships that cover `date`. */
export function staffing(list: readonly Membership[]): Pick<TeamSummary, 'headcount' | 'fte' | 'businessShare'> {
  const current = list.filter((m) => m.current);
  const total = current.reduce((sum, m) => sum + m.allocation, 0);
  const business = current.filter((m) => m.side === 'business').reduce((sum, m) => sum + m.allocation, 0);
  return {
    headcount: new Set(current.map((m) => m.personId)).size,
    fte: total / 100,
    businessShare: total === 0 ? null : Math.round((business / total) * 100) / 100,
  };
}

export interface TeamsWithMembers {
  summaries: Map<string, TeamSummary>;
  members: Membership[];
}

/** Summaries for `rows` plus the memberships they were computed from: two queries, however many teams. */
export async function summarizeTeams(db: Queryable, rows: readonly TeamRow[], date: string): Promise<TeamsWithMembers> {
  const summaries = new Map<string, TeamSummary>();
  if (rows.length === 0) return { summaries, members: [] };
  const teamIds = rows.map((t) => t.id);
  const leadIds = [...new Set(rows.flatMap((t) => [t.businessLeadId, t.itLeadId]).filter((id): id is string => id !== null))];
  // Sequential: `db` may be a transaction, which has a single connection.
  const members = await membershipsOf(db, inArray(memberships.teamId, teamIds), date);
  const leads = leadIds.length
    ? await db.select({ id: people.id, name: people.name, discipline: people.discipline }).from(people).where(inArray(people.id, leadIds))
    : [];
  const leadById = new Map(leads.map((p) => [p.id, p]));
  const byTeam = new Map<string, Membership[]>();
  for (const m of members) byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m]);
  for (const t of rows) {
    summaries.set(t.id, {
      id: t.id,
      name: t.name,
      kind: t.kind,
      mandateKind: t.mandateKind,
      stage: t.stage,
      customerSegment: t.customerSegment,
      businessLead: (t.businessLeadId && leadById.get(t.businessLeadId)) || null,
      itLead: (t.itLeadId && leadById.get(t.itLeadId)) || null,
      ...staffing(byTeam.get(t.id) ?? []),
      version: t.version,
    });
  }
  return { summaries, members };
}

export async function lockTeam(db: Queryable, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id)).for('update');
  return row;
}

export async function findTeam(db: Queryable, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(and(eq(teams.id, id)));
  return row;
}
