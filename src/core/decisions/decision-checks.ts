import { eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { decisions, people } from '../../db/schema.ts';
import type { Actor } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { serviceRows, type DecisionRow } from './decision-queries.ts';

/** Refuses ids of services that do not exist, naming each by its place in the list. */
export async function assertServicesExist(db: Queryable, ids: readonly string[]): Promise<void> {
  const found = new Set((await serviceRows(db, [...new Set(ids)])).map((s) => s.id));
  const errors: FieldError[] = ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: `affectedServiceIds.${i}`, code: 'not_found', message: 'no service with this id' }]));
  if (errors.length) throw new DomainError('validation_failed', 'An affected service does not exist', errors);
}

/** A decision can only replace a decided decision of its own team. */
export async function assertSupersedable(db: Queryable, supersedesId: string, teamId: string): Promise<DecisionRow> {
  const [old] = await db.select().from(decisions).where(eq(decisions.id, supersedesId));
  const refuse = (message: string, code: string) => new DomainError('rule_violation', `supersedesId ${message}`, [{ field: 'supersedesId', code, message }]);
  if (!old) throw refuse('names no decision', 'not_found');
  if (old.teamId !== teamId) throw refuse('must be a decision of the same team', 'other_team');
  if (old.status !== 'decided') throw refuse(`must be a decided decision (it is ${old.status.replace('_', ' ')})`, 'not_decided');
  return old;
}

/** How a person appears on decisions and approvals: their name when the account is linked to one. */
export async function displayName(tx: Tx, actor: Actor): Promise<string> {
  if (actor.personId === null) return actor.label;
  const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, actor.personId));
  return person?.name ?? actor.label;
}

export const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];
