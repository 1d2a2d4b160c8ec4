import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GoalsPortfolio } from '../../../contracts/index.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useGoalsFormat } from './format.ts';
import { useQuarterName } from './QuarterPicker.tsx';
import { STATUS_COLORS, StatusLegend } from './StatusBadge.tsx';

type Cell = GoalsPortfolio['heatmap'][number];

/**
 * The teams of the table's page × the organization objectives their key results serve: each cell
 * coloured by status, with the attainment and the status as text, so the table reads without the colours.
 */
export function GoalsHeatmap({ portfolio }: { portfolio: GoalsPortfolio }) {
  const { t } = useTranslation();
  const format = useGoalsFormat();
  const quarterName = useQuarterName();
  const cells = new Map<string, Cell>();
  for (const cell of portfolio.heatmap) cells.set(`${cell.teamId}:${cell.objectiveId ?? ''}`, cell);
  const columns: { id: string | null; title: string }[] = portfolio.orgObjectives.map((o) => ({ id: o.id, title: o.title }));
  if (portfolio.heatmap.some((c) => c.objectiveId === null)) columns.push({ id: null, title: t('goals.heatmap.noOrgObjective') });
  const teams = portfolio.rows.filter((row) => columns.some((c) => cells.has(`${row.teamId}:${c.id ?? ''}`)));

  if (teams.length === 0 || columns.length === 0) return <Text>{t('goals.heatmap.none')}</Text>;

  return (
    <Stack gap="xs">
      <StatusLegend />
      <Table.ScrollContainer minWidth={200 + columns.length * 130}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" horizontalSpacing="xs" fz="sm">
          <Table.Caption>{t('goals.heatmap.caption', { count: teams.length, quarter: quarterName(portfolio.quarter) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('goals.portfolio.team')}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column.id ?? 'none'} ta="center" style={{ minWidth: 120, verticalAlign: 'bottom' }} fs={column.id === null ? 'italic' : undefined}>
                  {column.title}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.map((row) => (
              <Table.Tr key={row.teamId}>
                <Table.Th scope="row" fw={600}>
                  <AnchorLink to="/teams/$teamId/goals" params={{ teamId: row.teamId }} search={{ quarter: portfolio.quarter }}>
                    {row.teamName}
                  </AnchorLink>
                </Table.Th>
                {columns.map((column) => {
                  const cell = cells.get(`${row.teamId}:${column.id ?? ''}`);
                  if (!cell) {
                    return (
                      <Table.Td key={column.id ?? 'none'} ta="center" c="dimmed">
                        —
                      </Table.Td>
                    );
                  }
                  const colors = STATUS_COLORS[cell.status];
                  return (
                    <Table.Td
                      key={column.id ?? 'none'}
                      ta="center"
                      title={`${row.teamName} · ${column.title}: ${t(`goals.status.${cell.status}`)}, ${format.progress(cell.attainment)}`}
                      style={{
                        background: colors.background,
                        color: colors.text,
                        outline: cell.status === 'no_data' ? `1px dashed ${colors.border}` : undefined,
                        outlineOffset: -3,
                      }}
                    >
                      <Text span fw={700} size="sm" style={{ display: 'block', fontVariantNumeric: 'tabular-nums' }}>
                        {format.progress(cell.attainment)}
                      </Text>
                      <Text span size="xs" style={{ display: 'block' }}>
                        {t(`goals.status.${cell.status}`)} · {t('goals.heatmap.keyResults', { count: cell.keyResults })}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
