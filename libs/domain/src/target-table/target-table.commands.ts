import type { WithSubstitution } from '../approval/substitution.js';
import type { SubmissionChainInput } from '../approval/submission-chain.js';
import type { Actor } from '../common/actor.js';
import type { TargetTableSource } from './target-table.events.js';

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

/**
 * A command carrying a table's content. The application loads the name the directory gives the
 * content's unit code, so the decider can check 单位名称 against it (unit-name.ts): null when
 * the directory has no such unit, absent when the application did not look it up.
 */
export interface WithDirectoryUnit {
  directoryUnitName?: string | null;
}

/** 编制: start the table of a project for a year. */
export interface DraftTargetTable extends WithDirectoryUnit {
  type: 'DraftTargetTable';
  projectCode: string;
  fiscalYear: number;
  input: TargetTableInput;
  /**
   * The preparer. Optional only until the API passes the signed-in user on drafts and
   * revisions; when given, it must be a PREPARER of the table's unit and section.
   */
  actor?: Actor;
  /**
   * Drafted by importing a document: the office of the unit (or an administrator) may do
   * that for the unit's sections, besides the section's own preparer.
   */
  asImport?: boolean;
}

/** Replace the content of a table that is a draft, returned to the preparer, or an adjustment being drafted. */
export interface ReviseTargetTableDraft extends WithDirectoryUnit {
  type: 'ReviseTargetTableDraft';
  projectCode: string;
  fiscalYear: number;
  input: TargetTableInput;
  /** As on DraftTargetTable; checked against the table's current section and the revised one. */
  actor?: Actor;
}

/** 申报: send the working version to the unit's approval chain, as the unit has it now. */
export interface SubmitTargetTable {
  type: 'SubmitTargetTable';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
  chain: SubmissionChainInput;
}

/** Send a table returned to the preparer through its chain again (the chain it started with). */
export interface ResubmitTargetTable {
  type: 'ResubmitTargetTable';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
}

/** 审核通过: approve the step the table awaits. Naming the step makes a stale or concurrent decision a CONFLICT. */
export interface ApproveTargetTableStep extends WithSubstitution {
  type: 'ApproveTargetTableStep';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
  step: string;
  comment?: string | null;
}

/** 退回: the awaited step sends the table back, to the preparer ('PREPARER') or to an earlier step. */
export interface ReturnTargetTable extends WithSubstitution {
  type: 'ReturnTargetTable';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
  /** The step deciding the return: the one the table awaits. */
  step: string;
  to: string;
  reason: string;
}

/** 撤回: the preparer takes back a submission no step has decided yet. */
export interface WithdrawTargetTableSubmission {
  type: 'WithdrawTargetTableSubmission';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
}

/** 调整: after approval, draft a new version; the approved one stays in force until this one is approved. */
export interface ProposeTargetTableAdjustment extends WithDirectoryUnit {
  type: 'ProposeTargetTableAdjustment';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
  input: TargetTableInput;
  /** Why the approved targets change (调整原因). */
  reason: string;
}

/** Record a table approved outside this system, read from a published document, as the year's baseline. */
export interface ImportApprovedTargetTable extends WithDirectoryUnit {
  type: 'ImportApprovedTargetTable';
  projectCode: string;
  fiscalYear: number;
  input: TargetTableInput;
  /** The office (办公室, OFFICE) of the table's unit, or an administrator (ADMIN). */
  actor: Actor;
  source: TargetTableSource;
}

export type TargetTableCommand =
  | DraftTargetTable
  | ReviseTargetTableDraft
  | SubmitTargetTable
  | ResubmitTargetTable
  | ApproveTargetTableStep
  | ReturnTargetTable
  | WithdrawTargetTableSubmission
  | ProposeTargetTableAdjustment
  | ImportApprovedTargetTable;
