import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Budget, BudgetLine, SaveBudget } from '../../contracts/index.ts';
import type { Tx } from '../../db/client.ts';
import { budgetLines, budgets } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { findTeam } from '../teams/team-queries.ts';
import { assertEditable, assertFiscalYear, assertLines, currentMonthOf, lockSettingsForShare } from './budget-checks.ts';
import { budgetDataOf, budgetSnapshot, financeTeamResource, lockBudgetRow, withAbilities } from './budget-queries.ts';
import { lineKey, normalizeLines } from './budget-rules.ts';

export interface SaveBudgetInput {
  teamId: string;
  fiscalYear: number;
  /** Needed to replace an existing budget; ignored when there is none yet. */
  expectedVersion: number | undefined;
  budget: z.infer<typeof SaveBudget>;
}

/**
 * Creates the team's draft budget for a fiscal year, or replaces the lines and note of its draft
 * or rejected budget (which makes it a draft again). Proposed and approved budgets are not edited.
 */
export async function saveBudget(ctx: Ctx, input: SaveBudgetInput): Promise<{ budget: Budget; created: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const team = await findTeam(tx, input.teamId);
    if (!team) throw notFound('Team');
    const resource = await financeTeamResource(ctx, tx, team);
    authorize(ctx.actor, 'team.editBudget', resource);
    assertLines(input.budget.lines);
    const lines = normalizeLines(input.budget.lines);
    assertFiscalYear(input.fiscalYear, await lockSettingsForShare(tx), currentMonthOf(ctx));

    const now = ctx.now();
    const existing = await lockBudgetRow(tx, input.teamId, input.fiscalYear);
    if (!existing) {
      const [row] = await tx
        .insert(budgets)
        .values({ teamId: input.teamId, fiscalYear: input.fiscalYear, note: input.budget.note, createdAt: now, updatedAt: now })
        .onConflictDoNothing()
        .returning();
      if (!row) throw new DomainError('conflict', `Someone else created the budget for fiscal year ${input.fiscalYear} just now; reload it and edit that one`);
      await insertLines(tx, row.id, lines);
      const after = await budgetDataOf(tx, row, team.name);
      await recordAuditEvent(tx, ctx, { action: 'budget.create', entityType: 'budget', entityId: row.id, before: null, after: budgetSnapshot(after, null) });
      return { budget: withAbilities(ctx.actor, after, resource, null), created: true };
    }

    assertVersion('Budget', existing.version, input.expectedVersion);
    assertEditable(existing.status, 'edited');
    const before = await budgetDataOf(tx, existing, team.name);
    if (existing.status === 'draft' && existing.note === input.budget.note && sameLines(before.lines, lines)) {
      return { budget: withAbilities(ctx.actor, before, resource, existing.proposedByUserId), created: false };
    }
    await tx.delete(budgetLines).where(eq(budgetLines.budgetId, existing.id));
    await insertLines(tx, existing.id, lines);
    const [row] = await tx
      .update(budgets)
      .set({ status: 'draft', note: input.budget.note, version: existing.version + 1, updatedAt: now })
      .where(eq(budgets.id, existing.id))
      .returning();
    const after = await budgetDataOf(tx, row!, team.name);
    await recordAuditEvent(tx, ctx, {
      action: 'budget.update',
      entityType: 'budget',
      entityId: existing.id,
      before: budgetSnapshot(before, existing.proposedByUserId),
      after: budgetSnapshot(after, row!.proposedByUserId),
    });
    return { budget: withAbilities(ctx.actor, after, resource, row!.proposedByUserId), created: false };
  });
}

async function insertLines(tx: Tx, budgetId: string, lines: readonly BudgetLine[]): Promise<void> {
  if (lines.length) await tx.insert(budgetLines).values(lines.map((l) => ({ budgetId, ...l })));
}

function sameLines(a: readonly BudgetLine[], b: readonly BudgetLine[]): boolean {
  return a.length === b.length && a.every((l, i) => lineKey(l) === lineKey(b[i]!) && l.amountCents === b[i]!.amountCents);
}
