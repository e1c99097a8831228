import { messages } from '@app/domain';
import { wanCell } from './form-amounts.js';
import type { SheetGrid } from './form-sheet.js';
import { indicatorLevelCells } from './indicator-levels.js';

/**
 * The parts a self-evaluation form (自评表) is made of, on nine columns (A4 across): the budget
 * and its execution with their points, the scored indicators, the total and the grade. The
 * project's 项目支出绩效自评表 and the department's 部门整体支出绩效自评表 print them alike.
 */

export interface Explanation {
  cause: string;
  measure: string;
}

export function explained(explanation: Explanation | null): string {
  return explanation === null ? '' : messages.forms.finalEvaluation.explanation(explanation);
}

/** 年度预算数 / 全年执行数 / 分值 / 执行率 / 得分 / 偏差原因, under `label` merged over both rows. */
export function executionRows(
  grid: SheetGrid,
  p: { label: string; budgetFen: number | bigint; executedFen: number | bigint | null; points: string; ratePercent: string | null; score: string | null; explanation: Explanation | null },
): void {
  grid.row();
  grid.put({ col: 1, colSpan: 2, rowSpan: 2, text: p.label, style: 'label' });
  messages.forms.finalEvaluation.fundHeads.forEach((head, index) => grid.put({ col: 3 + index, colSpan: index === 5 ? 2 : 1, text: head, style: 'header' }));
  grid.row(30);
  grid.put({ col: 3, ...wanCell(p.budgetFen) });
  grid.put({ col: 4, ...wanCell(p.executedFen) });
  grid.put({ col: 5, text: p.points, style: 'number' });
  grid.put({ col: 6, text: messages.forms.percent(p.ratePercent), style: 'number' });
  grid.put({ col: 7, text: p.score ?? '', style: 'number' });
  grid.put({ col: 8, colSpan: 2, text: explained(p.explanation), style: 'text' });
}

/** One scored indicator as a 自评表 prints it: a measured result, or the grade with its percent. */
export interface ScoredIndicatorCells {
  indicator: { level1: string; level2: string; level3: string; valueText: string };
  weight: string | null;
  actual: string | null;
  gradeLabel: string | null;
  percent: string | null;
  points: string | null;
  score: string | null;
  explanation: Explanation | null;
}

/** The indicator heading, then a row per indicator with 一级 and 二级 merged down; returns the heading's row. */
export function scoredIndicatorRows(grid: SheetGrid, rows: readonly ScoredIndicatorCells[]): number {
  grid.row(30);
  messages.forms.finalEvaluation.indicatorHeads.forEach((head, index) => grid.put({ col: 1 + index, text: head, style: 'header' }));
  const headRow = grid.rowNumber;
  for (const row of rows) {
    grid.row();
    const result = row.actual ?? (row.gradeLabel === null ? '' : `${row.gradeLabel}${row.percent === null ? '' : `（${row.percent}%）`}`);
    grid.put({ col: 3, text: row.indicator.level3, style: 'text' });
    grid.put({ col: 4, text: row.indicator.valueText, style: 'text' });
    grid.put({ col: 5, text: result, style: 'text' });
    grid.put({ col: 6, text: row.weight ?? '', style: 'number' });
    grid.put({ col: 7, text: row.points ?? '', style: 'number' });
    grid.put({ col: 8, text: row.score ?? '', style: 'number' });
    grid.put({ col: 9, text: explained(row.explanation), style: 'text' });
  }
  indicatorLevelCells(grid, headRow + 1, rows.map(({ indicator }) => indicator));
  return headRow;
}

/** 总分 and 评价等级, then how the points of a missing part were given to the others, if they were. */
export function totalRows(grid: SheetGrid, p: { total: string | null; gradeLabel: string | null; redistribution: string | null }): void {
  const words = messages.forms.finalEvaluation;
  grid.row(24);
  grid.put({ col: 1, colSpan: 6, text: words.total, style: 'header' });
  grid.put({ col: 7, colSpan: 2, text: p.total ?? '', style: 'number' });
  grid.put({ col: 9, text: p.gradeLabel === null ? '' : `${words.grade}：${p.gradeLabel}`, style: 'text' });
  if (p.redistribution !== null) {
    grid.row();
    grid.put({ col: 1, colSpan: 2, text: words.redistributed, style: 'label' });
    grid.put({ col: 3, colSpan: 7, text: p.redistribution, style: 'text' });
  }
}
