import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Budget, DecideBudget } from '../../contracts/index.ts';
import { budgets } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { displayName } from '../decisions/decision-checks.ts';
import { can, canDecideBudget } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, forbidden, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { findTeam } from '../teams/team-queries.ts';
import { assertWritable } from '../teams/team-rules-check.ts';
import { assertFiscalYear, currentMonthOf, lockSettingsForShare } from './budget-checks.ts';
import { budgetDataOf, budgetSnapshot, financeTeamResource, lockBudgetRow, withAbilities } from './budget-queries.ts';
import { budgetBookings } from './budget-rules.ts';
import { appendLedgerEntries, type LedgerRow } from './ledger-store.ts';

export interface DecideBudgetInput {
  teamId: string;
  fiscalYear: number;
  expectedVersion: number | undefined;
  decision: z.infer<typeof DecideBudget>;
}

/**
 * Approves or rejects a proposed budget. Approving books it: every line spread over the fiscal
 * year's months as budget entries of the ledger, in the same transaction. The budget row is
 * locked first, so of two simultaneous decisions the second finds the first one's version.
 */
export async function decideBudget(ctx: Ctx, { teamId, fiscalYear, expectedVersion, decision }: DecideBudgetInput): Promise<Budget> {
  if (!can(ctx.actor, 'finance.manage')) throw forbidden('Only the portfolio office decides budgets');
  return inTransaction(ctx, async (tx) => {
    const team = await findTeam(tx, teamId);
    if (!team) throw notFound('Team');
    // The calendar before the budget, in the same order as every other budget write: no deadlock with a settings change.
    const settings = await lockSettingsForShare(tx);
    const existing = await lockBudgetRow(tx, teamId, fiscalYear);
    if (!existing) throw notFound(`Budget for fiscal year ${fiscalYear}`);
    assertVersion('Budget', existing.version, expectedVersion);
    if (existing.status !== 'proposed') {
      throw new DomainError('rule_violation', `This budget is ${existing.status}; only a proposed budget is decided`, [
        { field: 'status', code: `is_${existing.status}`, message: `is ${existing.status}, not proposed` },
      ]);
    }
    if (!canDecideBudget(ctx.actor, existing)) throw forbidden('You proposed this budget; someone else has to decide it');
    if (decision.decision === 'reject' && decision.comment === '') {
      throw new DomainError('validation_failed', 'Say why the budget is rejected', [{ field: 'comment', code: 'required', message: 'is required when rejecting' }]);
    }
    const before = await budgetDataOf(tx, existing, team.name);
    const now = ctx.now();
    const decidedBy = await displayName(tx, ctx.actor);
    let booked: { entries: number; firstEntryId: number | null } | null = null;
    if (decision.decision === 'approve') {
      assertWritable(team);
      assertFiscalYear(fiscalYear, settings, currentMonthOf(ctx));
      const rows = budgetBookings(before.lines, fiscalYear, settings.fiscalYearStartMonth).map(
        (b): LedgerRow => ({ teamId, month: b.month, kind: 'budget', category: b.category, expenseType: b.expenseType, stream: null, serviceId: null, amountCents: b.amountCents, reference: `budget/${existing.id}`, reversesId: null }),
      );
      const result = await appendLedgerEntries(tx, rows, { batchId: null, createdBy: ctx.actor.label, createdAt: now });
      booked = { entries: result.count, firstEntryId: result.firstId };
    }
    const [row] = await tx
      .update(budgets)
      .set({ status: decision.decision === 'approve' ? 'approved' : 'rejected', decisionComment: decision.comment, decidedBy, decidedAt: now, version: existing.version + 1, updatedAt: now })
      .where(eq(budgets.id, existing.id))
      .returning();
    const after = await budgetDataOf(tx, row!, team.name);
    await recordAuditEvent(tx, ctx, {
      action: decision.decision === 'approve' ? 'budget.approve' : 'budget.reject',
      entityType: 'budget',
      entityId: existing.id,
      before: budgetSnapshot(before, existing.proposedByUserId),
      after: { ...budgetSnapshot(after, row!.proposedByUserId), ...(booked ? { ledger: booked } : {}) },
    });
    return withAbilities(ctx.actor, after, await financeTeamResource(ctx, tx, team), row!.proposedByUserId);
  });
}
