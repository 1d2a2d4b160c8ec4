import type { z } from 'zod';
import type { PortfolioExportQuery } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { resolvePeriod } from './fiscal-calendar.ts';
import { portfolioTable } from './finance-table.ts';
import { getFinanceSettings } from './ledger-store.ts';
import { portfolioRollupQuery, presentRollup, rollupParams, type RollupRow } from './portfolio-queries.ts';
import { writeTable, type FinanceFile } from './table-file.ts';

export type PortfolioExportInput = z.infer<typeof PortfolioExportQuery>;

/** The portfolio roll-up as a CSV or xlsx file: every team of the filter in the chosen order, not one page. */
export async function exportPortfolioFinance(ctx: Ctx, input: PortfolioExportInput): Promise<FinanceFile> {
  authorize(ctx.actor, 'finance.readPortfolio');
  const settings = await getFinanceSettings(ctx.db);
  const currentMonth = today(ctx).slice(0, 7);
  const period = resolvePeriod(settings, input, currentMonth);
  const params = rollupParams(period, settings.fiscalYearStartMonth, currentMonth, { ...input, limit: null, offset: 0 });
  const { rows } = presentRollup(await queryRows<RollupRow>(ctx.db, portfolioRollupQuery(params)), input.mandateKind);
  return writeTable(portfolioTable(rows), input.format, settings.currency, `tandem-portfolio-${period.fiscalYear}`);
}
