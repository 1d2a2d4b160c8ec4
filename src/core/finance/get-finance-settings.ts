import type { FinanceSettings } from '../../contracts/index.ts';
import { authorize } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { getFinanceSettings } from './ledger-store.ts';

/** The fiscal calendar and currency: every signed-in reader needs them to read any figure. */
export async function getFinanceSettingsUseCase(ctx: Ctx): Promise<FinanceSettings> {
  authorize(ctx.actor, 'portfolio.read');
  return getFinanceSettings(ctx.db);
}
