import type { z } from 'zod';
import type { PortfolioExportQuery } from '../../contracts/index.ts';
import { queryRows } from '../../db/client.ts';
import { authorize } from '../policy.ts';
import { today, type Ctx } from '../shared/context.ts';
import { portfolioTable } from './finance-table.ts';
import { getFinanceSettings } from './ledger-store.ts';
import { portfolioRollup, presentRollup, type RollupRow } from './portfolio-queries.ts';
import { writeTable, type FinanceFile } from './table-file.ts';

export type PortfolioExportInput = z.infer<typeof PortfolioExportQuery>;

/** The portfolio roll-up as a CSV or xlsx file: every team of the filter in the chosen order, not one page. */
export async function exportPortfolioFinance(ctx: Ctx, input: PortfolioExportInput): Promise<FinanceFile> {
  authorize(ctx.actor, 'finance.readPortfolio');
  const settings = await getFinanceSettings(ctx.db);
  const { period, query } = portfolioRollup(settings, { ...input, limit: null, offset: 0 }, today(ctx).slice(0, 7));
  const { rows } = presentRollup(await queryRows<RollupRow>(ctx.db, query), input.mandateKind);
  return writeTable(portfolioTable(rows), input.format, settings.currency, `tandem-portfolio-${period.fiscalYear}`);
}
