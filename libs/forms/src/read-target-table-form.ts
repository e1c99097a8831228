import {
  level1KindOf,
  messages,
  parseTarget,
  validationAnomalies,
  type ParsedIndicatorRow,
  type ParsedProjectTable,
  type TargetDocumentParseFailure,
  type TargetDocumentParseResult,
} from '@app/domain';
import { cellAddress } from './form-sheet.js';
import { targetTableColumns, targetTableLayout } from './target-table-form.js';

/** A worksheet as the reader sees it: each cell's text or number, null when empty. */
export interface SheetCells {
  name: string;
  value(row: number, col: number): string | number | null;
  /** The last row holding anything. */
  rowCount: number;
}

const layout = targetTableLayout;
const unitPattern = /^填报单位(?:（盖章）|\(盖章\))?\s*[：:]\s*(\d+)\s*(.*)$/u;
const currencyPattern = /^单位\s*[：:]\s*(万元|元)$/u;
const yearPattern = /(20\d{2})\s*年度/u;

/**
 * Filled 项目支出绩效目标表 worksheets (the download, or its empty template) read back as the
 * text importer reads a document: one table per worksheet, each field from the cell the form
 * puts it in (target-table-form.ts), what cannot be read named by its cell (`Sheet1!D12`).
 * 一级 and 二级指标 left empty below a filled one continue it, as merged cells do.
 */
