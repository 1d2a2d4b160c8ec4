import { desc, eq, sql } from 'drizzle-orm';
import type { TeamServices } from '../../contracts/index.ts';
import { consumption, services } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findTeam } from '../teams/team-queries.ts';
import { presentServiceSummaries } from './service-queries.ts';

/** What a team runs, and what it uses of the platforms with the cost allocated to it (showback). */
export async function getTeamServices(ctx: Ctx, teamId: string): Promise<TeamServices> {
  const team = await findTeam(ctx.db, teamId);
  if (!team) throw notFound('Team');
  authorize(ctx.actor, 'team.read', team);
  const costCents = sql<string>`sum(${consumption.quantity} * ${consumption.unitPriceCents})`;
  const [owned, consumed] = await Promise.all([
    ctx.db.select().from(services).where(eq(services.ownerTeamId, teamId)).orderBy(services.name, services.id),
    ctx.db
      .select({
        id: services.id,
        name: services.name,
        kind: services.kind,
        lifecycle: services.lifecycle,
        unit: services.unit,
        months: sql<string>`count(*)`,
        quantity: sql<string>`sum(${consumption.quantity})`,
        costCents,
        lastMonth: sql<string>`max(${consumption.month})`,
      })
      .from(consumption)
      .innerJoin(services, eq(services.id, consumption.serviceId))
      .where(eq(consumption.teamId, teamId))
      .groupBy(services.id)
      .orderBy(desc(costCents), services.name),
  ]);
  return {
    owned: await presentServiceSummaries(ctx.db, owned),
    consumed: consumed.map((c) => ({
      service: { id: c.id, name: c.name, kind: c.kind, lifecycle: c.lifecycle },
      unit: c.unit,
      months: Number(c.months),
      quantity: Number(c.quantity),
      costCents: Number(c.costCents),
      lastMonth: c.lastMonth,
    })),
  };
}
