import type { z } from 'zod';
import type { TeamExportQuery } from '../../contracts/index.ts';
import type { Ctx } from '../shared/context.ts';
import { categoryTable, ledgerTable, pnlTable, serviceTable, type FinanceTable } from './finance-table.ts';
import { readTeamFinance } from './get-team-finance.ts';
import { fileSlug, writeTable, type FinanceFile } from './table-file.ts';
import { teamLedgerEntries } from './team-finance-queries.ts';

export type TeamExportInput = z.infer<typeof TeamExportQuery>;

/**
 * One table of a team's finance view as a CSV or xlsx file: the P&L by month, the ledger entries,
 * budget against actual per category, or the allocated cost per service — for the same period and
 * with the same rights as the view.
 */
export async function exportTeamFinance(ctx: Ctx, teamId: string, input: TeamExportInput): Promise<FinanceFile> {
  const { finance, team } = await readTeamFinance(ctx, teamId, input);
  let table: FinanceTable;
  switch (input.table) {
    case 'pnl':
      table = pnlTable(finance.months);
      break;
    case 'ledger':
      table = ledgerTable(await teamLedgerEntries(ctx.db, team.id, finance.period.from, finance.period.to));
      break;
    case 'categories':
      table = categoryTable(finance.byCategory);
      break;
    case 'services':
      table = serviceTable(finance.byService);
      break;
  }
  return writeTable(table, input.format, finance.currency, `tandem-${fileSlug(team.name)}-${input.table}-${finance.period.fiscalYear}`);
}
