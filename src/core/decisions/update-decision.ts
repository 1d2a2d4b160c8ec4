import { authorizeDecisionEdit } from '../policy.ts';
import { eq } from 'drizzle-orm';
import type { Decision, DecisionUpdate } from '../../contracts/index.ts';
import { decisions } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { assertWritable } from '../teams/team-rules-check.ts';
import { assertServicesExist, unique } from './decision-checks.ts';
import { assertProposed } from './decision-status.ts';
import { decisionSnapshot, findTeamRow, lockDecision, presentDecision, teamResource } from './decision-queries.ts';

export interface UpdateDecisionInput {
  id: string;
  expectedVersion: number | undefined;
  changes: DecisionUpdate;
}

/** A proposal can be reworked until it is submitted; after that its content is what was judged. */
export async function updateDecision(ctx: Ctx, { id, expectedVersion, changes }: UpdateDecisionInput): Promise<Decision> {
  return inTransaction(ctx, async (tx) => {
    const before = await lockDecision(tx, id);
    if (!before) throw notFound('Decision');
    const team = (await findTeamRow(tx, before.teamId))!;
    assertWritable(team);
    authorizeDecisionEdit(ctx.actor, before, await teamResource(ctx, tx, team));
    assertProposed(before, 'changed');
    assertVersion('Decision', before.version, expectedVersion);
    if (changes.affectedServiceIds !== undefined) await assertServicesExist(tx, changes.affectedServiceIds);
    const [after] = await tx
      .update(decisions)
      .set({
        ...changes,
        ...(changes.affectedServiceIds !== undefined ? { affectedServiceIds: unique(changes.affectedServiceIds) } : {}),
        version: before.version + 1,
        updatedAt: ctx.now(),
      })
      .where(eq(decisions.id, id))
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'decision.update', entityType: 'decision', entityId: id, before: decisionSnapshot(before), after: decisionSnapshot(after!) });
    return presentDecision(ctx, tx, after!);
  });
}
