import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Cadence, DecisionRuleSet, ModelRole } from '../../contracts/index.ts';
import { CADENCE_FREQUENCIES } from '../../contracts/index.ts';
import type { Queryable } from '../../db/client.ts';
import { cadences, decisionRuleSets, modelRoleHolders, modelRoles, operatingModel, people } from '../../db/schema.ts';

export type RuleSetRow = typeof decisionRuleSets.$inferSelect;
export type OperatingModelRow = typeof operatingModel.$inferSelect;
export type RoleWithHolders = ModelRole & { holders: { id: string; name: string }[] };

/**
 * Locks the one operating-model row. Every change of roles or decision rights takes this lock
 * first, so a role cannot lose its approver flag while another transaction adds a rule that needs it.
 */
export async function lockOperatingModel(db: Queryable): Promise<OperatingModelRow> {
  const [row] = await db.select().from(operatingModel).where(eq(operatingModel.id, 1)).for('update');
  if (!row) throw new Error('operating model row missing: migrations have not run');
  return row;
}

export async function findOperatingModel(db: Queryable): Promise<OperatingModelRow> {
  const [row] = await db.select().from(operatingModel).where(eq(operatingModel.id, 1));
  if (!row) throw new Error('operating model row missing: migrations have not run');
  return row;
}

export async function currentRuleSet(db: Queryable): Promise<RuleSetRow> {
  const [row] = await db.select().from(decisionRuleSets).orderBy(desc(decisionRuleSets.version)).limit(1);
  if (!row) throw new Error('no decision rule set: migrations have not run');
  return row;
}

export function presentRuleSet(row: RuleSetRow): DecisionRuleSet {
  return {
    version: row.version,
    defaultAutonomyLimitCents: row.defaultAutonomyLimitCents,
    rules: row.rules,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/** Roles in their order, each with its holders by name. */
export async function rolesWithHolders(db: Queryable): Promise<RoleWithHolders[]> {
  const roles = await db.select().from(modelRoles).orderBy(asc(modelRoles.position), asc(modelRoles.key));
  const holders = await db
    .select({ roleKey: modelRoleHolders.roleKey, id: people.id, name: people.name })
    .from(modelRoleHolders)
    .innerJoin(people, eq(people.id, modelRoleHolders.personId))
    .orderBy(asc(people.name), asc(people.id));
  return roles.map((r) => {
    const held = holders.filter((h) => h.roleKey === r.key).map(({ id, name }) => ({ id, name }));
    return { key: r.key, name: r.name, responsibilities: r.responsibilities, approver: r.approver, holderIds: held.map((p) => p.id), holders: held };
  });
}

export async function listCadences(db: Queryable): Promise<Cadence[]> {
  const rows = await db.select().from(cadences).orderBy(asc(cadences.position), asc(cadences.key));
  return rows.map((c) => ({
    key: c.key,
    name: c.name,
    frequency: c.frequency as (typeof CADENCE_FREQUENCIES)[number],
    description: c.description,
    participants: c.participants,
  }));
}

/** Role key → display name, for evaluations. */
export async function roleNames(db: Queryable): Promise<Record<string, string>> {
  const rows = await db.select({ key: modelRoles.key, name: modelRoles.name }).from(modelRoles);
  return Object.fromEntries(rows.map((r) => [r.key, r.name]));
}

/** The model roles a person holds; none without a person. */
export async function heldRoleKeys(db: Queryable, personId: string | null): Promise<string[]> {
  if (personId === null) return [];
  const rows = await db.select({ roleKey: modelRoleHolders.roleKey }).from(modelRoleHolders).where(eq(modelRoleHolders.personId, personId));
  return rows.map((r) => r.roleKey);
}

/** The ids among `ids` that name no person. */
export async function missingPeople(db: Queryable, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const found = await db.select({ id: people.id }).from(people).where(inArray(people.id, unique));
  const known = new Set(found.map((p) => p.id));
  return new Set(unique.filter((id) => !known.has(id)));
}
