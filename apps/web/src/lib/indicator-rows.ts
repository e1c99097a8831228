/**
 * The indicator grid of 项目支出绩效目标表 (three levels): editing it row by row and laying it out
 * like the printed form, where 一级 cells merge down their group and 二级 cells down theirs.
 * Pure functions over plain rows, so the editor and the sheet share them and tests read them.
 */

export interface IndicatorRow {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  valueText: string;
  basis: string;
}

export interface IndicatorLevelChoice {
  label: string;
  level2: string[];
}

export function emptyIndicator(level1 = '', level2 = ''): IndicatorRow {
  return { level1, level2, level3: '', description: '', valueText: '', basis: '' };
}

/** A new row after `index` (at the end when -1), of the same levels so a group grows in place. */
export function addIndicatorAfter(rows: readonly IndicatorRow[], index: number): IndicatorRow[] {
  const at = index < 0 || index >= rows.length ? rows.length - 1 : index;
  const like = rows[at];
  const row = emptyIndicator(like?.level1 ?? '', like?.level2 ?? '');
  return [...rows.slice(0, at + 1), row, ...rows.slice(at + 1)];
}

export function removeIndicator(rows: readonly IndicatorRow[], index: number): IndicatorRow[] {
  return rows.filter((_, i) => i !== index);
}

/** Moves a row one place up (-1) or down (+1); unchanged at either end. */
export function moveIndicator(rows: readonly IndicatorRow[], index: number, by: -1 | 1): IndicatorRow[] {
  const target = index + by;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const moved = [...rows];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/**
 * Changes one field of a row. A new 一级指标 clears a 二级指标 that does not belong to it, so a
 * row never pairs 满意度指标 with 数量指标 by accident.
 */
export function changeIndicator(
  rows: readonly IndicatorRow[],
  index: number,
  field: keyof IndicatorRow,
  value: string,
  choices: readonly IndicatorLevelChoice[],
): IndicatorRow[] {
  return rows.map((row, i) => {
    if (i !== index) return row;
    const changed = { ...row, [field]: value };
    if (field === 'level1' && !level2Options(choices, value).includes(row.level2)) changed.level2 = '';
    return changed;
  });
}

/** The 二级指标 that belong to a 一级指标; none for one the choices do not know. */
export function level2Options(choices: readonly IndicatorLevelChoice[], level1: string): string[] {
  return choices.find((choice) => choice.label === level1)?.level2 ?? [];
}

export interface GridRow<T> {
  row: T;
  index: number;
  /** How many rows the 一级 cell spans from here; 0 where it is merged into the row above. */
  level1Span: number;
  level2Span: number;
}

/** Rows with the spans of the printed form: consecutive equal 一级, and equal 二级 inside them, merge. */
export function gridOf<T extends { level1: string; level2: string }>(rows: readonly T[]): GridRow<T>[] {
  const grid = rows.map((row, index) => ({ row, index, level1Span: 0, level2Span: 0 }));
  let level1Start = 0;
  let level2Start = 0;
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    if (previous === undefined || previous.level1 !== row.level1) {
      level1Start = index;
      level2Start = index;
    } else if (previous.level2 !== row.level2) {
      level2Start = index;
    }
    grid[level1Start]!.level1Span += 1;
    grid[level2Start]!.level2Span += 1;
  });
  return grid;
}
