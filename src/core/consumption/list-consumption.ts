import { and, desc, eq, gt, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ConsumptionQuery, ConsumptionRecord } from '../../contracts/index.ts';
import { consumption, services, teams } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { decodeCursor, pageOf } from '../shared/cursor.ts';
import { presentRecord } from './consumption-queries.ts';

export interface ListConsumptionInput extends z.infer<typeof ConsumptionQuery> {
  cursor?: string | undefined;
  limit: number;
}

/**
 * Recorded consumption, newest month first, then by team and service name. Team and service names
 * are unique, so month + both names identify a row and serve as the cursor.
 */
export async function listConsumption(ctx: Ctx, input: ListConsumptionInput): Promise<{ items: ConsumptionRecord[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'portfolio.read');
  const where: SQL[] = [];
  const cursor = decodeCursor(input.cursor, 3);
  if (cursor) {
    const [month, teamName, serviceName] = cursor.map(String) as [string, string, string];
    where.push(
      or(
        lt(consumption.month, month),
        and(eq(consumption.month, month), or(gt(teams.name, teamName), and(eq(teams.name, teamName), gt(services.name, serviceName)))),
      )!,
    );
  }
  if (input.teamId) where.push(eq(consumption.teamId, input.teamId));
  if (input.serviceId) where.push(eq(consumption.serviceId, input.serviceId));
  if (input.from) where.push(gte(consumption.month, input.from));
  if (input.to) where.push(lte(consumption.month, input.to));
  const rows = await ctx.db
    .select({ c: consumption, teamName: teams.name, serviceName: services.name, unit: services.unit })
    .from(consumption)
    .innerJoin(teams, eq(teams.id, consumption.teamId))
    .innerJoin(services, eq(services.id, consumption.serviceId))
    .where(and(...where))
    .orderBy(desc(consumption.month), teams.name, services.name)
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => [r.c.month, r.teamName, r.serviceName]);
  return {
    items: page.items.map((r) => presentRecord(r.c, { name: r.teamName }, { name: r.serviceName, unit: r.unit })),
    nextCursor: page.nextCursor,
  };
}
