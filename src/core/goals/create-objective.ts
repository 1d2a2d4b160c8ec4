import type { Objective, ObjectiveCreate } from '../../contracts/index.ts';
import { objectives } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { readGoalSettings } from './get-goal-settings.ts';
import { goalTeamsById, type GoalTeam } from './goal-queries.ts';
import { assertContribution, authorizeObjectiveManage, objectiveSnapshot, presentObjectives } from './objective-queries.ts';

/**
 * Sets an objective for a team and quarter (its leads or the portfolio office), or — without a
 * team — an organization-wide one (the portfolio office only). A team objective may contribute to
 * an organization-wide objective of the same quarter.
 */
export async function createObjective(ctx: Ctx, input: ObjectiveCreate): Promise<Objective> {
  return inTransaction(ctx, async (tx) => {
    let team: GoalTeam | null = null;
    if (input.teamId !== null) {
      team = (await goalTeamsById(ctx, tx, [input.teamId])).get(input.teamId.toLowerCase()) ?? null;
      if (!team) throw new DomainError('validation_failed', 'The objective’s team does not exist', [{ field: 'teamId', code: 'not_found', message: 'no team with this id' }]);
    }
    authorizeObjectiveManage(ctx.actor, team);
    await assertContribution(tx, team, input.quarter, input.contributesTo);
    const now = ctx.now();
    const [row] = await tx
      .insert(objectives)
      .values({
        teamId: team?.id ?? null,
        quarter: input.quarter,
        title: input.title,
        description: input.description,
        contributesTo: input.contributesTo,
        createdBy: ctx.actor.label,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'objective.create', entityType: 'objective', entityId: row!.id, after: objectiveSnapshot(row!) });
    const [presented] = await presentObjectives(ctx, tx, [row!], { teams: new Map(team ? [[team.id, team]] : []), settings: await readGoalSettings(tx) });
    return presented!;
  });
}
