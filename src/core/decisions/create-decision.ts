import type { Decision, DecisionCreate } from '../../contracts/index.ts';
import { decisions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertWritable } from '../teams/team-rules-check.ts';
import { assertServicesExist, assertSupersedable, displayName, unique } from './decision-checks.ts';
import { decisionSnapshot, findTeamRow, presentDecision, teamResource } from './decision-queries.ts';

/** Records a proposal; the decision rights judge it only when it is submitted. */
export async function createDecision(ctx: Ctx, teamId: string, input: DecisionCreate): Promise<Decision> {
  return inTransaction(ctx, async (tx) => {
    const team = await findTeamRow(tx, teamId);
    if (!team) throw notFound('Team');
    assertWritable(team);
    authorize(ctx.actor, 'team.recordDecision', await teamResource(ctx, tx, team));
    await assertServicesExist(tx, input.affectedServiceIds);
    if (input.supersedesId !== null) await assertSupersedable(tx, input.supersedesId, teamId);
    const now = ctx.now();
    const [row] = await tx
      .insert(decisions)
      .values({
        ...input,
        affectedServiceIds: unique(input.affectedServiceIds),
        teamId,
        status: 'proposed',
        proposedByUserId: ctx.actor.userId,
        proposedByLabel: await displayName(tx, ctx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'decision.create', entityType: 'decision', entityId: row!.id, after: decisionSnapshot(row!) });
    return presentDecision(ctx, tx, row!);
  });
}
