import type { FinanceVerifyResult } from '../../contracts/index.ts';
import { can } from '../policy.ts';
import type { Ctx } from '../shared/context.ts';
import { forbidden } from '../shared/errors.ts';
import { checkLedgerInvariant } from './ledger-store.ts';

/**
 * Recomputes the monthly sums from the raw ledger and compares them with the stored ones, and
 * looks for batches whose entries are not all there. Auditors and the portfolio office may ask.
 */
export async function verifyLedger(ctx: Ctx): Promise<FinanceVerifyResult> {
  if (!can(ctx.actor, 'audit.read') && !can(ctx.actor, 'finance.manage')) throw forbidden('Your role may not verify the ledger');
  return checkLedgerInvariant(ctx.db);
}
