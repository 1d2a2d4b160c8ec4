import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamFinance } from '../../../contracts/index.ts';
import { Chart, type ChartOption } from '../../ui/Chart.tsx';
import { currentMonth, useMoney } from '../../ui/money.ts';
import { ChartSection } from './ChartSection.tsx';
import { FINANCE_COLORS, SERIES_COLORS } from './colors.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { useFinanceFormat, type FinanceFormatters } from './format.ts';

type Props = { finance: TeamFinance; exportQuery: Record<string, string | number | undefined> };

const num = { ta: 'right', style: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } } as const;

/** The shared parts of a chart over money: tooltips and axis in the currency. */
function moneyAxis(money: FinanceFormatters) {
  return {
    type: 'value' as const,
    axisLabel: { formatter: (value: number) => money.compact(value) },
  };
}

export function PnlSection({ finance, exportQuery }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(finance.currency);
  const months = useMoney();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value) => money.whole(Number(value)) },
      legend: { bottom: 0 },
      grid: { left: 16, right: 16, top: 24, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: finance.months.map((m) => months.month(m.month)) },
      yAxis: moneyAxis(money),
      series: [
        { type: 'bar', name: t('finance.pnl.revenue'), stack: 'revenue', itemStyle: { color: FINANCE_COLORS.revenue }, data: finance.months.map((m) => m.revenueCents) },
        { type: 'bar', name: t('finance.pnl.directCost'), stack: 'cost', itemStyle: { color: FINANCE_COLORS.directCost }, data: finance.months.map((m) => m.directCostCents) },
        { type: 'bar', name: t('finance.pnl.allocated'), stack: 'cost', itemStyle: { color: FINANCE_COLORS.allocated }, data: finance.months.map((m) => m.allocatedCents) },
        {
          type: 'line',
          name: t('finance.pnl.margin'),
          symbolSize: 7,
          lineStyle: { width: 3 },
          itemStyle: { color: FINANCE_COLORS.margin },
          data: finance.months.map((m) => m.marginCents),
        },
      ],
    }),
    [finance.months, money, months, t],
  );
  const hasFigures = finance.months.some((m) => m.revenueCents || m.directCostCents || m.allocatedCents);

  return (
    <ChartSection
      id="pnl"
      title={t('finance.pnl.title')}
      intro={t('finance.pnl.intro')}
      actions={<ExportButtons path={`/teams/${finance.teamId}/finance/export`} query={{ ...exportQuery, table: 'pnl' }} what={t('finance.pnl.title')} />}
      empty={hasFigures ? null : t('finance.pnl.none')}
      chart={<Chart option={option} label={t('finance.pnl.chartLabel', { team: finance.teamName })} height={340} />}
      table={
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('finance.pnl.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.month')}</Table.Th>
                <Table.Th ta="right">{t('finance.pnl.revenue')}</Table.Th>
                <Table.Th ta="right">{t('finance.pnl.directCost')}</Table.Th>
                <Table.Th ta="right">{t('finance.pnl.allocated')}</Table.Th>
                <Table.Th ta="right">{t('finance.pnl.margin')}</Table.Th>
                <Table.Th ta="right">{t('finance.pnl.budget')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {finance.months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                    {months.month(m.month)}
                  </Table.Th>
                  <Table.Td {...num}>{money.cents(m.revenueCents)}</Table.Td>
                  <Table.Td {...num}>{money.cents(m.directCostCents)}</Table.Td>
                  <Table.Td {...num}>{money.cents(m.allocatedCents)}</Table.Td>
                  <Table.Td {...num} c={m.marginCents < 0 ? 'red.9' : undefined}>
                    {money.cents(m.marginCents)}
                  </Table.Td>
                  <Table.Td {...num}>{money.cents(m.budgetCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('finance.total')}</Table.Th>
                <Table.Th {...num}>{money.cents(finance.totals.revenueCents)}</Table.Th>
                <Table.Th {...num}>{money.cents(finance.totals.directCostCents)}</Table.Th>
                <Table.Th {...num}>{money.cents(finance.totals.allocatedCents)}</Table.Th>
                <Table.Th {...num} c={finance.totals.marginCents < 0 ? 'red.9' : undefined}>
                  {money.cents(finance.totals.marginCents)}
                </Table.Th>
                <Table.Th {...num}>{money.cents(finance.totals.budgetCents)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

/** `forecast` is drawn from the last closed month on; `projected` says the month is one the forecast is for. */
type BurnRow = { month: string; budget: number; actual: number | null; forecast: number | null; projected: boolean };

/**
 * Cumulative budget and actual over the period, and the run-rate forecast from the last closed
 * month on: where the forecast line ends above the budget line, the year will overrun.
 */
function burnRows(finance: TeamFinance): BurnRow[] {
  const now = finance.period.currentMonth ?? currentMonth();
  const rows: BurnRow[] = [];
  let budget = 0;
  let actual = 0;
  let lastClosed = -1;
  finance.months.forEach((m, i) => {
    budget += m.budgetCents;
    actual += m.directCostCents + m.allocatedCents;
    if (m.month < now) lastClosed = i;
    // The current month counts once something is booked in it; before that the line ends last month.
    const booked = m.month < now || (m.month === now && (m.directCostCents !== 0 || m.allocatedCents !== 0));
    rows.push({ month: m.month, budget, actual: booked ? actual : null, forecast: null, projected: false });
  });
  const closed = lastClosed >= 0 ? rows[lastClosed]! : null;
  const open = rows.length - 1 - lastClosed;
  if (closed && open > 0) {
    const base = closed.actual ?? 0;
    for (let i = lastClosed; i < rows.length; i++) {
      rows[i]!.forecast = base + finance.forecast.runRateCents * (i - lastClosed);
      rows[i]!.projected = i > lastClosed;
    }
  }
  return rows;
}

export function BurnSection({ finance }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(finance.currency);
  const months = useMoney();
  const rows = useMemo(() => burnRows(finance), [finance]);
  const overrun = finance.forecast.overrun;
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value) => (value === null || value === undefined ? '—' : money.whole(Number(value))) },
      legend: { bottom: 0 },
      grid: { left: 16, right: 16, top: 24, bottom: 48, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: rows.map((r) => months.month(r.month)) },
      yAxis: moneyAxis(money),
      series: [
        {
          type: 'line',
          name: t('finance.burn.budget'),
          step: false,
          symbol: 'none',
          lineStyle: { width: 2, type: 'dashed', color: FINANCE_COLORS.budget },
          itemStyle: { color: FINANCE_COLORS.budget },
          data: rows.map((r) => r.budget),
        },
        {
          type: 'line',
          name: t('finance.burn.actual'),
          symbolSize: 7,
          lineStyle: { width: 3, color: FINANCE_COLORS.actual },
          itemStyle: { color: FINANCE_COLORS.actual },
          areaStyle: { color: FINANCE_COLORS.actual, opacity: 0.08 },
          data: rows.map((r) => r.actual),
        },
        // A period of closed months has nothing to forecast: no line, and no legend entry for one.
        ...(rows.some((r) => r.projected)
          ? [
              {
                type: 'line' as const,
                name: t('finance.burn.forecast'),
                symbol: 'emptyCircle',
                symbolSize: 6,
                lineStyle: { width: 3, type: 'dotted' as const, color: overrun ? FINANCE_COLORS.overrun : FINANCE_COLORS.forecast },
                itemStyle: { color: overrun ? FINANCE_COLORS.overrun : FINANCE_COLORS.forecast },
                data: rows.map((r) => r.forecast),
              },
            ]
          : []),
      ],
    }),
    [rows, money, months, overrun, t],
  );

  return (
    <ChartSection
      id="burn"
      title={t('finance.burn.title')}
      intro={t('finance.burn.intro')}
      chart={<Chart option={option} label={t('finance.burn.chartLabel', { team: finance.teamName })} height={320} />}
      table={
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('finance.burn.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.month')}</Table.Th>
                <Table.Th ta="right">{t('finance.burn.budget')}</Table.Th>
                <Table.Th ta="right">{t('finance.burn.actual')}</Table.Th>
                <Table.Th ta="right">{t('finance.burn.forecast')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.month}>
                  <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                    {months.month(r.month)}
                  </Table.Th>
                  <Table.Td {...num}>{money.cents(r.budget)}</Table.Td>
                  <Table.Td {...num}>{r.actual === null ? '—' : money.cents(r.actual)}</Table.Td>
                  <Table.Td {...num} c={r.projected && r.forecast !== null && r.forecast > r.budget ? 'red.9' : undefined}>
                    {r.projected && r.forecast !== null ? money.cents(r.forecast) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

export function CategorySection({ finance, exportQuery }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(finance.currency);
  const rows = finance.byCategory;
  const option = useMemo<ChartOption>(() => {
    // Top to bottom in the categories' order: the category axis runs bottom-up, so it is reversed.
    const ordered = [...rows].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => money.whole(Number(value)) },
      legend: { bottom: 0 },
      grid: { left: 16, right: 24, top: 8, bottom: 40, containLabel: true },
      yAxis: { type: 'category', data: ordered.map((r) => t(`finance.category.${r.category}`)) },
      xAxis: { ...moneyAxis(money), splitNumber: 4 },
      series: [
        { type: 'bar', name: t('finance.categories.budget'), itemStyle: { color: FINANCE_COLORS.plannedBudget }, data: ordered.map((r) => r.budgetCents) },
        {
          type: 'bar',
          name: t('finance.categories.actual'),
          itemStyle: { color: FINANCE_COLORS.actual },
          data: ordered.map((r) => ({ value: r.actualCents, itemStyle: { color: r.actualCents > r.budgetCents ? FINANCE_COLORS.overrun : FINANCE_COLORS.actual } })),
        },
      ],
    };
  }, [rows, money, t]);
  const empty = rows.every((r) => r.budgetCents === 0 && r.actualCents === 0);

  return (
    <ChartSection
      id="categories"
      title={t('finance.categories.title')}
      intro={t('finance.categories.intro')}
      actions={<ExportButtons path={`/teams/${finance.teamId}/finance/export`} query={{ ...exportQuery, table: 'categories' }} what={t('finance.categories.title')} />}
      empty={empty ? t('finance.categories.none') : null}
      chart={<Chart option={option} label={t('finance.categories.chartLabel', { team: finance.teamName })} height={340} />}
      table={
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('finance.categories.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.categories.category')}</Table.Th>
                <Table.Th ta="right">{t('finance.categories.budget')}</Table.Th>
                <Table.Th ta="right">{t('finance.categories.actual')}</Table.Th>
                <Table.Th ta="right">{t('finance.categories.left')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.category}>
                  <Table.Th scope="row" fw={400}>
                    {t(`finance.category.${r.category}`)}
                  </Table.Th>
                  <Table.Td {...num}>{money.cents(r.budgetCents)}</Table.Td>
                  <Table.Td {...num}>{money.cents(r.actualCents)}</Table.Td>
                  <Table.Td {...num} c={r.budgetCents - r.actualCents < 0 ? 'red.9' : undefined}>
                    {money.cents(r.budgetCents - r.actualCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

export function ServiceSection({ finance, exportQuery }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(finance.currency);
  // Largest first by size: a platform team's charged-out amounts are negative.
  const rows = useMemo(() => [...finance.byService].sort((a, b) => Math.abs(b.amountCents) - Math.abs(a.amountCents)), [finance.byService]);
  const chargedOut = rows.length > 0 && rows.every((r) => r.amountCents <= 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => money.whole(Number(value)) },
      grid: { left: 16, right: 80, top: 8, bottom: 8, containLabel: true },
      // Largest on top: the category axis runs bottom-up, so the order is reversed.
      yAxis: { type: 'category', data: rows.map((r) => r.serviceName).reverse(), axisLabel: { width: 220, overflow: 'truncate' } },
      // The bars carry their amounts; numbers under a narrow axis would run into each other.
      xAxis: { type: 'value', axisLabel: { show: false } },
      series: [
        {
          type: 'bar',
          name: t('finance.services.amount'),
          itemStyle: { color: FINANCE_COLORS.allocated, borderColor: FINANCE_COLORS.directCost, borderWidth: 1 },
          label: { show: true, position: 'right', formatter: ({ value }) => money.compact(Number(value)) },
          data: rows.map((r) => r.amountCents).reverse(),
        },
      ],
    }),
    [rows, money, t],
  );
  const total = rows.reduce((sum, r) => sum + r.amountCents, 0);

  return (
    <ChartSection
      id="services"
      title={t('finance.services.title')}
      intro={chargedOut ? t('finance.services.introChargedOut') : t('finance.services.intro')}
      actions={<ExportButtons path={`/teams/${finance.teamId}/finance/export`} query={{ ...exportQuery, table: 'services' }} what={t('finance.services.title')} />}
      empty={rows.length === 0 ? t('finance.services.none') : null}
      chart={<Chart option={option} label={t('finance.services.chartLabel', { team: finance.teamName })} height={Math.max(140, rows.length * 40 + 40)} />}
      table={
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('finance.services.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.services.service')}</Table.Th>
                <Table.Th>{t('finance.services.provider')}</Table.Th>
                <Table.Th ta="right">{t('finance.services.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.serviceId}>
                  <Table.Th scope="row" fw={400}>
                    {r.serviceName}
                  </Table.Th>
                  <Table.Td>{r.providerTeamName}</Table.Td>
                  <Table.Td {...num}>{money.cents(r.amountCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={2}>
                  {t('finance.total')}
                </Table.Th>
                <Table.Th {...num}>{money.cents(total)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

export function StreamSection({ finance }: Props) {
  const { t } = useTranslation();
  const money = useFinanceFormat(finance.currency);
  const rows = useMemo(() => [...finance.byStream].sort((a, b) => b.amountCents - a.amountCents), [finance.byStream]);
  const total = rows.reduce((sum, r) => sum + r.amountCents, 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', valueFormatter: (value) => money.whole(Number(value)) },
      legend: { bottom: 0, type: 'plain' },
      series: [
        {
          type: 'pie',
          name: t('finance.streams.title'),
          radius: ['42%', '70%'],
          center: ['50%', '45%'],
          label: { formatter: ({ name, percent }) => `${name}\n${money.percent(Number(percent))}`, color: '#212529', lineHeight: 16 },
          data: rows.map((r, i) => ({ name: r.stream, value: r.amountCents, itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length] } })),
        },
      ],
    }),
    [rows, money, t],
  );

  return (
    <ChartSection
      id="streams"
      side
      title={t('finance.streams.title')}
      intro={t('finance.streams.intro')}
      empty={rows.length === 0 ? t('finance.streams.none') : null}
      chart={<Chart option={option} label={t('finance.streams.chartLabel', { team: finance.teamName })} height={300} />}
      table={
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Caption>{t('finance.streams.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('finance.streams.stream')}</Table.Th>
                <Table.Th ta="right">{t('finance.streams.amount')}</Table.Th>
                <Table.Th ta="right">{t('finance.streams.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.stream}>
                  <Table.Th scope="row" fw={400}>
                    {r.stream}
                  </Table.Th>
                  <Table.Td {...num}>{money.cents(r.amountCents)}</Table.Td>
                  <Table.Td {...num}>{total > 0 ? money.percent((r.amountCents / total) * 100) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('finance.total')}</Table.Th>
                <Table.Th {...num}>{money.cents(total)}</Table.Th>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}
