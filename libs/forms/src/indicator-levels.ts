import type { SheetGrid } from './form-sheet.js';

/**
 * 一级 and 二级指标 in columns `firstCol` and the next (1 and 2 unless given) from `firstRow`,
 * one row per indicator, merged down over a run of equal 一级 (and, for 二级, equal 一级 and
 * 二级) as the official forms print them.
 */
export function indicatorLevelCells(grid: SheetGrid, firstRow: number, indicators: ReadonlyArray<{ level1: string; level2: string }>, firstCol = 1): void {
  type Levels = { level1: string; level2: string };
  const runs = (same: (a: Levels, b: Levels) => boolean, col: number, text: (i: Levels) => string) => {
    for (let start = 0; start < indicators.length; ) {
      let end = start + 1;
      while (end < indicators.length && same(indicators[start]!, indicators[end]!)) end += 1;
      grid.put({ row: firstRow + start, col, rowSpan: end - start, text: text(indicators[start]!), style: 'text' });
      start = end;
    }
  };
  runs((a, b) => a.level1 === b.level1, firstCol, (i) => i.level1);
  runs((a, b) => a.level1 === b.level1 && a.level2 === b.level2, firstCol + 1, (i) => i.level2);
}
