/**
 * The one table of how long a text and how long a list may be. Each bound is what the printed
 * forms (the target table, the monitoring and self-evaluation forms, the ledger) can hold, with
 * room to spare: the published 2022 document has names of at most 50 characters, a purpose of
 * 108, 3 goals and 7 indicators per table. Every command that takes text checks it against
 * these through checkText (text-input.ts); README lists them (docs/domain-rules.md, limits).
 */

export interface TextLimit {
  /** In characters (code points), as a person counts them: 就业 is 2. */
  readonly maxLength: number;
  /** ONE: a name, code or figure on one line; MANY: a paragraph, which may hold line breaks and tabs. */
  readonly lines: 'ONE' | 'MANY';
}

const line = (maxLength: number): TextLimit => ({ maxLength, lines: 'ONE' });
const paragraph = (maxLength: number): TextLimit => ({ maxLength, lines: 'MANY' });

export const textLimits = {
  /** 项目名称. */
  projectName: line(200),
  /** 单位名称, in a table and in the directory; section names and people's names alike. */
  unitName: line(100),
  sectionName: line(100),
  displayName: line(100),
  /** 项目资金用途 / 项目概况. */
  purpose: paragraph(2000),
  /** One 年度绩效目标. */
  goal: paragraph(500),
  /** 一级指标, 二级指标: cells of the form, whose printed text wraps (服务对象满\n意度指标). */
  indicatorLevel: paragraph(50),
  /** 三级指标, a cell that wraps too. */
  indicatorName: paragraph(100),
  /** 绩效指标描述. */
  indicatorDescription: paragraph(500),
  /** 指标值 as printed, e.g. ≥300人. */
  targetValue: line(100),
  /** 指标值确定依据. */
  basis: paragraph(500),
  /** A comment, a reason for a return, adjustment, reversal or correction, a cause or a measure. */
  decisionText: paragraph(2000),
  /** A value reached or expected at mid-year: a number, or words against a qualitative target. */
  reachedValue: line(200),
  /** A number typed as text: a final result, a grade's percent, a weight. */
  figure: line(30),
  /** 凭证号. */
  voucherNumber: line(64),
  /** 收款人. */
  payee: line(200),
  /** 摘要 of a ledger entry. */
  ledgerNote: paragraph(500),
  /** The name an imported document is recorded under. */
  sourceName: line(200),
} as const satisfies Record<string, TextLimit>;

/** The most entries a list of a target table (and of the department's overall targets) may have. */
export const listLimits = {
  goals: 20,
  indicators: 100,
  /** 分项绩效目标 and 工作保障措施 of the department's overall targets. */
  subGoals: 20,
  safeguards: 20,
  /** The units a department's document covers. */
  units: 100,
} as const;
