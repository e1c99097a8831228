import { messages, type Indicator, type TargetTableContent } from '@app/domain';
import { wanCell } from './form-amounts.js';
import { signedForm, stateText, type ExportStamp } from './export-stamp.js';
import { formHeading } from './form-heading.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';
import { indicatorLevelCells } from './indicator-levels.js';

/** One target table as 项目支出绩效目标表 prints it. */
export interface TargetTableFormInput {
  projectCode: string;
  fiscalYear: number;
  content: TargetTableContent;
  /** Its state as a person reads it (已批准) and version; null for an empty template. */
  state: { status: string; version: number } | null;
  /** What the export shows and when; null for a template. */
  stamp: ExportStamp | null;
  /** The worksheet's tab name; the form's title when left out. */
  sheet?: string;
  /** An empty template: amounts left blank, this many empty indicator rows to fill in. */
  blankRows?: number;
}

/** Six columns, as the indicator part has: 一级 / 二级 / 三级指标, 描述, 指标值, 依据. */
export const targetTableColumns = 6;

/**
 * Where the form puts each field (rows from 1), so that reading a filled form back
 * (read-target-table-form.ts) looks where writing put it. The indicators start at
 * `firstIndicatorRow` and run until the signature lines.
 */
export const targetTableLayout = {
  title: { row: 1, col: 1 },
  year: { row: 2, col: 1 },
  unit: { row: 3, col: 1 },
  projectCode: { row: 4, col: 2 },
  projectName: { row: 5, col: 2 },
  budgetTotal: { row: 7, col: 2 },
  budgetFiscal: { row: 7, col: 3 },
  budgetOther: { row: 7, col: 4 },
  purpose: { row: 7, col: 5 },
  plan: { row: 9, cols: [2, 3, 4, 5] as const },
  goals: { row: 10, col: 2 },
  indicatorHeads: { row: 11 },
  firstIndicatorRow: 12,
} as const;

/**
 * 项目支出绩效目标表 as the finance bureau's form lays it out (the seed document's tables):
 * title and year, the unit and 单位：万元, code and name, budget and its use, the cumulative
 * spending plan, the goals, then one row per indicator with 一级 and 二级指标 merged down over
 * their rows, and the signature lines. Amounts in 万元, two decimals.
 */
export function targetTableForm(input: TargetTableFormInput): FormSheet {
  const words = messages.forms.targetTable;
  const { content } = input;
  const layout = targetTableLayout;
  const grid = new SheetGrid();
  const all = targetTableColumns;
  const blank = input.blankRows !== undefined;
  const amount = (fen: number | null) => wanCell(blank ? null : fen);

  formHeading(grid, {
    columns: all,
    title: words.title,
    subtitle: messages.forms.yearLine(input.fiscalYear),
    unitLine: messages.forms.unitLine({ unitCode: content.unitCode, unitName: content.unitName }),
    currencyColumns: 2,
  });

  grid.row();
  grid.put({ col: 1, text: words.projectCode, style: 'label' });
  grid.put({ col: layout.projectCode.col, colSpan: all - 1, text: input.projectCode, style: 'text' });
  grid.row();
  grid.put({ col: 1, text: words.projectName, style: 'label' });
  grid.put({ col: layout.projectName.col, colSpan: all - 1, text: content.name, style: 'text' });

  grid.row();
  grid.put({ col: 1, rowSpan: 2, text: words.budgetAndPurpose, style: 'label' });
  grid.put({ col: 2, text: words.budgetTotal, style: 'header' });
  grid.put({ col: 3, text: words.budgetFiscal, style: 'header' });
  grid.put({ col: 4, text: words.budgetOther, style: 'header' });
  grid.put({ col: 5, colSpan: 2, text: words.purpose, style: 'header' });
  grid.row(30);
  grid.put({ col: layout.budgetTotal.col, ...amount(content.budget.total) });
  grid.put({ col: layout.budgetFiscal.col, ...amount(content.budget.fiscal) });
  // The seed leaves 其他资金 blank where there is none; so does the form.
  grid.put({ col: layout.budgetOther.col, ...amount(content.budget.other === 0 ? null : content.budget.other) });
  grid.put({ col: layout.purpose.col, colSpan: 2, text: content.purpose, style: 'text' });

  grid.row();
  grid.put({ col: 1, rowSpan: 2, text: words.spendingPlan, style: 'label' });
  words.planMonths.forEach((month, index) => grid.put({ col: 2 + index, colSpan: index === 3 ? 2 : 1, text: month, style: 'header' }));
  grid.row();
  const plan = content.spendingPlan;
  [plan.mar, plan.jun, plan.oct, plan.dec].forEach((fen, index) => grid.put({ col: layout.plan.cols[index]!, colSpan: index === 3 ? 2 : 1, ...amount(fen) }));

  grid.row(Math.max(30, 16 * content.goals.length));
  grid.put({ col: 1, text: words.goals, style: 'label' });
  grid.put({ col: layout.goals.col, colSpan: all - 1, text: content.goals.join('\n'), style: 'text' });

  grid.row();
  words.indicatorHeads.forEach((head, index) => grid.put({ col: 1 + index, text: head, style: 'header' }));
  indicatorRows(grid, content.indicators);
  for (let n = 0; n < (input.blankRows ?? 0); n += 1) {
    grid.row();
    for (let col = 1; col <= all; col += 1) grid.put({ col, text: '', style: 'text' });
  }

  return signedForm(grid, {
    title: words.title,
    name: input.sheet,
    orientation: 'portrait',
    columnWidths: [11, 12, 15, 24, 13, 17],
    headRow: layout.indicatorHeads.row,
    stamp: input.stamp,
    state: stateText(input.state),
  });
}

/** One row per indicator, 一级 and 二级 merged down as printed. */
function indicatorRows(grid: SheetGrid, indicators: readonly Indicator[]): void {
  const first = grid.rowNumber + 1;
  indicators.forEach((indicator) => {
    grid.row();
    grid.put({ col: 3, text: indicator.level3, style: 'text' });
    grid.put({ col: 4, text: indicator.description, style: 'text' });
    grid.put({ col: 5, text: indicator.valueText, style: 'text' });
    grid.put({ col: 6, text: indicator.basis, style: 'text' });
  });
  indicatorLevelCells(grid, first, indicators);
}

/** An empty 目标表 of a unit and year to fill in, to be imported back (read-target-table-form.ts). */
export function targetTableTemplate(p: { fiscalYear: number; unitCode: string; unitName: string }): FormSheet {
  const content: TargetTableContent = {
    name: '',
    unitCode: p.unitCode,
    unitName: p.unitName,
    sectionId: null,
    budget: { total: 0, fiscal: 0, other: 0 },
    purpose: '',
    spendingPlan: { mar: null, jun: null, oct: null, dec: null },
    goals: [],
    indicators: [],
  };
  return targetTableForm({ projectCode: '', fiscalYear: p.fiscalYear, content, state: null, stamp: null, blankRows: templateIndicatorRows });
}

/** Empty indicator rows of a template: the seed's tables have 5 to 12. */
export const templateIndicatorRows = 12;
