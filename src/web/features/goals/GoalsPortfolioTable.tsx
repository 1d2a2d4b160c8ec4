import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalsPortfolio } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { SortableTh, type SortDirection } from '../../ui/SortableTh.tsx';
import { useGoalsFormat } from './format.ts';
import type { GoalsPortfolioSort } from './hooks.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { useQuarterName } from './QuarterPicker.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type Props = {
  portfolio: GoalsPortfolio;
  sortBy: GoalsPortfolioSort;
  direction: SortDirection;
  onSort: (column: GoalsPortfolioSort) => void;
  offset: number;
  limit: number;
  onPage: (offset: number) => void;
};

const num = { ta: 'right', style: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } } as const;

/** Every team with key results in the quarter, sorted and paged by the server (the portfolio may hold thousands of teams). */
export function GoalsPortfolioTable({ portfolio, sortBy, direction, onSort, offset, limit, onPage }: Props) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  const quarterName = useQuarterName();
  const first = portfolio.totalRows === 0 ? 0 : offset + 1;
  const last = Math.min(offset + portfolio.rows.length, portfolio.totalRows);
  const th = (column: GoalsPortfolioSort, label: string, numeric = true) => (
    <SortableTh column={column} sortBy={sortBy} direction={direction} onSort={onSort} numeric={numeric}>
      {label}
    </SortableTh>
  );

  if (portfolio.totalRows === 0) return <Text>{t('goals.portfolio.noTeams')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={1080}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>{t('goals.portfolio.tableCaption', { quarter: quarterName(portfolio.quarter) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {th('name', t('goals.portfolio.team'), false)}
              <Table.Th>{t('goals.portfolio.mandateKind')}</Table.Th>
              <Table.Th ta="right">{t('goals.kr.plural')}</Table.Th>
              {th('attainment', t('goals.attainment'), false)}
              <Table.Th ta="right">{t('goals.statusHeading.on_track')}</Table.Th>
              <Table.Th ta="right">{t('goals.statusHeading.at_risk')}</Table.Th>
              {th('off_track', t('goals.statusHeading.off_track'))}
              <Table.Th ta="right">{t('goals.statusHeading.not_started')}</Table.Th>
              <Table.Th ta="right">{t('goals.statusHeading.no_data')}</Table.Th>
              <Table.Th>{t('goals.kr.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {portfolio.rows.map((row) => (
              <Table.Tr key={row.teamId}>
                <Table.Td>
                  <AnchorLink to="/teams/$teamId/goals" params={{ teamId: row.teamId }} search={{ quarter: portfolio.quarter }} fw={600}>
                    {row.teamName}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{t(`mandateKind.${row.mandateKind}`)}</Table.Td>
                <Table.Td {...num}>{row.keyResults}</Table.Td>
                <Table.Td miw={200}>
                  <ProgressBar progress={row.attainment} status={row.status} />
                </Table.Td>
                <Table.Td {...num}>{row.onTrack}</Table.Td>
                <Table.Td {...num}>{row.atRisk}</Table.Td>
                <Table.Td {...num} c={row.offTrack > 0 ? 'red.9' : undefined} fw={row.offTrack > 0 ? 700 : undefined}>
                  {row.offTrack}
                </Table.Td>
                <Table.Td {...num}>{row.notStarted}</Table.Td>
                <Table.Td {...num}>{row.noData}</Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager
        summary={t('goals.portfolio.showing', { first: format.value(first, 'count'), last: format.value(last, 'count'), count: portfolio.totalRows, total: format.value(portfolio.totalRows, 'count') })}
        offset={offset}
        limit={limit}
        shown={portfolio.rows.length}
        total={portfolio.totalRows}
        onPage={onPage}
        labels={{ previous: t('goals.portfolio.previous'), next: t('goals.portfolio.next') }}
      />
    </>
  );
}
