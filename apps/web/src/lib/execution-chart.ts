import type { EChartsCoreOption } from 'echarts/core';
import type { Checkpoint, LedgerEntry, Light, Thresholds } from '../graphql/execution-documents.js';
import { fenToWanExact, yuanToFen } from './money.js';

/** Colours of the traffic light, as the tags and bars show it. */
export const lightColors: Record<Light, string> = { RED: '#cf1322', YELLOW: '#d48806', GREEN: '#389e0d' };
export const lightTagColors: Record<Light, string> = { RED: 'red', YELLOW: 'gold', GREEN: 'green' };

/** The configured thresholds in words (docs/execution.md, the traffic light). */
export function thresholdText(thresholds: Thresholds): string {
  return `红：低于 ${thresholds.yellowFrom}%；黄：${thresholds.yellowFrom}% 至低于 ${thresholds.greenFrom}%；绿：${thresholds.greenFrom}% 及以上`;
}

/** Red first, then yellow, green, none: the order the overview lists projects in. */
export const lightRank = (light: Light | null): number => (light === null ? 3 : { RED: 0, YELLOW: 1, GREEN: 2 }[light]);

/** Two figures as the API gives them (decimal strings, or none: first), for sorting only; nothing is printed from it. */
export const byFigure = (a: string | null, b: string | null): number => (a === null ? -1 : Number(a)) - (b === null ? -1 : Number(b));

/** 执行总览's order: red first, then yellow, green, none; within a light the furthest behind time progress first. */
export function redFirst<P extends { light: Light | null; lightRatio: string | null; projectCode: string }>(projects: readonly P[]): P[] {
  return [...projects].sort((a, b) => lightRank(a.light) - lightRank(b.light) || byFigure(a.lightRatio, b.lightRatio) || a.projectCode.localeCompare(b.projectCode));
}

/** Fen as a 万元 number for the chart's axis only; every figure a person reads is printed from strings. */
const wanNumber = (fen: bigint): number => Number(fenToWanExact(fen));

/**
 * Cumulative spending by payment date through `through`, one point per date with payments
 * (a reversal counts on its payment's date, so it lowers that day), starting at 0 on 1 January.
 */
export function cumulativeSpending(entries: readonly LedgerEntry[], fiscalYear: number, through: string): Array<[string, number]> {
  const byDate = new Map<string, bigint>();
  for (const entry of entries) {
    if (entry.date > through) continue;
    byDate.set(entry.date, (byDate.get(entry.date) ?? 0n) + (yuanToFen(entry.amount) ?? 0n));
  }
  let total = 0n;
  const points: Array<[string, number]> = [[`${fiscalYear}-01-01`, 0]];
  for (const date of [...byDate.keys()].sort()) {
    total += byDate.get(date)!;
    points.push([date, wanNumber(total)]);
  }
  const last = points[points.length - 1]![0];
  if (through > last && through.startsWith(String(fiscalYear))) points.push([through, wanNumber(total)]);
  return points;
}

/**
 * The cumulative plan as the domain interpolates it: 0 at the start of 1 January, straight
 * lines by days between the columns given (an empty one skipped), flat after the last.
 * On a time axis straight segments between these points are exactly that interpolation.
 */
export function planLine(checkpoints: readonly Checkpoint[], fiscalYear: number): Array<[string, number]> {
  const points: Array<[string, number]> = [[`${fiscalYear}-01-01`, 0]];
  for (const checkpoint of checkpoints) {
    if (checkpoint.planned !== null) points.push([checkpoint.date, wanNumber(yuanToFen(checkpoint.planned) ?? 0n)]);
  }
  const end = `${fiscalYear}-12-31`;
  if (points[points.length - 1]![0] < end) points.push([end, points[points.length - 1]![1]]);
  return points;
}

/** The chart of 执行进度: the planned line with its 3/6/10/12月底 points, actual spending, and the date read. */
export function executionChartOption(input: { entries: readonly LedgerEntry[]; checkpoints: readonly Checkpoint[]; fiscalYear: number; through: string }): EChartsCoreOption {
  const plan = planLine(input.checkpoints, input.fiscalYear);
  const actual = cumulativeSpending(input.entries, input.fiscalYear, input.through);
  const columns = input.checkpoints.filter((c) => c.planned !== null).map((c) => ({ name: c.label, value: [c.date, wanNumber(yuanToFen(c.planned!) ?? 0n)] }));
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `${Number(value).toFixed(2)} 万元` },
    legend: { data: ['累计计划', '计划节点', '累计支出'], top: 0 },
    grid: { left: 64, right: 32, top: 64, bottom: 32 },
    xAxis: { type: 'time', min: `${input.fiscalYear}-01-01`, max: `${input.fiscalYear}-12-31`, axisLabel: { formatter: '{M}月' } },
    yAxis: { type: 'value', name: '万元' },
    series: [
      { name: '累计计划', type: 'line', data: plan, showSymbol: false, lineStyle: { type: 'dashed' }, color: '#8c8c8c' },
      { name: '计划节点', type: 'scatter', data: columns, symbolSize: 10, color: '#595959', label: { show: true, formatter: '{b}', position: 'top' } },
      {
        name: '累计支出',
        type: 'line',
        step: 'end',
        data: actual,
        color: '#1677ff',
        areaStyle: { opacity: 0.12 },
        markLine: { symbol: 'none', label: { formatter: `截至 ${input.through}` }, data: [{ xAxis: input.through }] },
      },
    ],
  };
}
