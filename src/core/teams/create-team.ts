import { sql } from 'drizzle-orm';
import type { Team, TeamCreate } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { teams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { presentTeam } from './get-team.ts';
import { assertLeadership, teamSnapshot } from './team-rules-check.ts';

/** New teams start as proposals; chartering is a separate, steered step. */
export async function createTeam(ctx: Ctx, input: TeamCreate): Promise<Team> {
  authorize(ctx.actor, 'team.create');
  return inTransaction(ctx, async (tx) => {
    await assertUniqueName(tx, input.name);
    await assertLeadership(tx, 'proposed', input.businessLeadId, input.itLeadId);
    const now = ctx.now();
    const [row] = await tx
      .insert(teams)
      .values({ ...input, stage: 'proposed', createdAt: now, updatedAt: now })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'team.create', entityType: 'team', entityId: row!.id, after: teamSnapshot(row!) });
    return presentTeam(ctx, tx, row!);
  });
}

export async function assertUniqueName(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const [row] = await tx.select({ id: teams.id }).from(teams).where(sql`lower(${teams.name}) = lower(${name})`).limit(1);
  if (row && row.id !== exceptId) {
    throw new DomainError('conflict', `A team named "${name}" already exists`, [{ field: 'name', code: 'taken', message: 'is already used by another team' }]);
  }
}
