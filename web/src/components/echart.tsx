import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/esm/core';

// Register only what the app draws, so the chart chunk stays a fraction of full ECharts.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type EChartOption = echarts.ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface EChartProps {
  option: EChartOption;
  height?: number;
  /** Read out by screen readers in place of the canvas. */
  label: string;
}

/** An ECharts canvas that follows its container's width. */
export function EChart({ option, height = 300, label }: EChartProps) {
  return (
    <div role="img" aria-label={label}>
      <EChartsReactCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />
    </div>
  );
}
