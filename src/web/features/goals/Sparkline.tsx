import { useMemo } from 'react';
import type { KrStatus } from '../../../contracts/index.ts';
import { Chart, type ChartOption } from '../../ui/Chart.tsx';
import { STATUS_COLORS } from './StatusBadge.tsx';

type Props = {
  /** One value per day of the period so far; null for a day without a measurement. */
  values: readonly (number | null)[];
  /** A summed metric is drawn as its running total over the period, which is what meets the target. */
  cumulative?: boolean;
  target: number;
  status: KrStatus;
  label: string;
};

/** The period so far as a small line, the target dashed; the figures stand beside it as text. */
export function Sparkline({ values: daily, cumulative = false, target, status, label }: Props) {
  const option = useMemo<ChartOption>(() => {
    let total = 0;
    const values = cumulative ? daily.map((v) => (total += v ?? 0)) : daily;
    const present = values.filter((v): v is number => v !== null);
    const min = Math.min(target, ...present);
    const max = Math.max(target, ...present);
    const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
    const color = status === 'not_started' || status === 'no_data' ? '#495057' : STATUS_COLORS[status].border;
    return {
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: values.map((_, i) => i) },
      yAxis: { type: 'value', show: false, min: min - pad, max: max + pad },
      series: [
        {
          type: 'line',
          data: [...values],
          connectNulls: true,
          // A single day draws no line; its point shows instead.
          symbol: present.length < 2 ? 'circle' : 'none',
          symbolSize: 6,
          itemStyle: { color },
          lineStyle: { width: 2, color },
          markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { type: 'dashed', color: '#495057', width: 1 }, data: [{ yAxis: target }] },
        },
      ],
    };
  }, [daily, cumulative, target, status]);
  return <Chart option={option} label={label} height={36} />;
}
