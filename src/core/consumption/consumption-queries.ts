import { inArray } from 'drizzle-orm';
import type { ConsumptionRecord } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { consumption, services, teams } from '../../db/schema.ts';
import { authorizeServiceManagement } from '../services/service-access.ts';
import type { ServiceRow } from '../services/service-queries.ts';
import type { Actor } from '../shared/context.ts';
import type { TeamRow } from '../teams/team-queries.ts';

export type ConsumptionRow = typeof consumption.$inferSelect;

export function presentRecord(row: ConsumptionRow, team: { name: string }, service: { name: string; unit: string | null }): ConsumptionRecord {
  return {
    id: row.id,
    teamId: row.teamId,
    teamName: team.name,
    serviceId: row.serviceId,
    serviceName: service.name,
    month: row.month,
    quantity: row.quantity,
    unit: service.unit,
    unitPriceCents: row.unitPriceCents,
    costCents: row.quantity * row.unitPriceCents,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function consumptionSnapshot(row: ConsumptionRow) {
  return {
    id: row.id,
    teamId: row.teamId,
    serviceId: row.serviceId,
    month: row.month,
    quantity: row.quantity,
    unitPriceCents: row.unitPriceCents,
    batchId: row.batchId,
    version: row.version,
  };
}

export async function teamsById(db: Queryable, ids: readonly string[]): Promise<Map<string, TeamRow>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.select().from(teams).where(inArray(teams.id, unique)) : [];
  return new Map(rows.map((t) => [t.id, t]));
}

/**
 * The services, share-locked for the transaction: a price change waits until the consumption
 * being recorded has taken its snapshot of the price.
 */
export async function lockServicesForShare(db: Queryable, ids: readonly string[]): Promise<Map<string, ServiceRow>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.select().from(services).where(inArray(services.id, unique)).for('share') : [];
  return new Map(rows.map((s) => [s.id, s]));
}

/**
 * Recording consumption of a service is its platform team's job: each distinct owner team is
 * checked once. Services without a running owner fall to steering.
 */
export async function authorizeRecording(db: Queryable, actor: Actor, recorded: Iterable<ServiceRow>): Promise<void> {
  const list = [...recorded];
  const owners = await teamsById(
    db,
    list.map((s) => s.ownerTeamId).filter((id): id is string => id !== null),
  );
  const checked = new Set<string | null>();
  for (const s of list) {
    if (checked.has(s.ownerTeamId)) continue;
    checked.add(s.ownerTeamId);
    authorizeServiceManagement(actor, s.ownerTeamId ? (owners.get(s.ownerTeamId) ?? null) : null);
  }
}
