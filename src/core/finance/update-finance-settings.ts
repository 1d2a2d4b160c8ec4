import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FinanceSettings, UpdateFinanceSettings } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import { financeSettings } from '../../db/schema.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/errors.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/version.ts';
import { settingsChangeProblems } from './finance-settings-rules.ts';

export interface UpdateFinanceSettingsInput {
  expectedVersion: number | undefined;
  settings: z.infer<typeof UpdateFinanceSettings>;
}

/**
 * Sets the fiscal calendar and currency. The settings row is locked for the transaction, so a
 * change and a booking that reads the calendar under a share lock cannot interleave.
 */
export async function updateFinanceSettings(ctx: Ctx, { expectedVersion, settings }: UpdateFinanceSettingsInput): Promise<FinanceSettings> {
  authorize(ctx.actor, 'finance.manage');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.select().from(financeSettings).where(eq(financeSettings.id, 1)).for('update');
    if (!row) throw new Error('finance_settings has no row: the migrations did not run');
    const before: FinanceSettings = { fiscalYearStartMonth: row.fiscalYearStartMonth, currency: row.currency, firstFiscalYear: row.firstFiscalYear, version: row.version };
    assertVersion('Finance settings', before.version, expectedVersion);
    // The aggregate has a row for every month with entries, and an index that starts with the month.
    const [earliest] = await queryRows<{ month: string | null }>(tx, sql`select min(month) as month from ledger_team_month`);
    const problems = settingsChangeProblems(before, settings, earliest?.month ?? null);
    if (problems.length) throw new DomainError('rule_violation', `The finance settings cannot change like this: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    const unchanged =
      settings.fiscalYearStartMonth === before.fiscalYearStartMonth && settings.currency === before.currency && settings.firstFiscalYear === before.firstFiscalYear;
    if (unchanged) return before;
    const [updated] = await tx
      .update(financeSettings)
      .set({ ...settings, version: before.version + 1, updatedAt: ctx.now() })
      .where(eq(financeSettings.id, 1))
      .returning();
    const after: FinanceSettings = { fiscalYearStartMonth: updated!.fiscalYearStartMonth, currency: updated!.currency, firstFiscalYear: updated!.firstFiscalYear, version: updated!.version };
    await recordAuditEvent(tx, ctx, { action: 'finance_settings.update', entityType: 'finance_settings', entityId: 'finance_settings', before, after });
    return after;
  });
}
