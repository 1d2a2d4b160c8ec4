import { eq } from 'drizzle-orm';
import type { PersonDetail } from '../../contracts/index.ts';
import { memberships } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { membershipsOf } from '../teams/team-queries.ts';
import { allocationsOn, findPerson, presentPerson } from './person-queries.ts';

export async function getPerson(ctx: Ctx, id: string): Promise<PersonDetail> {
  authorize(ctx.actor, 'portfolio.read');
  const row = await findPerson(ctx.db, id);
  if (!row) throw notFound('Person');
  const date = today(ctx);
  const [allocation, list] = await Promise.all([allocationsOn(ctx.db, [id], date), membershipsOf(ctx.db, eq(memberships.personId, id), date)]);
  return { ...presentPerson(row, allocation.get(id) ?? 0), memberships: list };
}
