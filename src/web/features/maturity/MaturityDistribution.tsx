import { Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATURITY_LEVELS, type MaturityPortfolio } from '../../../contracts/index.ts';
import { Chart, LEVEL_COLORS, type ChartOption } from '../../ui/Chart.tsx';

/** For one dimension: how many teams sat at each level, quarter by quarter, as stacked bars and as a table. */
export function MaturityDistribution({ portfolio }: { portfolio: MaturityPortfolio }) {
  const { t } = useTranslation();
  const dimensions = portfolio.model.dimensions;
  const [key, setKey] = useState<string | null>(dimensions[0]?.key ?? null);
  const dimension = dimensions.find((d) => d.key === key) ?? dimensions[0];
  const rows = useMemo(
    () => portfolio.distribution.filter((d) => d.dimensionKey === dimension?.key).sort((a, b) => a.quarter.localeCompare(b.quarter)),
    [portfolio.distribution, dimension?.key],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: rows.map((r) => r.quarter) },
      yAxis: { type: 'value', minInterval: 1, name: t('maturity.distribution.teams') },
      series: MATURITY_LEVELS.map((level) => ({
        type: 'bar',
        stack: 'levels',
        name: t('maturity.levelN', { level }),
        itemStyle: { color: LEVEL_COLORS[level - 1], borderColor: '#495057', borderWidth: 0.5 },
        data: rows.map((r) => r.counts[level - 1] ?? 0),
      })),
    }),
    [rows, t],
  );
  if (!dimension) return null;

  return (
    <Stack gap="sm">
      <Select
        label={t('maturity.distribution.dimension')}
        allowDeselect={false}
        data={dimensions.map((d) => ({ value: d.key, label: d.name }))}
        value={dimension.key}
        onChange={setKey}
        w={{ base: '100%', sm: 320 }}
      />
      {rows.length === 0 ? (
        <Text>{t('maturity.distribution.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Chart option={option} label={t('maturity.distribution.chartLabel', { dimension: dimension.name })} />
          <Table.ScrollContainer minWidth={360}>
            <Table withTableBorder verticalSpacing="xs">
              <Table.Caption>{t('maturity.distribution.tableCaption', { dimension: dimension.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('maturity.distribution.quarter')}</Table.Th>
                  {MATURITY_LEVELS.map((level) => (
                    <Table.Th key={level} ta="right">
                      {t('maturity.levelN', { level })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.quarter}>
                    <Table.Th scope="row">{row.quarter}</Table.Th>
                    {row.counts.map((count, i) => (
                      <Table.Td key={i} ta="right">
                        {count}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SimpleGrid>
      )}
    </Stack>
  );
}
