import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioFinance } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { SortableTh, type SortDirection } from '../../ui/SortableTh.tsx';
import { useFinanceFormat } from './format.ts';
import type { PortfolioSort } from './hooks.ts';

type Props = {
  portfolio: PortfolioFinance;
  sortBy: PortfolioSort;
  direction: SortDirection;
  onSort: (column: PortfolioSort) => void;
  offset: number;
  limit: number;
  onPage: (offset: number) => void;
  /** The period as the team pages' links should carry it. */
  linkSearch: { fiscalYear?: number | undefined; from?: string | undefined; to?: string | undefined };
};

const num = { ta: 'right', style: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } } as const;

/** Every team's money in the period, sorted and paged by the server (the portfolio may hold thousands of teams). */
export function PortfolioTable({ portfolio, sortBy, direction, onSort, offset, limit, onPage, linkSearch }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(portfolio.currency);
  const th = (column: PortfolioSort, label: string, numeric = true) => (
    <SortableTh column={column} sortBy={sortBy} direction={direction} onSort={onSort} numeric={numeric}>
      {label}
    </SortableTh>
  );
  const first = portfolio.totalRows === 0 ? 0 : offset + 1;
  const last = Math.min(offset + portfolio.rows.length, portfolio.totalRows);

  return (
    <>
      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>{t('finance.portfolio.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {th('name', t('finance.portfolio.team'), false)}
              <Table.Th>{t('finance.portfolio.mandateKind')}</Table.Th>
              {th('budget', t('finance.portfolio.budget'))}
              {th('actual', t('finance.portfolio.actual'))}
              {th('forecast', t('finance.portfolio.forecast'))}
              {th('revenue', t('finance.portfolio.revenue'))}
              {th('margin', t('finance.portfolio.margin'))}
              {th('overrun', t('finance.portfolio.status'), false)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {portfolio.rows.map((row) => (
              <Table.Tr key={row.teamId}>
                <Table.Td>
                  <AnchorLink to="/teams/$teamId/finance" params={{ teamId: row.teamId }} search={linkSearch} fw={600}>
                    {row.teamName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{t(`mandateKind.${row.mandateKind}`)}</Table.Td>
                <Table.Td {...num}>{money.whole(row.budgetCents)}</Table.Td>
                <Table.Td {...num}>{money.whole(row.actualCents)}</Table.Td>
                <Table.Td {...num} c={row.overrun ? 'red.9' : undefined} fw={row.overrun ? 700 : undefined}>
                  {money.whole(row.forecastCents)}
                </Table.Td>
                <Table.Td {...num}>{money.whole(row.revenueCents)}</Table.Td>
                <Table.Td {...num} c={row.marginCents < 0 ? 'red.9' : undefined}>
                  {money.whole(row.marginCents)}
                </Table.Td>
                <Table.Td>
                  {row.overrun ? (
                    <Badge color="red.9" variant="filled" size="sm" style={{ textTransform: 'none' }}>
                      {t('finance.forecast.over', { amount: money.whole(row.forecastCents - row.budgetCents) })}
                    </Badge>
                  ) : (
                    <Badge color="gray.7" variant="outline" size="sm">
                      {t('finance.portfolio.onBudget')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager
        summary={t('finance.portfolio.showing', { first, last, count: portfolio.totalRows })}
        offset={offset}
        limit={limit}
        shown={portfolio.rows.length}
        total={portfolio.totalRows}
        onPage={onPage}
        labels={{ previous: t('finance.portfolio.previous'), next: t('finance.portfolio.next') }}
      />
    </>
  );
}
