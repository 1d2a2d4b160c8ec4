import { and, eq, gt, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { BUSINESS_DISCIPLINES, IT_DISCIPLINES, type PeopleQuery, type Person } from '../../contracts/index.ts';
import { people } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { decodeCursor, pageOf } from '../shared/cursor.ts';
import { escapeLike } from '../teams/list-teams.ts';
import { allocationsOn, presentPerson } from './person-queries.ts';

export interface ListPeopleInput extends z.infer<typeof PeopleQuery> {
  cursor?: string | undefined;
  limit: number;
}

export async function listPeople(ctx: Ctx, input: ListPeopleInput): Promise<{ items: Person[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'portfolio.read');
  const where: SQL[] = [];
  const cursor = decodeCursor(input.cursor, 2);
  if (cursor) {
    const [name, id] = cursor.map(String) as [string, string];
    where.push(or(gt(people.name, name), and(eq(people.name, name), gt(people.id, id)))!);
  }
  if (input.q) {
    const pattern = `%${escapeLike(input.q)}%`;
    where.push(or(ilike(people.name, pattern), ilike(people.email, pattern), ilike(people.jobTitle, pattern))!);
  }
  if (input.discipline) where.push(eq(people.discipline, input.discipline));
  if (input.side) where.push(inArray(people.discipline, [...(input.side === 'business' ? BUSINESS_DISCIPLINES : IT_DISCIPLINES)]));
  const rows = await ctx.db
    .select()
    .from(people)
    .where(and(...where))
    .orderBy(people.name, people.id)
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (p) => [p.name, p.id]);
  const allocations = await allocationsOn(ctx.db, page.items.map((p) => p.id), today(ctx));
  return { items: page.items.map((p) => presentPerson(p, allocations.get(p.id) ?? 0)), nextCursor: page.nextCursor };
}
