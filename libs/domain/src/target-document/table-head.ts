import { messages } from '../messages/messages.js';
import { FlatText, type Match } from './flat-text.js';
import type { ParsedProjectTable } from './parsed-target-document.js';
import type { SourceLine } from './source-lines.js';
import { spacedLabel } from './spaced-label.js';
import { TableParseError } from './table-parse-error.js';

/** The part of a project table above its indicator header: code, name, budget, purpose, plan, goals. */
export type TableHead = Pick<ParsedProjectTable, 'code' | 'name' | 'budget' | 'purpose' | 'spendingPlan' | 'goals'> & {
  /** What only the importer sees, e.g. a plan row with fewer than four amounts. */
  anomalies: string[];
};

const amount = '\\d+(?:\\.\\d+)?';
const fiscalLabel = `(?:${spacedLabel('其中')}\\s*[：:]\\s*)?${spacedLabel('财政资金')}`;
const planLabel = `${spacedLabel('资金支出计划')}(?:\\s*[（(][^）)\\n]*(?:\\n[^）)\\n]*)?[）)])?`;
const planMonths = ['3月底', '6月底', '10月底', '12月底'] as const;

/**
 * Reads the labelled cells in the order the form prints them. The labels themselves may be
 * wrapped anywhere; a label that is missing means the text is not such a table (or was cut
 * off), which is a TableParseError naming the line where the label was expected.
 */
export function readTableHead(lines: readonly SourceLine[]): TableHead {
  const text = new FlatText(lines);
  const anomalies: string[] = [];
  const required = (label: string, pattern: string, from: number): Match => {
    const found = text.find(pattern, from);
    if (found === null) {
      throw new TableParseError(text.lineAt(from), messages.documentImport.labelNotFound({ label, line: text.lineAt(from) }));
    }
    return found;
  };
  const amountAfter = (label: string, from: number, sameLine: boolean): { value: string | null; end: number } => {
    const found = text.at(sameLine ? '[ \\t]*(\\S+)(?=[ \\t]*(?:\\n|$))' : '\\s*(\\S+)', from);
    const token = found?.groups[0];
    if (found === null || token === undefined) return { value: null, end: from };
    if (new RegExp(`^${amount}$`, 'u').test(token)) return { value: token, end: found.end };
    if (!sameLine) anomalies.push(messages.documentImport.notAnAmountLeftEmpty({ label, token }));
    return { value: null, end: from };
  };

  const codeLabel = required('项目编码', spacedLabel('项目编码'), 0);
  const nameLabel = required('项目名称', spacedLabel('项目名称'), codeLabel.end);
  // The code is wrapped like any cell, often with its last character alone on the next line.
  const code = text.text.slice(codeLabel.end, nameLabel.start).replace(/\s+/gu, '');
  if (!/^[0-9A-Za-z]+$/u.test(code)) {
    throw new TableParseError(text.lineAt(codeLabel.start), messages.documentImport.notAProjectCode(code));
  }
  const totalLabel = required('预算数', spacedLabel('预算数'), nameLabel.end);
  const purposeHeading = text.find(spacedLabel('预算规模及资金用途'), nameLabel.end);
  const nameEnd = purposeHeading !== null && purposeHeading.start < totalLabel.start ? purposeHeading.start : totalLabel.start;
  const name = text.cellBetween(nameLabel.end, nameEnd);

  const total = amountAfter('预算数', totalLabel.end, false);
  const fiscalAt = required('其中：财政资金', fiscalLabel, total.end);
  const fiscal = amountAfter('财政资金', fiscalAt.end, false);
  const otherAt = required('其他资金', spacedLabel('其他资金'), fiscal.end);
  const other = amountAfter('其他资金', otherAt.end, true);
  const planAt = required('资金支出计划', planLabel, other.end);
  const purpose = text.cellBetween(other.end, planAt.start);

  let monthsEnd = planAt.end;
  for (const month of planMonths) {
    const found = text.at(`\\s*${spacedLabel(month)}`, monthsEnd);
    if (found === null) {
      throw new TableParseError(text.lineAt(monthsEnd), messages.documentImport.planColumnMissing({ month, line: text.lineAt(monthsEnd) }));
    }
    monthsEnd = found.end;
  }
  const goalsAt = required('绩效目标', spacedLabel('绩效目标'), monthsEnd);
  const planTokens = text.text.slice(monthsEnd, goalsAt.start).split(/\s+/u).filter((token) => token !== '');
  const planAmounts = planTokens.filter((token) => new RegExp(`^${amount}$`, 'u').test(token));
  const notAmounts = planTokens.filter((token) => !planAmounts.includes(token));
  if (notAmounts.length > 0) {
    anomalies.push(messages.documentImport.planNotAmounts(notAmounts.map((token) => `「${token}」`).join('、')));
  }
  const yearTotalOnly = planAmounts.length === 1 && total.value !== null && sameAmount(planAmounts[0]!, total.value);
  if (yearTotalOnly) {
    // The plan is cumulative: one figure equal to the budget is what is spent by the year's end.
    anomalies.push(messages.documentImport.planYearTotalOnly(planAmounts[0]!));
  } else if (planAmounts.length !== planMonths.length) {
    const read = planAmounts.slice(0, planMonths.length).map((value, i) => `${planMonths[i]} ${value}`);
    anomalies.push(messages.documentImport.planAmountCount({ count: planAmounts.length, amounts: planAmounts.join('、'), read: read.length > 0 ? read.join('、') : null }));
  }
  const [mar = null, jun = null, oct = null, dec = null] = yearTotalOnly ? [null, null, null, planAmounts[0]] : planAmounts;

  return {
    code,
    name,
    budget: { total: total.value, fiscal: fiscal.value, other: other.value },
    purpose,
    spendingPlan: { mar, jun, oct, dec },
    goals: numberedItems(text.linesBetween(goalsAt.end, text.text.length)),
    anomalies,
  };
}

/** Two printed amounts of one unit that are the same figure (11 and 11.00). */
function sameAmount(a: string, b: string): boolean {
  const canonical = (amount: string): string => {
    const [whole = '', fraction = ''] = amount.split('.');
    return `${BigInt(whole)}.${fraction.replace(/0+$/u, '')}`;
  };
  return canonical(a) === canonical(b);
}

/**
 * Goals are printed `1.…`, `2.…`, each wrapped over lines; a line starts the next goal only
 * when it carries the next number, so a wrapped line beginning with a figure stays in its goal.
 */
function numberedItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const number = /^(\d+)\s*[.．、]/u.exec(line)?.[1];
    if (items.length === 0 || Number(number) === items.length + 1) items.push(line);
    else items[items.length - 1] += line;
  }
  return items;
}
