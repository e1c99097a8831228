import { messages } from '../messages/messages.js';
import { reviewTable } from '../review-assistant/review-table.js';
import type { FieldProblem } from '../common/domain-error.js';
import { readTargetTableInput } from '../target-table/target-table-input.js';
import type { Finding } from '../target-table/validation/finding.js';
import { findingSeverity } from '../target-table/validation/finding-severity.js';
import { validateForSubmission } from '../target-table/validation/validate-for-submission.js';
import type { ParsedProjectTable } from './parsed-target-document.js';
import { targetTableInputOf } from './target-table-input-of.js';

/**
 * What is wrong with an imported table: the submission checks of the domain (one set of
 * rules, its own messages) on the converted content, each prefixed with the printed field and
 * the source line of its indicator. The owning section is not in a document, so its absence is
 * no anomaly: the importer sets it.
 */
export function validationAnomalies(project: ParsedProjectTable, rowLines: readonly number[]): string[] {
  const { content, problems } = readTargetTableInput(targetTableInputOf(project));
  // A table read from a workbook names the cell (Sheet1!D12); one read from text, the field and its line.
  const place = (field: string): string => cellOf(project, field) ?? placeOf(field, rowLines);
  const unreadable = problems.map((problem: FieldProblem) => messages.documentImport.unreadable({ place: place(problem.field), field: problem.field, message: problem.message }));
  const { errors, warnings } = validateForSubmission(content);
  const findings = [...errors, ...warnings]
    .filter((finding: Finding) => finding.code !== 'SECTION_MISSING')
    .map((finding) => (findingSeverity[finding.code] === 'error' ? messages.documentImport.error : messages.documentImport.warning)({ place: place(finding.field), message: finding.message }));
  const review = reviewTable(content).map((finding) => messages.review.anomaly({ severity: messages.review.severity[finding.severity], place: place(finding.field), message: finding.message }));
  return [...unreadable, ...findings, ...review];
}

const fieldLabels: Readonly<Record<string, string>> = {
  name: '项目名称',
  unitCode: '单位编码',
  unitName: '单位名称',
  budget: '预算',
  'budget.total': '预算数',
  'budget.fiscal': '财政资金',
  'budget.other': '其他资金',
  purpose: '资金用途',
  spendingPlan: '资金支出计划',
  'spendingPlan.mar': '资金支出计划 3月底',
  'spendingPlan.jun': '资金支出计划 6月底',
  'spendingPlan.oct': '资金支出计划 10月底',
  'spendingPlan.dec': '资金支出计划 12月底',
  goals: '绩效目标',
  indicators: '绩效指标',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  description: '绩效指标描述',
  valueText: '指标值',
  basis: '指标值确定依据',
};

/** The cell of a field of a table read from a workbook, or of the nearest field that has one (indicators[2] for indicators[2].target). */
export function cellOf(project: Pick<ParsedProjectTable, 'cells'>, field: string): string | undefined {
  if (project.cells === undefined) return undefined;
  for (let path = field; path !== ''; path = path.replace(/(\.[^.[\]]*|\[\d+\])$/u, '')) {
    const cell = project.cells[path];
    if (cell !== undefined) return cell;
    if (!/(\.[^.[\]]*|\[\d+\])$/u.test(path)) break;
  }
  return undefined;
}

/** Where a field is, for a person reading the import report; without the rows' lines, indicators go by their number alone. */
export function placeOf(field: string, rowLines?: readonly number[]): string {
  const indicator = /^indicators\[(\d+)\](?:\.(\w+))?$/u.exec(field);
  if (indicator !== null) {
    const index = Number(indicator[1]);
    const row =
      rowLines === undefined
        ? messages.validation.indicator({ index, level3: '' })
        : messages.documentImport.indicatorRow({ index, line: String(rowLines[index] ?? '?') });
    const column = indicator[2];
    return column === undefined ? row : messages.documentImport.indicatorCell({ column: fieldLabels[column] ?? column, row });
  }
  const goal = /^goals\[(\d+)\]$/u.exec(field);
  if (goal !== null) return messages.documentImport.goal(Number(goal[1]));
  return fieldLabels[field] ?? field;
}
