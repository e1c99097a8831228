import { messages, parseYuan } from '@app/domain';
import { wanCell } from './form-amounts.js';
import { signedForm, type ExportStamp } from './export-stamp.js';
import { formHeading, nameAndCodeRow } from './form-heading.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';
import { indicatorLevelCells } from './indicator-levels.js';

/** The mid-term review as the `midtermReview` query shows it (amounts in yuan, rates in percent). */
export interface MidtermReviewFormInput {
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  /** Not in the review's view: the service takes it from the target table. */
  unitName: string;
  statusLabel: string;
  checkpointDate: string | null;
  execution: {
    budget: string;
    planned: string;
    spent: string;
    planRate: string | null;
    executionRate: string | null;
    timeProgress: string;
    lightLabel: string | null;
  } | null;
  progress: ReadonlyArray<{ index: number; indicator: { level1: string; level2: string; level3: string; valueText: string } }>;
  assessments: ReadonlyArray<{ index: number; reached: string; expectedFullYear: string; likelihoodLabel: string; causeLabel: string | null; measure: string | null }>;
}

const columns = 9;

/**
 * 项目支出绩效运行监控表: the execution at the checkpoint against the plan and time progress,
 * then per indicator its target, the value reached, the expected full-year value, whether it
 * will be reached, the cause of a deviation and the measure. Nine columns: A4 across.
 */
export function midtermReviewForm(input: MidtermReviewFormInput, stamp: ExportStamp | null): FormSheet {
  const words = messages.forms.midterm;
  const grid = new SheetGrid();
  formHeading(grid, {
    columns,
    title: words.title,
    subtitle: `${messages.forms.yearLine(input.fiscalYear)}  ${words.checkpoint(input.checkpointDate)}`,
    unitLine: messages.forms.unitLine({ unitCode: input.unitCode, unitName: input.unitName }),
    currencyColumns: 3,
  });
  nameAndCodeRow(grid, { nameLabel: words.projectName, name: input.name, codeLabel: words.projectCode, code: input.projectCode });

  grid.row(30);
  grid.put({ col: 1, colSpan: 2, rowSpan: 2, text: words.execution, style: 'label' });
  words.executionHeads.forEach((head, index) => grid.put({ col: 3 + index, text: head, style: 'header' }));
  grid.row();
  const execution = input.execution;
  if (execution === null) {
    grid.put({ col: 3, colSpan: 7, text: words.notRecorded, style: 'text' });
  } else {
    grid.put({ col: 3, ...wanCell(parseYuan(execution.budget)) });
    grid.put({ col: 4, ...wanCell(parseYuan(execution.planned)) });
    grid.put({ col: 5, ...wanCell(parseYuan(execution.spent)) });
    grid.put({ col: 6, text: messages.forms.percent(execution.planRate), style: 'number' });
    grid.put({ col: 7, text: messages.forms.percent(execution.executionRate), style: 'number' });
    grid.put({ col: 8, text: messages.forms.percent(execution.timeProgress), style: 'number' });
    grid.put({ col: 9, text: execution.lightLabel ?? '—', style: 'text' });
  }

  grid.row(30);
  words.indicatorHeads.forEach((head, index) => grid.put({ col: 1 + index, text: head, style: 'header' }));
  const headRow = grid.rowNumber;
  const first = headRow + 1;
  const assessed = new Map(input.assessments.map((assessment) => [assessment.index, assessment]));
  for (const { index, indicator } of input.progress) {
    grid.row();
    const assessment = assessed.get(index);
    grid.put({ col: 3, text: indicator.level3, style: 'text' });
    grid.put({ col: 4, text: indicator.valueText, style: 'text' });
    grid.put({ col: 5, text: assessment?.reached ?? '', style: 'text' });
    grid.put({ col: 6, text: assessment?.expectedFullYear ?? '', style: 'text' });
    grid.put({ col: 7, text: assessment?.likelihoodLabel ?? '', style: 'text' });
    grid.put({ col: 8, text: assessment?.causeLabel ?? '', style: 'text' });
    grid.put({ col: 9, text: assessment?.measure ?? '', style: 'text' });
  }
  indicatorLevelCells(grid, first, input.progress.map(({ indicator }) => indicator));

  return signedForm(grid, { title: words.title, orientation: 'landscape', columnWidths: [10, 12, 16, 12, 14, 14, 10, 12, 24], headRow, stamp, state: input.statusLabel });
}
