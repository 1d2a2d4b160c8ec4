import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { serviceDependencies, services } from '../../db/schema.ts';
import { DomainError } from '../shared/errors.ts';
import type { TeamRow } from '../teams/team-queries.ts';
import { findCycleReplacing } from './dependency-graph.ts';
import { describeCycle, serviceProblems, type ServiceShape } from './service-rules.ts';

// Any constant works; it only has to be the same for every writer of the dependency graph.
const DEPENDENCY_GRAPH_LOCK = 7_401_002;

export function assertServiceRules(service: ServiceShape, owner: TeamRow | null): void {
  const problems = serviceProblems(service, owner);
  if (problems.length) throw new DomainError('rule_violation', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
}

/** A sunset team keeps its history read-only; it takes on no service. */
export function assertOwnerNotSunset(owner: TeamRow | null): void {
  if (owner?.stage === 'sunset') {
    throw new DomainError('team_read_only', `${owner.name} is sunset; it cannot own a service`, [
      { field: 'ownerTeamId', code: 'team_sunset', message: `${owner.name} is sunset; choose a team that is still running` },
    ]);
  }
}

/**
 * Refuses dependencies that would close a cycle, naming it. The graph lock makes two concurrent
 * edits queue up, so A → B and B → A cannot both pass the check.
 */
export async function assertNoCycle(tx: Tx, serviceId: string, dependsOn: readonly string[]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DEPENDENCY_GRAPH_LOCK})`);
  const edges = await tx.select({ from: serviceDependencies.serviceId, to: serviceDependencies.dependsOnId }).from(serviceDependencies);
  const cycle = findCycleReplacing(
    edges.map((e) => [e.from, e.to] as const),
    serviceId,
    dependsOn,
  );
  if (!cycle) return;
  const named = await tx.select({ id: services.id, name: services.name }).from(services);
  const nameOf = new Map(named.map((s) => [s.id, s.name]));
  const text = describeCycle(cycle, (id) => nameOf.get(id) ?? id);
  throw new DomainError('rule_violation', `The dependencies would form a cycle: ${text}`, [
    { field: 'dependsOn', code: 'cycle', message: `would form a cycle: ${text}` },
  ]);
}

export async function writeDependencies(tx: Tx, serviceId: string, dependsOn: readonly string[]): Promise<void> {
  await tx.delete(serviceDependencies).where(sql`${serviceDependencies.serviceId} = ${serviceId}`);
  if (dependsOn.length) await tx.insert(serviceDependencies).values(dependsOn.map((dependsOnId) => ({ serviceId, dependsOnId })));
}
