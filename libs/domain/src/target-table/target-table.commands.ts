/**
 * Commands on the performance target table of one project in one fiscal year.
 * Amounts arrive as decimal yuan strings and text exactly as the preparer wrote it; the
 * decider converts and validates (see target-table-input.ts).
 */

export interface BudgetInput {
  /** 预算数, e.g. "200000.00". */
  total: string;
  /** 财政资金. */
  fiscal: string;
  /** 其他资金; absent or null means 0. */
  other?: string | null;
}

/** Cumulative planned spending in yuan at the end of March, June, October and December. */
export interface SpendingPlanInput {
  mar?: string | null;
  jun?: string | null;
  oct?: string | null;
  dec?: string | null;
}

export interface IndicatorInput {
  /** 一级指标, e.g. 产出指标. */
  level1: string;
  /** 二级指标, e.g. 数量指标. */
  level2: string;
  /** 三级指标. */
  level3: string;
  /** 绩效指标描述. */
  description: string;
  /** 指标值 as printed, e.g. ≥300人; may be empty in a draft. */
  valueText: string;
  /** 指标值确定依据. */
  basis: string;
}

/** What the API sends for a table's content. */
export interface TargetTableInput {
  name: string;
  unitCode: string;
  unitName: string;
  sectionId?: string | null;
  budget: BudgetInput;
  purpose: string;
  spendingPlan: SpendingPlanInput;
  goals: string[];
  indicators: IndicatorInput[];
}

/** 编制: start the table of a project for a year. */
export interface DraftTargetTable {
  type: 'DraftTargetTable';
  projectCode: string;
  fiscalYear: number;
  input: TargetTableInput;
}

/** Replace the content of a table that is still a draft. */
export interface ReviseTargetTableDraft {
  type: 'ReviseTargetTableDraft';
  projectCode: string;
  fiscalYear: number;
  input: TargetTableInput;
}

export type TargetTableCommand = DraftTargetTable | ReviseTargetTableDraft;
