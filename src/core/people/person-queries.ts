import { and, eq, inArray, isNull, lte, or, gte, sql } from 'drizzle-orm';
import { sideOf, type Person } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { memberships, people } from '../../db/schema.ts';

export type PersonRow = typeof people.$inferSelect;

/** Each person's total allocation on `date`, summed in SQL so lists stay one round trip. */
export async function allocationsOn(db: Queryable, personIds: readonly string[], date: string): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: memberships.personId, total: sql<number>`coalesce(sum(${memberships.allocation}), 0)::int` })
    .from(memberships)
    .where(
      and(
        inArray(memberships.personId, [...personIds]),
        lte(memberships.startDate, date),
        or(isNull(memberships.endDate), gte(memberships.endDate, date)),
      ),
    )
    .groupBy(memberships.personId);
  return new Map(rows.map((r) => [r.personId, Number(r.total)]));
}

export function presentPerson(row: PersonRow, allocation: number): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    discipline: row.discipline,
    side: sideOf(row.discipline),
    jobTitle: row.jobTitle,
    allocation,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function personSnapshot(p: PersonRow) {
  return { id: p.id, name: p.name, email: p.email, discipline: p.discipline, jobTitle: p.jobTitle, version: p.version };
}

export async function findPerson(db: Queryable, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export async function lockPerson(db: Queryable, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id)).for('update');
  return row;
}

export async function assertEmailFree(db: Queryable, email: string, exceptId?: string): Promise<string | null> {
  const [row] = await db.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = lower(${email})`).limit(1);
  return row && row.id !== exceptId ? row.id : null;
}
