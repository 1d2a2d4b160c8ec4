import type { PnlMonth, PortfolioFinanceRow, TeamFinance } from '../../contracts/index.ts';
import type { ExportedEntry } from './team-finance-queries.ts';

/**
 * Finance figures as a table for files: headers and cells, nothing about the file format. Money
 * cells hold integer cents; the writers turn them into amounts in the currency. Headers are
 * English and stable, because spreadsheets and scripts address columns by them.
 */
export type ColumnKind = 'text' | 'money' | 'boolean';
export type Cell = string | number | boolean | null;

export interface TableColumn {
  header: string;
  kind: ColumnKind;
}

export interface FinanceTable {
  /** The worksheet's name. */
  name: string;
  columns: TableColumn[];
  rows: Cell[][];
}

const text = (header: string): TableColumn => ({ header, kind: 'text' });
const money = (header: string): TableColumn => ({ header, kind: 'money' });

export function pnlTable(months: readonly PnlMonth[]): FinanceTable {
  return {
    name: 'P&L',
    columns: [text('Month'), money('Budget'), money('Revenue'), money('Direct cost'), money('Allocated cost'), money('Margin')],
    rows: months.map((m) => [m.month, m.budgetCents, m.revenueCents, m.directCostCents, m.allocatedCents, m.marginCents]),
  };
}

export function categoryTable(byCategory: TeamFinance['byCategory']): FinanceTable {
  return {
    name: 'Categories',
    columns: [text('Category'), money('Budget'), money('Actual'), money('Remaining')],
    rows: byCategory.map((c) => [c.category, c.budgetCents, c.actualCents, c.budgetCents - c.actualCents]),
  };
}

export function serviceTable(byService: TeamFinance['byService']): FinanceTable {
  return {
    name: 'Services',
    columns: [text('Service'), text('Provider team'), money('Allocated cost')],
    rows: byService.map((s) => [s.serviceName, s.providerTeamName, s.amountCents]),
  };
}

export function ledgerTable(entries: readonly ExportedEntry[]): FinanceTable {
  return {
    name: 'Ledger',
    columns: [
      text('Entry'),
      text('Month'),
      text('Kind'),
      text('Category'),
      text('Expense type'),
      text('Stream'),
      text('Service'),
      money('Amount'),
      text('Reference'),
      text('Reverses entry'),
      text('Booked by'),
      text('Booked at'),
    ],
    rows: entries.map((e) => [e.id, e.month, e.kind, e.category, e.expenseType, e.stream, e.serviceName, e.amountCents, e.reference, e.reversesId, e.createdBy, e.createdAt]),
  };
}

export function portfolioTable(rows: readonly PortfolioFinanceRow[]): FinanceTable {
  return {
    name: 'Portfolio',
    columns: [
      text('Team'),
      text('Team kind'),
      text('Mandate'),
      money('Budget'),
      money('Actual'),
      money('Forecast'),
      money('Revenue'),
      money('Margin'),
      { header: 'Overrun', kind: 'boolean' },
    ],
    rows: rows.map((r) => [r.teamName, r.teamKind, r.mandateKind, r.budgetCents, r.actualCents, r.forecastCents, r.revenueCents, r.marginCents, r.overrun]),
  };
}
