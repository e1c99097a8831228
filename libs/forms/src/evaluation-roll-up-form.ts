import { messages } from '@app/domain';
import { signedForm, type ExportStamp } from './export-stamp.js';
import { formHeading } from './form-heading.js';
import { SheetGrid, type FormSheet } from './form-sheet.js';

/** The roll-up of final evaluations as the `finalEvaluationRollUp` query shows it (scores as decimals). */
export interface EvaluationRollUpFormInput {
  fiscalYear: number;
  /** The unit the roll-up is of, in words; null for the department. */
  unit: string | null;
  projectCount: number;
  finalCount: number;
  averageScore: string | null;
  budgetWeightedAverage: string | null;
  countPerGrade: ReadonlyArray<{ label: string; count: number }>;
  projects: ReadonlyArray<{ projectCode: string; name: string; unitCode: string; statusLabel: string; total: string | null; gradeLabel: string | null }>;
  lowestIndicators: ReadonlyArray<{ projectName: string; level3: string; valueText: string; points: string; score: string; percentOfPoints: string }>;
}

const columns = 7;

/**
 * 项目支出绩效自评汇总表: the averages (plain and weighted by budget) and grades of the final
 * evaluations, a row per project, and the lowest-scoring indicators, then the signature lines.
 */
export function evaluationRollUpForm(input: EvaluationRollUpFormInput, stamp: ExportStamp | null): FormSheet {
  const words = messages.forms.evaluationRollUp;
  const grid = new SheetGrid();
  formHeading(grid, { columns, title: words.title, subtitle: `${messages.forms.yearLine(input.fiscalYear)}  ${words.scope(input.unit)}`, unitLine: null, currencyColumns: 0 });
  grid.row(24);
  // The summary: 项目数 | 已定稿 | 平均分 | 按预算加权平均分 | 等级分布 (across the last three columns).
  words.summaryHeads.forEach((head, index) => grid.put({ col: 1 + index, colSpan: index === 4 ? 3 : undefined, text: head, style: 'header' }));
  grid.row();
  grid.put({ col: 1, text: String(input.projectCount), number: input.projectCount, style: 'number' });
  grid.put({ col: 2, text: String(input.finalCount), number: input.finalCount, style: 'number' });
  grid.put({ col: 3, text: input.averageScore ?? words.noScore, style: 'number' });
  grid.put({ col: 4, text: input.budgetWeightedAverage ?? words.noScore, style: 'number' });
  grid.put({ col: 5, colSpan: 3, text: input.countPerGrade.map((grade) => words.gradeCount(grade)).join('，'), style: 'text' });
  grid.row(12);
  grid.row(24);
  words.heads.forEach((head, index) => grid.put({ col: 1 + index, text: head, style: 'header' }));
  const headRow = grid.rowNumber;
  input.projects.forEach((project, index) => {
    grid.row();
    grid.put({ col: 1, text: String(index + 1), number: index + 1, style: 'number' });
    grid.put({ col: 2, text: project.projectCode, style: 'text' });
    grid.put({ col: 3, text: project.name, style: 'text' });
    grid.put({ col: 4, text: project.unitCode, style: 'text' });
    grid.put({ col: 5, text: project.statusLabel, style: 'text' });
    grid.put({ col: 6, text: project.total ?? words.noScore, style: 'number' });
    grid.put({ col: 7, text: project.gradeLabel ?? words.noScore, style: 'text' });
  });
  if (input.lowestIndicators.length > 0) {
    grid.row(12);
    grid.row(24);
    grid.put({ col: 1, colSpan: columns, text: words.lowestTitle, style: 'caption' });
    grid.row(24);
    // 项目名称 and 三级指标 take two columns each of the seven.
    const starts = [1, 3, 5, 6, 7];
    words.lowestHeads.forEach((head, index) => grid.put({ col: starts[index]!, colSpan: index < 2 ? 2 : undefined, text: head, style: 'header' }));
    for (const indicator of input.lowestIndicators) {
      grid.row();
      grid.put({ col: 1, colSpan: 2, text: indicator.projectName, style: 'text' });
      grid.put({ col: 3, colSpan: 2, text: indicator.level3, style: 'text' });
      grid.put({ col: 5, text: indicator.valueText, style: 'text' });
      grid.put({ col: 6, text: indicator.points, style: 'number' });
      grid.put({ col: 7, text: `${indicator.score}（${messages.forms.percent(indicator.percentOfPoints)}）`, style: 'number' });
    }
  }
  return signedForm(grid, { title: words.title, orientation: 'portrait', columnWidths: [8, 24, 30, 10, 12, 10, 14], headRow, stamp, state: null });
}