export function readTargetTableWorkbook(sheets: readonly SheetCells[]): TargetDocumentParseResult {
  const projects: ParsedProjectTable[] = [];
  const failures: TargetDocumentParseFailure[] = [];
  let fiscalYear: number | null = null;
  sheets.forEach((sheet, index) => {
    const seq = index + 1;
    const fail = (row: number, col: number, message: string) => failures.push({ seq, title: sheet.name, line: row, cell: `${sheet.name}!${cellAddress(row, col)}`, message });
    const text = (row: number, col: number) => textOf(sheet.value(row, col));
    if (text(layout.title.row, layout.title.col) !== messages.forms.targetTable.title) {
      fail(layout.title.row, layout.title.col, messages.forms.workbook.notAForm({ sheet: sheet.name, title: messages.forms.targetTable.title }));
      return;
    }
    const before = failures.length;
    const year = yearPattern.exec(text(layout.year.row, layout.year.col))?.[1];
    if (year === undefined) fail(layout.year.row, layout.year.col, messages.forms.workbook.noYear);
    else if (fiscalYear !== null && Number(year) !== fiscalYear) fail(layout.year.row, layout.year.col, messages.forms.workbook.yearsDiffer({ year: Number(year), first: fiscalYear }));
    else fiscalYear = Number(year);
    const unit = unitPattern.exec(text(layout.unit.row, layout.unit.col));
    if (unit === null) fail(layout.unit.row, layout.unit.col, messages.forms.workbook.noUnit);
    const currency = currencyPattern.exec(text(layout.unit.row, 5).replace(/\s+/gu, ''));
    if (currency === null) fail(layout.unit.row, 5, messages.forms.workbook.noCurrency);
    const code = text(layout.projectCode.row, layout.projectCode.col);
    if (code === '') fail(layout.projectCode.row, layout.projectCode.col, messages.forms.workbook.noCode);
    const heads = messages.forms.targetTable.indicatorHeads;
    if (heads.some((head, col) => text(layout.indicatorHeads.row, col + 1) !== head)) {
      fail(layout.indicatorHeads.row, 1, messages.forms.workbook.notHeader(heads.join(' / ')));
    }
    if (failures.length > before || unit === null || currency === null) return;

    const cells: Record<string, string> = {};
    const at = (field: string, row: number, col: number) => {
      cells[field] = `${sheet.name}!${cellAddress(row, col)}`;
    };
    at('name', layout.projectName.row, layout.projectName.col);
    at('unitCode', layout.unit.row, layout.unit.col);
    at('unitName', layout.unit.row, layout.unit.col);
    const amount = (field: string, row: number, col: number) => {
      at(field, row, col);
      return amountOf(sheet.value(row, col));
    };
    const budget = {
      total: amount('budget.total', layout.budgetTotal.row, layout.budgetTotal.col),
      fiscal: amount('budget.fiscal', layout.budgetFiscal.row, layout.budgetFiscal.col),
      other: amount('budget.other', layout.budgetOther.row, layout.budgetOther.col),
    };
    at('budget', layout.budgetTotal.row, layout.budgetTotal.col);
    at('purpose', layout.purpose.row, layout.purpose.col);
    const [mar, jun, oct, dec] = (['mar', 'jun', 'oct', 'dec'] as const).map((month, i) => amount(`spendingPlan.${month}`, layout.plan.row, layout.plan.cols[i]!));
    at('spendingPlan', layout.plan.row, layout.plan.cols[0]);
    at('goals', layout.goals.row, layout.goals.col);
    const goals = text(layout.goals.row, layout.goals.col)
      .split(/\r?\n/u)
      .map((goal) => goal.trim())
      .filter((goal) => goal !== '');
    goals.forEach((_, i) => at(`goals[${i}]`, layout.goals.row, layout.goals.col));

    const indicators: ParsedIndicatorRow[] = [];
    const rowLines: number[] = [];
    let level1 = '';
    let level2 = '';
    let last: number = layout.indicatorHeads.row;
    for (let row = layout.firstIndicatorRow; row <= sheet.rowCount; row += 1) {
      const values = Array.from({ length: targetTableColumns }, (_, col) => text(row, col + 1));
      // The rows end at the signature lines (填报人：…) or at the first empty row.
      if (values.every((value) => value === '') || values[0]!.startsWith(messages.forms.preparedBy)) break;
      const [l1, l2, level3, description, valueText, basis] = values as [string, string, string, string, string, string];
      if (l1 !== '') {
        if (l1 !== level1) level2 = '';
        level1 = l1;
      }
      if (l2 !== '') level2 = l2;
      const index = indicators.length;
      ['level1', 'level2', 'level3', 'description', 'valueText', 'basis'].forEach((field, col) => at(`indicators[${index}].${field}`, row, col + 1));
      at(`indicators[${index}]`, row, 1);
      const target = parseTarget(valueText, level1KindOf(level1), level2);
      indicators.push({ level1, level2, level3, description, valueText, comparator: target.comparator, value: target.value, unit: target.unit, basis });
      rowLines.push(row);
      last = row;
    }
    at('indicators', layout.indicatorHeads.row, 1);
    const project: ParsedProjectTable = {
      seq,
      title: sheet.name,
      unitCode: unit[1]!,
      unitName: unit[2]!.trim(),
      currencyUnit: currency[1]!,
      code,
      name: text(layout.projectName.row, layout.projectName.col),
      budget,
      purpose: text(layout.purpose.row, layout.purpose.col),
      spendingPlan: { mar: mar!, jun: jun!, oct: oct!, dec: dec! },
      goals,
      indicators,
      anomalies: [],
      lines: { from: 1, to: last },
      cells,
    };
    projects.push({ ...project, anomalies: validationAnomalies(project, rowLines) });
  });
  return { document: { fiscalYear, overall: { goal: '', subGoals: [], safeguards: [] }, projects }, failures };
}

/** A cell as text: a number as JavaScript writes it shortest, text trimmed. */
function textOf(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : value.trim();
}

/**
 * An amount as the importer takes it: a number exactly as the cell holds it (20 → "20",
 * 0.012345 → "0.012345"), text as typed; null when empty. Its checks name what is wrong.
 */
function amountOf(value: string | number | null): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return numberText(value);
  const typed = value.trim();
  return typed === '' ? null : typed;
}

/** A number without exponent: what a person typed into a cell, every digit the double holds. */
function numberText(value: number): string {
  const shortest = String(value);
  if (!/e/iu.test(shortest)) return shortest;
  return value.toFixed(6).replace(/\.?0+$/u, '');
}
