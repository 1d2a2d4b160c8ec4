import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaturityPortfolio } from '../../../contracts/index.ts';
import { useFormat } from '../../ui/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { ShareBar } from '../../ui/ShareBar.tsx';
import { LevelCell, LevelLegend } from './LevelCell.tsx';

/** Teams × dimensions of their latest assessment, coloured by level; the outcomes beside them. */
export function MaturityHeatmap({ portfolio }: { portfolio: MaturityPortfolio }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dimensions = portfolio.model.dimensions;
  const teams = [...portfolio.teams].sort((a, b) => (b.latest?.average ?? -1) - (a.latest?.average ?? -1) || a.teamName.localeCompare(b.teamName));
  if (teams.length === 0) return <Text>{t('maturity.noTeams')}</Text>;
  return (
    <Stack gap="xs">
      <LevelLegend />
      <Table.ScrollContainer minWidth={180 + dimensions.length * 70 + 340}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" horizontalSpacing="xs" fz="sm">
          <Table.Caption>{t('maturity.heatmapCaption', { count: teams.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('maturity.teamColumn')}</Table.Th>
              {dimensions.map((dimension) => (
                <Table.Th key={dimension.key} ta="center">
                  {dimension.name}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('maturity.average')}</Table.Th>
              <Table.Th>{t('maturity.outcomes.mix')}</Table.Th>
              <Table.Th ta="right">{t('maturity.outcomes.headcount')}</Table.Th>
              <Table.Th>{t('maturity.outcomes.leadership')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.map((row) => (
              <Table.Tr key={row.teamId}>
                <Table.Th scope="row" fw={600}>
                  <AnchorLink to="/teams/$teamId" params={{ teamId: row.teamId }}>
                    {row.teamName}
                  </AnchorLink>
                  <Text size="xs" fw={400}>
                    {row.latest ? t('maturity.assessedOnDate', { date: format.date(row.latest.assessedOn) }) : t('maturity.notAssessed')}
                  </Text>
                </Table.Th>
                {dimensions.map((dimension) => (
                  <LevelCell key={dimension.key} level={row.latest?.levels[dimension.key]} label={`${row.teamName} · ${dimension.name}`} />
                ))}
                <Table.Td ta="right" fw={600}>
                  {row.latest ? format.number(row.latest.average) : '—'}
                </Table.Td>
                <Table.Td>
                  <ShareBar businessShare={row.businessShare} width={40} />
                </Table.Td>
                <Table.Td ta="right">{row.headcount}</Table.Td>
                <Table.Td>{row.leadershipComplete ? t('common.yes') : t('common.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
