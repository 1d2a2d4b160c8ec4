import type { Initiative, InitiativeCreate } from '../../contracts/index.ts';
import { initiatives, initiativeTeams } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertOwnerAndTeams, initiativeSnapshot, presentInitiative } from './roadmap-queries.ts';
import { initiativeDateProblems } from './roadmap-rules.ts';

export async function createInitiative(ctx: Ctx, input: InitiativeCreate): Promise<Initiative> {
  authorize(ctx.actor, 'change.manage');
  return inTransaction(ctx, async (tx) => {
    await assertOwnerAndTeams(tx, input.ownerId, input.teamIds);
    const problems = initiativeDateProblems(input, []);
    if (problems.length) throw new DomainError('rule_violation', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    const { teamIds: given, ...fields } = input;
    const teamIds = [...new Set(given)].sort();
    const now = ctx.now();
    const [row] = await tx.insert(initiatives).values({ ...fields, createdAt: now, updatedAt: now }).returning();
    if (teamIds.length) await tx.insert(initiativeTeams).values(teamIds.map((teamId) => ({ initiativeId: row!.id, teamId })));
    await recordAuditEvent(tx, ctx, { action: 'initiative.create', entityType: 'initiative', entityId: row!.id, after: initiativeSnapshot(row!, teamIds) });
    return presentInitiative(tx, row!, today(ctx));
  });
}
