import { messages, parseYuan } from '@app/domain';
import { signedForm, stateText, type ExportStamp } from './export-stamp.js';
import { formHeading, nameAndCodeRow } from './form-heading.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';
import { executionRows, scoredIndicatorRows, totalRows, type Explanation, type ScoredIndicatorCells } from './scorecard-rows.js';

/** The final evaluation as the `finalEvaluation` query shows it (amounts in yuan, points and rates as decimals). */
export interface FinalEvaluationFormInput {
  projectCode: string;
  fiscalYear: number;
  name: string;
  unitCode: string;
  unitName: string;
  statusLabel: string;
  version: number;
  scorecard: {
    execution: { budget: string; executed: string | null; ratePercent: string | null; points: string; score: string | null; explanation: Explanation | null };
    redistribution?: string | null;
    rows: readonly ScoredIndicatorCells[];
    total: string | null;
    gradeLabel: string | null;
  };
}

const columns = 9;

/**
 * 项目支出绩效自评表: budget and execution with their points, then per indicator its target,
 * the result, weight, points, score and the explanation of a deviation, the total and the
 * grade. Nine columns: A4 across.
 */
export function finalEvaluationForm(input: FinalEvaluationFormInput, stamp: ExportStamp | null): FormSheet {
  const words = messages.forms.finalEvaluation;
  const grid = new SheetGrid();
  formHeading(grid, {
    columns,
    title: words.title,
    subtitle: messages.forms.yearLine(input.fiscalYear),
    unitLine: messages.forms.unitLine({ unitCode: input.unitCode, unitName: input.unitName }),
    currencyColumns: 3,
  });
  nameAndCodeRow(grid, { nameLabel: words.projectName, name: input.name, codeLabel: words.projectCode, code: input.projectCode });

  const { execution } = input.scorecard;
  executionRows(grid, {
    label: words.funds,
    budgetFen: parseYuan(execution.budget),
    executedFen: execution.executed === null ? null : parseYuan(execution.executed),
    points: execution.points,
    ratePercent: execution.ratePercent,
    score: execution.score,
    explanation: execution.explanation,
  });
  const headRow = scoredIndicatorRows(grid, input.scorecard.rows);
  totalRows(grid, { total: input.scorecard.total, gradeLabel: input.scorecard.gradeLabel, redistribution: input.scorecard.redistribution ?? null });

  return signedForm(grid, {
    title: words.title,
    orientation: 'landscape',
    columnWidths: [10, 12, 16, 12, 14, 8, 8, 8, 30],
    headRow,
    stamp,
    state: stateText({ status: input.statusLabel, version: input.version }),
  });
}
