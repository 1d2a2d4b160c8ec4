import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Service, ServiceRef, ServiceSummary } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { serviceDependencies, services, teams } from '../../db/schema.ts';
import type { Actor } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import type { TeamRow } from '../teams/team-queries.ts';
import { canManageService, canRecordConsumption } from './service-access.ts';

export type ServiceRow = typeof services.$inferSelect;

export async function findService(db: Queryable, id: string): Promise<ServiceRow | undefined> {
  const [row] = await db.select().from(services).where(eq(services.id, id));
  return row;
}

export async function lockService(db: Queryable, id: string): Promise<ServiceRow | undefined> {
  const [row] = await db.select().from(services).where(eq(services.id, id)).for('update');
  return row;
}

/** The team named as owner, or a field error when there is none with that id. */
export async function loadOwner(db: Queryable, ownerTeamId: string | null): Promise<TeamRow | null> {
  if (ownerTeamId === null) return null;
  const [team] = await db.select().from(teams).where(eq(teams.id, ownerTeamId));
  if (!team) throw new DomainError('validation_failed', 'The owner team does not exist', [{ field: 'ownerTeamId', code: 'not_found', message: 'no team with this id' }]);
  return team;
}

export async function assertUniqueServiceName(db: Queryable, name: string, exceptId?: string): Promise<void> {
  const [row] = await db.select({ id: services.id }).from(services).where(sql`lower(${services.name}) = lower(${name})`).limit(1);
  if (row && row.id !== exceptId) {
    throw new DomainError('conflict', `A service named "${name}" already exists`, [{ field: 'name', code: 'taken', message: 'is already used by another service' }]);
  }
}

const refColumns = { id: services.id, name: services.name, kind: services.kind, lifecycle: services.lifecycle };

/** The services `ids` name, or a field error listing those that do not exist. */
export async function loadDependencyTargets(db: Queryable, ids: readonly string[]): Promise<ServiceRef[]> {
  if (ids.length === 0) return [];
  const found = await db.select(refColumns).from(services).where(inArray(services.id, [...ids]));
  const missing = ids.filter((id) => !found.some((s) => s.id === id));
  if (missing.length) {
    throw new DomainError('validation_failed', 'A service it depends on does not exist', [
      { field: 'dependsOn', code: 'not_found', message: `no service with id ${missing.join(', ')}` },
    ]);
  }
  return found;
}

interface Related {
  owners: Map<string, TeamRow>;
  dependsOn: Map<string, ServiceRef[]>;
  usedBy: Map<string, ServiceRef[]>;
}

/** Owners and both directions of the dependency graph for `rows`: three queries, however many services. */
async function relatedOf(db: Queryable, rows: readonly ServiceRow[], withUsedBy: boolean): Promise<Related> {
  const ids = rows.map((s) => s.id);
  const ownerIds = [...new Set(rows.map((s) => s.ownerTeamId).filter((id): id is string => id !== null))];
  const related: Related = { owners: new Map(), dependsOn: new Map(), usedBy: new Map() };
  if (ids.length === 0) return related;
  // One after the other: `db` may be a transaction, whose one connection runs one query at a time.
  const owners = ownerIds.length ? await db.select().from(teams).where(inArray(teams.id, ownerIds)) : [];
  const edges = await db
    .select({ serviceId: serviceDependencies.serviceId, dependsOnId: serviceDependencies.dependsOnId })
    .from(serviceDependencies)
    .where(withUsedBy ? or(inArray(serviceDependencies.serviceId, ids), inArray(serviceDependencies.dependsOnId, ids)) : inArray(serviceDependencies.serviceId, ids));
  for (const t of owners) related.owners.set(t.id, t);
  const refIds = [...new Set(edges.flatMap((e) => [e.serviceId, e.dependsOnId]))];
  const refs = refIds.length ? await db.select(refColumns).from(services).where(inArray(services.id, refIds)).orderBy(asc(services.name)) : [];
  const refById = new Map(refs.map((r) => [r.id, r]));
  const add = (map: Map<string, ServiceRef[]>, key: string, ref: ServiceRef | undefined) => ref && map.set(key, [...(map.get(key) ?? []), ref]);
  for (const e of edges) {
    add(related.dependsOn, e.serviceId, refById.get(e.dependsOnId));
    if (withUsedBy) add(related.usedBy, e.dependsOnId, refById.get(e.serviceId));
  }
  for (const list of [...related.dependsOn.values(), ...related.usedBy.values()]) list.sort((a, b) => a.name.localeCompare(b.name));
  return related;
}

function summaryOf(s: ServiceRow, related: Related): ServiceSummary {
  const owner = s.ownerTeamId ? related.owners.get(s.ownerTeamId) : undefined;
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    ownerTeam: owner ? { id: owner.id, name: owner.name } : null,
    criticality: s.criticality,
    lifecycle: s.lifecycle,
    unit: s.unit,
    unitPriceCents: s.unitPriceCents,
    dependsOn: related.dependsOn.get(s.id) ?? [],
    version: s.version,
  };
}

export async function presentServiceSummaries(db: Queryable, rows: readonly ServiceRow[]): Promise<ServiceSummary[]> {
  const related = await relatedOf(db, rows, false);
  return rows.map((s) => summaryOf(s, related));
}

/** The full service view, read through `db` so a use case can present what its own transaction wrote. */
export async function presentService(actor: Actor, db: Queryable, s: ServiceRow): Promise<Service> {
  const related = await relatedOf(db, [s], true);
  const owner = (s.ownerTeamId && related.owners.get(s.ownerTeamId)) || null;
  return {
    ...summaryOf(s, related),
    description: s.description,
    links: s.links,
    serviceLevels: s.serviceLevels,
    usedBy: related.usedBy.get(s.id) ?? [],
    abilities: { update: canManageService(actor, owner), recordConsumption: canRecordConsumption(actor, s, owner) },
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a service: its own fields and the ids it depends on. */
export function serviceSnapshot(s: ServiceRow, dependsOn: readonly string[]) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    ownerTeamId: s.ownerTeamId,
    criticality: s.criticality,
    lifecycle: s.lifecycle,
    description: s.description,
    links: s.links,
    unit: s.unit,
    unitPriceCents: s.unitPriceCents,
    serviceLevels: s.serviceLevels,
    dependsOn: [...dependsOn].sort(),
    version: s.version,
  };
}

export async function dependencyIdsOf(db: Queryable, serviceId: string): Promise<string[]> {
  const rows = await db.select({ id: serviceDependencies.dependsOnId }).from(serviceDependencies).where(eq(serviceDependencies.serviceId, serviceId));
  return rows.map((r) => r.id);
}
