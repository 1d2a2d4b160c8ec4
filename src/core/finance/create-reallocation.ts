import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { CreateReallocation, Reallocation } from '../../contracts/index.ts';
import { budgetReallocations, budgets } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError, type FieldError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { teamsById } from '../consumption/consumption-queries.ts';
import { lockSettingsForShare } from './budget-checks.ts';
import { linesOf, movementsOf, presentReallocation } from './budget-queries.ts';
import { currentLineCents } from './budget-rules.ts';
import { monthsOf } from './fiscal-calendar.ts';
import { appendLedgerEntries, type LedgerRow } from './ledger-store.ts';

const SIDES = [
  ['fromTeamId', 'source'],
  ['toTeamId', 'target'],
] as const;

/**
 * Moves budget of one category and expense type from one team's approved budget to another's,
 * from a month on: an append-only reallocation row and two budget entries of that month in the
 * ledger (minus on the source, plus on the target). Both budgets are locked in id order, so
 * concurrent moves between the same teams queue instead of both spending the same money.
 */
export async function createReallocation(ctx: Ctx, input: z.infer<typeof CreateReallocation>): Promise<Reallocation> {
  authorize(ctx.actor, 'finance.manage');
  return inTransaction(ctx, async (tx) => {
    const teams = await teamsById(tx, [input.fromTeamId, input.toTeamId]);
    const missing: FieldError[] = SIDES.filter(([field]) => !teams.has(input[field])).map(([field]) => ({ field, code: 'not_found', message: 'no team with this id' }));
    if (missing.length) throw new DomainError('validation_failed', 'A team of the reallocation does not exist', missing);

    const problems: FieldError[] = [];
    for (const [field] of SIDES) {
      const team = teams.get(input[field])!;
      if (team.stage === 'sunset') problems.push({ field, code: 'read_only', message: `${team.name} is sunset; its budget is kept read-only` });
    }
    const settings = await lockSettingsForShare(tx);
    const months = monthsOf(input.fiscalYear, settings.fiscalYearStartMonth);
    if (!months.includes(input.month)) problems.push({ field: 'month', code: 'outside_fiscal_year', message: `must be a month of fiscal year ${input.fiscalYear} (${months[0]} to ${months[11]})` });

    const locked = await tx
      .select()
      .from(budgets)
      .where(and(inArray(budgets.teamId, [input.fromTeamId, input.toTeamId]), eq(budgets.fiscalYear, input.fiscalYear)))
      .orderBy(asc(budgets.id))
      .for('update');
    for (const [field, side] of SIDES) {
      const budget = locked.find((b) => b.teamId === input[field]);
      if (budget?.status !== 'approved') {
        problems.push({ field, code: 'no_approved_budget', message: `the ${side} team has no approved budget for fiscal year ${input.fiscalYear}${budget ? ` (it is ${budget.status})` : ''}` });
      }
    }
    if (problems.length) throw refusal(problems);

    const source = locked.find((b) => b.teamId === input.fromTeamId)!;
    const target = locked.find((b) => b.teamId === input.toTeamId)!;
    const movements = await movementsOf(tx, [input.fromTeamId, input.toTeamId], input.fiscalYear);
    const sourceCents = currentLineCents(source.teamId, await linesOf(tx, source.id), movements, input.category, input.expenseType);
    const targetCents = currentLineCents(target.teamId, await linesOf(tx, target.id), movements, input.category, input.expenseType);
    if (input.amountCents > sourceCents) {
      throw refusal([
        {
          field: 'amountCents',
          code: 'exceeds_budget',
          message: `must not exceed what ${teams.get(input.fromTeamId)!.name} has for ${input.category} (${input.expenseType}) in fiscal year ${input.fiscalYear}: ${sourceCents} cents`,
        },
      ]);
    }

    const now = ctx.now();
    const [row] = await tx
      .insert(budgetReallocations)
      .values({ ...input, createdBy: ctx.actor.label, createdAt: now })
      .returning();
    const entry = (teamId: string, amountCents: number): LedgerRow => ({
      teamId,
      month: input.month,
      kind: 'budget',
      category: input.category,
      expenseType: input.expenseType,
      stream: null,
      serviceId: null,
      amountCents,
      reference: `reallocation/${row!.id}`,
      reversesId: null,
    });
    const booked = await appendLedgerEntries(tx, [entry(input.fromTeamId, -input.amountCents), entry(input.toTeamId, input.amountCents)], { batchId: null, createdBy: ctx.actor.label, createdAt: now });
    const names = new Map([...teams.values()].map((t) => [t.id, t.name]));
    const reallocation = presentReallocation(row!, names);
    await recordAuditEvent(tx, ctx, {
      action: 'budget.reallocate',
      entityType: 'budget_reallocation',
      entityId: row!.id,
      before: { from: { teamId: input.fromTeamId, lineCents: sourceCents }, to: { teamId: input.toTeamId, lineCents: targetCents } },
      after: {
        reallocation,
        from: { teamId: input.fromTeamId, lineCents: sourceCents - input.amountCents },
        to: { teamId: input.toTeamId, lineCents: targetCents + input.amountCents },
        ledger: { entries: booked.count, firstEntryId: booked.firstId },
      },
    });
    return reallocation;
  });
}

function refusal(problems: FieldError[]): DomainError {
  return new DomainError('rule_violation', `The budget cannot be moved: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
}
