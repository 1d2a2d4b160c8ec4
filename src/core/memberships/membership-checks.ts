import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { memberships } from '../../db/schema.ts';
import { lockPerson, type PersonRow } from '../people/person-queries.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { MAX_ALLOCATION, peakAllocation, type AllocationSpan } from './allocation.ts';

/**
 * Locks the person, then checks that their allocations, with `candidate` in place of the
 * membership `replacing`, stay within 100 % on every date. The lock makes two concurrent
 * additions for one person queue up instead of both passing the check.
 */
export async function assertAllocationFits(tx: Tx, personId: string, candidate: AllocationSpan, replacing?: string): Promise<PersonRow> {
  const person = await lockPerson(tx, personId);
  if (!person) throw new DomainError('validation_failed', 'No such person', [{ field: 'personId', code: 'not_found', message: 'no person with this id' }]);
  const existing = await tx.select().from(memberships).where(eq(memberships.personId, personId));
  const spans = [...existing.filter((m) => m.id !== replacing), candidate];
  const peak = peakAllocation(spans);
  if (peak.total > MAX_ALLOCATION) {
    throw new DomainError(
      'allocation_exceeded',
      `${person.name} would be allocated ${peak.total} % on ${peak.date}; allocations across teams may not exceed ${MAX_ALLOCATION} %`,
      [{ field: 'allocation', code: 'allocation_exceeded', message: `brings ${person.name} to ${peak.total} % on ${peak.date} (at most ${MAX_ALLOCATION} %)` }],
    );
  }
  return person;
}

export async function lockMembership(tx: Tx, id: string) {
  const [row] = await tx.select().from(memberships).where(eq(memberships.id, id)).for('update');
  if (!row) throw notFound('Membership');
  return row;
}

export function membershipSnapshot(m: typeof memberships.$inferSelect) {
  return {
    id: m.id,
    teamId: m.teamId,
    personId: m.personId,
    role: m.role,
    allocation: m.allocation,
    startDate: m.startDate,
    endDate: m.endDate,
    version: m.version,
  };
}
