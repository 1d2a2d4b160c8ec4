import { and, eq, inArray, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { PROVIDED_KINDS, type HealthSignal } from '../../contracts/index.ts';
import { decisions, operatingModel, services, teams } from '../../db/schema.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { findTeam } from '../teams/team-queries.ts';
import { decisionWaiting, liveServiceWithoutOwner, providedServiceWithoutPrice, sortSignals, teamWithoutItLead, type ServiceFacts } from './health-rules.ts';

/** Used when the operating model row is missing; the migration seeds the same default. */
const DEFAULT_WAIT_DAYS = 14;

/**
 * What needs attention in the portfolio, most severe first. With `teamId`, only what concerns
 * that team: the team itself, the services it owns and its decisions.
 */
export async function listHealthSignals(ctx: Ctx, input: { teamId?: string | undefined }): Promise<{ items: HealthSignal[] }> {
  authorize(ctx.actor, 'portfolio.read');
  const { teamId } = input;
  if (teamId && !(await findTeam(ctx.db, teamId))) throw notFound('Team');
  const only = (column: PgColumn) => (teamId ? [eq(column, teamId)] : []);

  const [unowned, unpriced, leadless, waiting, [model]] = await Promise.all([
    // For one team: its live services, which concern it only once it is sunset (the rule decides).
    serviceFacts(ctx, and(eq(services.lifecycle, 'live'), teamId ? eq(services.ownerTeamId, teamId) : or(isNull(services.ownerTeamId), eq(teams.stage, 'sunset')))!),
    serviceFacts(
      ctx,
      and(inArray(services.kind, [...PROVIDED_KINDS]), inArray(services.lifecycle, ['planned', 'live']), isNull(services.unitPriceCents), ...only(services.ownerTeamId))!,
    ),
    ctx.db
      .select({ id: teams.id, name: teams.name, stage: teams.stage, itLeadId: teams.itLeadId })
      .from(teams)
      .where(and(ne(teams.stage, 'sunset'), isNull(teams.itLeadId), ...only(teams.id))),
    ctx.db
      .select({ id: decisions.id, title: decisions.title, teamId: decisions.teamId, teamName: teams.name, submittedAt: decisions.submittedAt })
      .from(decisions)
      .innerJoin(teams, eq(teams.id, decisions.teamId))
      .where(and(eq(decisions.status, 'pending_approval'), ...only(decisions.teamId))),
    ctx.db.select({ waitDays: operatingModel.decisionWaitDays }).from(operatingModel).limit(1),
  ]);
  const waitDays = model?.waitDays ?? DEFAULT_WAIT_DAYS;
  return {
    items: sortSignals([
      ...liveServiceWithoutOwner(unowned),
      ...teamWithoutItLead(leadless),
      ...decisionWaiting(
        waiting.flatMap((d) => (d.submittedAt ? [{ ...d, submittedAt: d.submittedAt }] : [])),
        ctx.now(),
        waitDays,
      ),
      ...providedServiceWithoutPrice(unpriced),
    ]),
  };
}

async function serviceFacts(ctx: Ctx, where: SQL): Promise<ServiceFacts[]> {
  const rows = await ctx.db
    .select({
      id: services.id,
      name: services.name,
      kind: services.kind,
      lifecycle: services.lifecycle,
      unitPriceCents: services.unitPriceCents,
      ownerId: teams.id,
      ownerName: teams.name,
      ownerStage: teams.stage,
    })
    .from(services)
    .leftJoin(teams, eq(teams.id, services.ownerTeamId))
    .where(where);
  return rows.map((r) => ({ ...r, owner: r.ownerId ? { id: r.ownerId, name: r.ownerName!, stage: r.ownerStage! } : null }));
}
