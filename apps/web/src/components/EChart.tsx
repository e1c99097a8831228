import { useEffect, useRef } from 'react';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the charts the console draws are bundled: the intranet serves the bundle, not a CDN.
use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, MarkLineComponent, DataZoomComponent, CanvasRenderer]);

/**
 * One ECharts canvas. The option is replaced whole on every change (notMerge), so a series that
 * disappears from the data disappears from the chart. `testId` lets browser tests find the chart;
 * what a person reads from it is also shown as text beside it, which is what tests assert.
 */
export function EChart({ option, height = 320, testId }: { option: EChartsCoreOption; height?: number; testId?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} data-testid={testId} style={{ width: '100%', height }} />;
}
