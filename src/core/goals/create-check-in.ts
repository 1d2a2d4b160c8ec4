import type { CheckIn, CheckInCreate } from '../../contracts/index.ts';
import { checkIns } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { displayName } from '../decisions/decision-checks.ts';
import { today, type Ctx } from '../shared/context.ts';
import { notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { keyResultFigures } from './key-result-figures.ts';
import { authorizeCheckIn, findKeyResult, findObjective, objectiveTeam, presentCheckIn } from './objective-queries.ts';
import { evaluateKeyResult } from './progress-rules.ts';

export interface CreateCheckInInput {
  keyResultId: string;
  checkIn: CheckInCreate;
}

/**
 * A short note on a key result — by the team's members and leads, or the portfolio office for an
 * organization-wide objective — that keeps the key result's value, progress and status as they
 * are at this moment, so the history reads as it was, whatever is measured or set later.
 */
export async function createCheckIn(ctx: Ctx, { keyResultId, checkIn }: CreateCheckInInput): Promise<CheckIn> {
  return inTransaction(ctx, async (tx) => {
    const found = await findKeyResult(tx, keyResultId);
    if (!found) throw notFound('Key result');
    const { kr, metric } = found;
    const objective = (await findObjective(tx, kr.objectiveId))!;
    const team = await objectiveTeam(ctx, tx, objective);
    authorizeCheckIn(ctx.actor, team);
    const settings = await readGoalSettings(tx);
    const current = (await keyResultFigures(ctx, tx, [kr.id])).get(kr.id)?.current ?? null;
    const { progress, status } = evaluateKeyResult(
      { baseline: kr.baseline, target: kr.target, direction: metric.direction, periodStart: kr.periodStart, periodEnd: kr.periodEnd, current },
      today(ctx),
      settings,
    );
    const [row] = await tx
      .insert(checkIns)
      .values({
        keyResultId: kr.id,
        comment: checkIn.comment,
        confidence: checkIn.confidence,
        value: current,
        progress,
        status,
        createdBy: await displayName(tx, ctx.actor),
        createdByUserId: ctx.actor.userId,
        createdAt: ctx.now(),
      })
      .returning();
    const presented = presentCheckIn(row!);
    await recordAuditEvent(tx, ctx, { action: 'check_in.create', entityType: 'check_in', entityId: row!.id, after: presented });
    return presented;
  });
}
