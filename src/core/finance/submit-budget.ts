import { eq } from 'drizzle-orm';
import type { Budget } from '../../contracts/index.ts';
import { budgets } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { displayName } from '../decisions/decision-checks.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { findTeam } from '../teams/team-queries.ts';
import { assertEditable, assertFiscalYear, currentMonthOf, lockSettingsForShare } from './budget-checks.ts';
import { budgetDataOf, budgetSnapshot, financeTeamResource, lockBudgetRow, withAbilities } from './budget-queries.ts';

export interface SubmitBudgetInput {
  teamId: string;
  fiscalYear: number;
  expectedVersion: number | undefined;
}

/**
 * Proposes a draft or rejected budget to the portfolio office. Who proposed is kept, so that
 * someone else decides (four eyes); a new proposal clears the previous decision.
 */
export async function submitBudget(ctx: Ctx, { teamId, fiscalYear, expectedVersion }: SubmitBudgetInput): Promise<Budget> {
  return inTransaction(ctx, async (tx) => {
    const team = await findTeam(tx, teamId);
    if (!team) throw notFound('Team');
    const resource = await financeTeamResource(ctx, tx, team);
    authorize(ctx.actor, 'team.editBudget', resource);
    const settings = await lockSettingsForShare(tx);
    const existing = await lockBudgetRow(tx, teamId, fiscalYear);
    if (!existing) throw notFound(`Budget for fiscal year ${fiscalYear}`);
    assertVersion('Budget', existing.version, expectedVersion);
    assertEditable(existing.status, 'proposed');
    const before = await budgetDataOf(tx, existing, team.name);
    if (before.totalCents === 0) {
      throw new DomainError('rule_violation', 'A budget of zero cannot be proposed; add at least one line', [{ field: 'lines', code: 'empty', message: 'must add up to more than zero' }]);
    }
    assertFiscalYear(fiscalYear, settings, currentMonthOf(ctx));
    const now = ctx.now();
    const [row] = await tx
      .update(budgets)
      .set({
        status: 'proposed',
        proposedBy: await displayName(tx, ctx.actor),
        proposedByUserId: ctx.actor.userId,
        proposedAt: now,
        decisionComment: '',
        decidedBy: null,
        decidedAt: null,
        version: existing.version + 1,
        updatedAt: now,
      })
      .where(eq(budgets.id, existing.id))
      .returning();
    const after = await budgetDataOf(tx, row!, team.name);
    await recordAuditEvent(tx, ctx, {
      action: 'budget.submit',
      entityType: 'budget',
      entityId: existing.id,
      before: budgetSnapshot(before, existing.proposedByUserId),
      after: budgetSnapshot(after, row!.proposedByUserId),
    });
    return withAbilities(ctx.actor, after, resource, row!.proposedByUserId);
  });
}
