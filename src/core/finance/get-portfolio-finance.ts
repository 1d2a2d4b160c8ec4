import type { z } from 'zod';
import type { PortfolioFinance, PortfolioFinanceQuery } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { getFinanceSettings } from './ledger-store.ts';
import { portfolioRollup, presentRollup, type RollupRow } from './portfolio-queries.ts';

export type PortfolioFinanceInput = z.infer<typeof PortfolioFinanceQuery>;

/**
 * Every team's budget, actual, revenue and margin over the period, its full-year forecast and
 * whether that runs past the full-year budget, sorted and paged, with totals for the organization
 * and per mandate kind. Two statements (settings, roll-up) however many teams there are.
 */
export async function getPortfolioFinance(ctx: Ctx, input: PortfolioFinanceInput): Promise<PortfolioFinance> {
  authorize(ctx.actor, 'finance.readPortfolio');
  const settings = await getFinanceSettings(ctx.db);
  const { period, query } = portfolioRollup(settings, input, today(ctx).slice(0, 7));
  const rows = await queryRows<RollupRow>(ctx.db, query);
  return { currency: settings.currency, period, ...presentRollup(rows, input.mandateKind) };
}
