import { and, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ServicesQuery, ServiceSummary } from '../../contracts/index.ts';
import { services } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { decodeCursor, pageOf } from '../shared/cursor.ts';
import { escapeLike } from '../teams/list-teams.ts';
import { presentServiceSummaries } from './service-queries.ts';

export interface ListServicesInput extends z.infer<typeof ServicesQuery> {
  cursor?: string | undefined;
  limit: number;
}

/** The service catalog, by name; every signed-in role reads it. */
export async function listServices(ctx: Ctx, input: ListServicesInput): Promise<{ items: ServiceSummary[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'model.read');
  const where: SQL[] = [];
  const cursor = decodeCursor(input.cursor, 2);
  if (cursor) {
    const [name, id] = cursor.map(String) as [string, string];
    where.push(or(gt(services.name, name), and(eq(services.name, name), gt(services.id, id)))!);
  }
  if (input.q) where.push(or(ilike(services.name, `%${escapeLike(input.q)}%`), ilike(services.description, `%${escapeLike(input.q)}%`))!);
  if (input.kind) where.push(eq(services.kind, input.kind));
  if (input.lifecycle) where.push(eq(services.lifecycle, input.lifecycle));
  if (input.criticality) where.push(eq(services.criticality, input.criticality));
  if (input.ownerTeamId) where.push(eq(services.ownerTeamId, input.ownerTeamId));
  const rows = await ctx.db
    .select()
    .from(services)
    .where(and(...where))
    .orderBy(services.name, services.id)
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (s) => [s.name, s.id]);
  return { items: await presentServiceSummaries(ctx.db, page.items), nextCursor: page.nextCursor };
}
