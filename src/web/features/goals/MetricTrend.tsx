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

type Labels = { target: string; baseline: string; period: string; value: string; daily: string; runningTotal: string };

/** A measured day: its value, whether it lies in the key result's period, and for a summed metric the period's total up to it. */
type Day = { day: string; value: number; inPeriod: boolean; runningTotal: number | null };

/**
 * The organization's calendar day a day bucket stands for. A bucket starts at midnight in the
 * organization's time zone, which lies within twelve hours of midnight UTC of the same day, so
 * the UTC date twelve hours later is that day whatever the browser's own time zone is.
 */
export const bucketDay = (at: string) => isoDay(Date.parse(at) + DAY_MS / 2);

function daysOf(keyResult: KeyResult, points: readonly MeasurementPoint[]): Day[] {
  const summed = keyResult.metric.aggregation === 'sum';
  let total = 0;
  return points.map((p) => {
    const day = bucketDay(p.at);
    const inPeriod = day >= keyResult.periodStart && day <= keyResult.periodEnd;
    if (inPeriod) total += p.value;
    return { day, value: p.value, inPeriod, runningTotal: summed && inPeriod ? total : null };
  });
}

/** An axis range that holds the values, the target and the baseline, on round numbers; not below 0 for values that cannot be, not above 100 for percentages. */
function niceBounds(low: number, high: number, unit: MetricUnit): { min: number; max: number } {
  const range = high - low || Math.abs(high) || 1;
  const step = 10 ** Math.floor(Math.log10(range)) / 2;
  let min = Math.floor((low - range * 0.05) / step) * step;
  let max = Math.ceil((high + range * 0.05) / step) * step;
  if (low >= 0 && min < 0) min = 0;
  if (unit === 'percent' && high <= 100 && max > 100) max = 100;
  return { min, max };
}

const dayMs = (isoDate: string) => Date.parse(`${isoDate}T00:00:00`);

/**
 * The metric per day with the target and baseline as lines and the period shaded. A summed metric
 * is compared with its target by its total over the period, so it gets that running total as a
 * line on its own axis, and the target and baseline sit on that axis.
 */
