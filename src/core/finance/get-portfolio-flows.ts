import type { PortfolioFlows } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { resolvePeriod, type PeriodQuery } from './fiscal-calendar.ts';
import { getFinanceSettings } from './ledger-store.ts';
import { portfolioFlowsQuery, presentFlows, type FlowRow } from './portfolio-queries.ts';

/**
 * Where the money went in the period, for a Sankey (budget → teams → cost categories and core
 * services) and a treemap: the twelve teams that spent the most one by one, all others as one
 * bucket. Two statements however many teams there are.
 */
export async function getPortfolioFlows(ctx: Ctx, query: PeriodQuery): Promise<PortfolioFlows> {
  authorize(ctx.actor, 'finance.readPortfolio');
  const settings = await getFinanceSettings(ctx.db);
  const period = resolvePeriod(settings, query, today(ctx).slice(0, 7));
  const rows = await queryRows<FlowRow>(ctx.db, portfolioFlowsQuery(period.months));
  return { currency: settings.currency, period, teams: presentFlows(rows) };
}
