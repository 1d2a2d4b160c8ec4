import { Box } from '@mantine/core';
import {
  BarChart,
  LineChart,
  PieChart,
  RadarChart,
  SankeyChart,
  TreemapChart,
  type BarSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
  type RadarSeriesOption,
  type SankeySeriesOption,
  type TreemapSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
  type RadarComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerCharts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the chart types the app draws are registered, so the bundle carries no more of ECharts than that.
registerCharts([
  BarChart,
  LineChart,
  PieChart,
  RadarChart,
  SankeyChart,
  TreemapChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | RadarSeriesOption
  | SankeySeriesOption
  | TreemapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | RadarComponentOption
  | TooltipComponentOption
>;

/** Colours per level 1…5, light to dark; with the text colour that keeps 4.5:1 contrast on each. */
export const LEVEL_COLORS = ['#e7f5ff', '#a5d8ff', '#74c0fc', '#1971c2', '#0b3d75'] as const;
export const LEVEL_TEXT = ['#1a1b1e', '#1a1b1e', '#1a1b1e', '#ffffff', '#ffffff'] as const;
/** Colours per Likert answer 1 (disagree) … 5 (agree), red to green. */
export const LIKERT_COLORS = ['#c92a2a', '#f08c00', '#adb5bd', '#74b816', '#2b8a3e'] as const;

type Props = {
  option: ChartOption;
  /** The chart's accessible name; the numbers themselves stand in a table or list beside it. */
  label: string;
  height?: number;
};

/**
 * An ECharts chart in a div: created once, given new options as they change, resized with its box,
 * disposed when it leaves. To assistive technology it is one image with a name.
 */
export function Chart({ option, label, height = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    if (!ref.current) return;
    const instance = init(ref.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // ECharts measures text itself, so it needs the real font, not `inherit`.
    const fontFamily = ref.current ? getComputedStyle(ref.current).fontFamily : undefined;
    chart.current?.setOption({ animation: false, textStyle: { fontFamily }, ...option }, { notMerge: true });
  }, [option]);

  return <Box ref={ref} role="img" aria-label={label} h={height} w="100%" />;
}
