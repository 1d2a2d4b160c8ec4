import { Box, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyResult, MeasurementPoint, MetricUnit } from '../../../contracts/index.ts';
import { Chart, type ChartOption } from '../../ui/Chart.tsx';
import { today, useFormat } from '../../ui/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useGoalsFormat, type GoalsFormatters } from './format.ts';
import { useMetricSeries } from './hooks.ts';

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The last twelve months of the key result's metric, one value per day, so the period can be seen
 * against what came before; an older period is shown from its start.
 */
export function MetricTrend({ keyResult }: { keyResult: KeyResult }) {
  const yearAgo = isoDay(Date.parse(`${today()}T00:00:00Z`) - 365 * DAY_MS);
  const from = keyResult.periodStart < yearAgo ? keyResult.periodStart : yearAgo;
  const series = useMetricSeries(keyResult.metric.id, { from, bucket: 'day' });
  return <QueryState query={series}>{(data) => <TrendView keyResult={keyResult} points={data.points} unit={data.metric.unit} />}</QueryState>;
}

type Labels = { target: string; baseline: string; period: string; value: string };

function trendOption(keyResult: KeyResult, points: readonly MeasurementPoint[], unit: MetricUnit, format: GoalsFormatters, labels: Labels): ChartOption {
  const start = Date.parse(`${keyResult.periodStart}T00:00:00`);
  const end = Date.parse(`${keyResult.periodEnd}T23:59:59`);
  const last = points.length > 0 ? Date.parse(points[points.length - 1]!.at) : Date.now();
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value) => (value === null || value === undefined ? '—' : format.value(Number(value), unit)) },
    grid: { left: 16, right: 96, top: 24, bottom: 32, containLabel: true },
    xAxis: { type: 'time', max: Math.max(end, last) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (value: number) => format.axis(value, unit) } },
    series: [
      {
        type: 'line',
        name: labels.value,
        showSymbol: points.length < 60,
        symbolSize: 5,
        lineStyle: { width: 2, color: '#1864ab' },
        itemStyle: { color: '#1864ab' },
        data: points.map((p) => [Date.parse(p.at), p.value]),
        markLine: {
          symbol: 'none',
          silent: true,
          data: [
            {
              yAxis: keyResult.target,
              name: labels.target,
              lineStyle: { type: 'dashed', width: 2, color: '#237032' },
              label: { formatter: `${labels.target}: ${format.value(keyResult.target, unit)}`, position: 'end', color: '#1a1b1e' },
            },
            {
              yAxis: keyResult.baseline,
              name: labels.baseline,
              lineStyle: { type: 'dotted', width: 1.5, color: '#495057' },
              label: { formatter: `${labels.baseline}: ${format.value(keyResult.baseline, unit)}`, position: 'end', color: '#1a1b1e' },
            },
          ],
        },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(24, 100, 171, 0.08)', borderColor: '#74c0fc', borderWidth: 1, borderType: 'dashed' },
          label: { color: '#1a1b1e', position: 'insideTop' },
          data: [[{ xAxis: start, name: labels.period }, { xAxis: end }]],
        },
      },
    ],
  };
}

function TrendView({ keyResult, points, unit }: { keyResult: KeyResult; points: readonly MeasurementPoint[]; unit: MetricUnit }) {
  const { t } = useTranslation();
  const goals = useGoalsFormat();
  const format = useFormat();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const option = useMemo(
    () => trendOption(keyResult, points, unit, goals, { target: t('goals.trend.target'), baseline: t('goals.trend.baseline'), period: t('goals.trend.period'), value: t('goals.trend.value') }),
    [keyResult, points, unit, goals, t],
  );
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(goals.locale, { dateStyle: 'medium' }), [goals.locale]);
  const metricName = goals.name(keyResult.metric.name);
  const newestFirst = useMemo(() => [...points].reverse(), [points]);

  if (points.length === 0) return <Text size="sm">{t('goals.trend.none', { metric: metricName })}</Text>;
  const first = points[0]!;
  const last = points[points.length - 1]!;

  return (
    <Stack gap="xs">
      <Paper withBorder p="xs" radius="md">
        <Chart
          option={option}
          height={280}
          label={t('goals.trend.chartLabel', { metric: metricName, from: format.date(keyResult.periodStart), to: format.date(keyResult.periodEnd) })}
        />
      </Paper>
      <Text size="sm">
        {t('goals.trend.summary', {
          metric: metricName,
          days: points.length,
          first: goals.value(first.value, unit),
          firstDate: dayFormat.format(new Date(first.at)),
          last: goals.value(last.value, unit),
          lastDate: dayFormat.format(new Date(last.at)),
          target: goals.value(keyResult.target, unit),
        })}
      </Text>
      <div>
        <Button variant="subtle" size="compact-sm" leftSection={<IconTable size={14} aria-hidden />} onClick={() => setShowTable((v) => !v)} aria-expanded={showTable} aria-controls={tableId}>
          {showTable ? t('goals.trend.hideTable') : t('goals.trend.showTable')}
        </Button>
      </div>
      <Box id={tableId} hidden={!showTable}>
        {showTable && (
          <Box style={{ maxHeight: 320, overflowY: 'auto' }} tabIndex={0} role="region" aria-label={t('goals.trend.tableCaption', { metric: metricName })}>
            <Table striped withTableBorder verticalSpacing={4} stickyHeader>
              <Table.Caption>{t('goals.trend.tableCaption', { metric: metricName })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('goals.trend.day')}</Table.Th>
                  <Table.Th ta="right">{t('goals.trend.value')}</Table.Th>
                  <Table.Th>{t('goals.trend.inPeriod')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {newestFirst.map((p) => {
                  const day = dayFormat.format(new Date(p.at));
                  const localDay = isoDayLocal(p.at);
                  const inPeriod = localDay >= keyResult.periodStart && localDay <= keyResult.periodEnd;
                  return (
                    <Table.Tr key={p.at}>
                      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                        {day}
                      </Table.Th>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                        {goals.value(p.value, unit)}
                      </Table.Td>
                      <Table.Td>{inPeriod ? t('common.yes') : t('common.no')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Box>
        )}
      </Box>
    </Stack>
  );
}

/** The calendar day of a time stamp in the browser's time zone, as YYYY-MM-DD. */
function isoDayLocal(timestamp: string): string {
  const d = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