function trendOption(keyResult: KeyResult, days: readonly Day[], unit: MetricUnit, format: GoalsFormatters, labels: Labels): ChartOption {
  const summed = keyResult.metric.aggregation === 'sum';
  const start = dayMs(keyResult.periodStart);
  const end = dayMs(keyResult.periodEnd) + DAY_MS - 1;
  const first = days.length > 0 ? dayMs(days[0]!.day) : start;
  const last = days.length > 0 ? dayMs(days[days.length - 1]!.day) : start;
  const xAxis = { type: 'time' as const, min: Math.min(first, start), max: Math.max(end, last) };
  const compared = summed ? days.flatMap((d) => (d.runningTotal === null ? [] : [d.runningTotal])) : days.map((d) => d.value);
  const low = Math.min(keyResult.target, keyResult.baseline, ...compared);
  const high = Math.max(keyResult.target, keyResult.baseline, ...compared);
  const bounds = niceBounds(low, high, unit);
  const axisLabel = { formatter: (value: number) => format.axis(value, unit) };
  const markLine = {
    symbol: 'none' as const,
    silent: true,
    data: [
      {
        yAxis: keyResult.target,
        name: labels.target,
        lineStyle: { type: 'dashed' as const, width: 2, color: '#237032' },
        label: { formatter: `${labels.target}: ${format.value(keyResult.target, unit)}`, position: 'end' as const, color: '#1a1b1e' },
      },
      {
        yAxis: keyResult.baseline,
        name: labels.baseline,
        lineStyle: { type: 'dotted' as const, width: 1.5, color: '#495057' },
        label: { formatter: `${labels.baseline}: ${format.value(keyResult.baseline, unit)}`, position: 'end' as const, color: '#1a1b1e' },
      },
    ],
  };
  const markArea = {
    silent: true,
    itemStyle: { color: 'rgba(24, 100, 171, 0.08)', borderColor: '#74c0fc', borderWidth: 1, borderType: 'dashed' as const },
    label: { color: '#1a1b1e', position: 'insideTop' as const },
    data: [[{ xAxis: start, name: labels.period }, { xAxis: end }]] as [{ xAxis: number; name: string }, { xAxis: number }][],
  };
  const valueFormatter = (value: unknown) => (value === null || value === undefined ? '—' : format.value(Number(Array.isArray(value) ? value[1] : value), unit));

  if (summed) {
    return {
      tooltip: { trigger: 'axis', valueFormatter },
      legend: { bottom: 0 },
      grid: { left: 16, right: 16, top: 24, bottom: 48, containLabel: true },
      xAxis,
      yAxis: [
        { type: 'value', name: labels.daily, axisLabel, splitLine: { show: false } },
        { type: 'value', name: labels.runningTotal, axisLabel, ...bounds },
      ],
      series: [
        { type: 'bar', name: labels.daily, yAxisIndex: 0, barMaxWidth: 6, itemStyle: { color: '#74c0fc' }, data: days.map((d) => [dayMs(d.day), d.value]), markArea },
        {
          type: 'line',
          name: labels.runningTotal,
          yAxisIndex: 1,
          showSymbol: false,
          lineStyle: { width: 3, color: '#1864ab' },
          itemStyle: { color: '#1864ab' },
          data: days.filter((d) => d.runningTotal !== null).map((d) => [dayMs(d.day), d.runningTotal]),
          markLine: { ...markLine, data: markLine.data.map((m) => ({ ...m, label: { ...m.label, position: 'insideEndTop' as const } })) },
        },
      ],
    };
  }
  return {
    tooltip: { trigger: 'axis', valueFormatter },
    grid: { left: 16, right: 96, top: 24, bottom: 32, containLabel: true },
    xAxis,
    yAxis: { type: 'value', axisLabel, ...bounds },
    series: [
      {
        type: 'line',
        name: labels.value,
        showSymbol: days.length < 60,
        symbol: 'circle',
        symbolSize: 5,
        lineStyle: { width: 2, color: '#1864ab' },
        itemStyle: { color: '#1864ab' },
        data: days.map((d) => [dayMs(d.day), d.value]),
        markLine,
        markArea,
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
  const summed = keyResult.metric.aggregation === 'sum';
  const days = useMemo(() => daysOf(keyResult, points), [keyResult, points]);
  const option = useMemo(
    () =>
      trendOption(keyResult, days, unit, goals, {
        target: t('goals.trend.target'),
        baseline: t('goals.trend.baseline'),
        period: t('goals.trend.period'),
        value: t('goals.trend.value'),
        daily: t('goals.trend.daily'),
        runningTotal: t('goals.trend.runningTotal'),
      }),
    [keyResult, days, unit, goals, t],
  );
  const metricName = goals.name(keyResult.metric.name);
  const newestFirst = useMemo(() => [...days].reverse(), [days]);

  if (days.length === 0) return <Text size="sm">{t('goals.trend.none', { metric: metricName })}</Text>;
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const total = [...days].reverse().find((d) => d.runningTotal !== null)?.runningTotal ?? null;

  return (
    <Stack gap="xs">
      <Paper withBorder p="xs" radius="md">
        <Chart
          option={option}
          height={300}
          label={t(summed ? 'goals.trend.chartLabelSum' : 'goals.trend.chartLabel', { metric: metricName, from: format.date(keyResult.periodStart), to: format.date(keyResult.periodEnd) })}
        />
      </Paper>
      <Text size="sm">
        {t('goals.trend.summary', {
          metric: metricName,
          count: days.length,
          first: goals.value(first.value, unit),
          firstDate: format.date(first.day),
          last: goals.value(last.value, unit),
          lastDate: format.date(last.day),
          target: goals.value(keyResult.target, unit),
        })}
        {summed && total !== null && ` ${t('goals.trend.summaryTotal', { total: goals.value(total, unit) })}`}
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
                  {summed && <Table.Th ta="right">{t('goals.trend.runningTotal')}</Table.Th>}
                  <Table.Th>{t('goals.trend.inPeriod')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {newestFirst.map((d) => (
                  <Table.Tr key={d.day}>
                    <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                      {format.date(d.day)}
                    </Table.Th>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {goals.value(d.value, unit)}
                    </Table.Td>
                    {summed && (
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                        {d.runningTotal === null ? '—' : goals.value(d.runningTotal, unit)}
                      </Table.Td>
                    )}
                    <Table.Td>{d.inPeriod ? t('common.yes') : t('common.no')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        )}
      </Box>
    </Stack>
  );
}
