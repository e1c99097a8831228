import type { DecidingRole, SubmissionChain, SubmissionChainRef } from './submission-chain.js';
import type { ActingUser } from './target-table-actor.js';
import type { Finding } from './validation/finding.js';

/**
 * Events of the performance target table (项目绩效目标表) of one project in one fiscal year.
 * Stream: targetTableStreamId(fiscalYear, projectCode). Amounts are integer fen.
 */

export type IndicatorLevel1Kind = 'OUTPUT' | 'EFFECT' | 'SATISFACTION' | 'COST';
export type Comparator = '>=' | '<=' | '=' | '>' | '<' | 'qualitative' | 'text';
export type Direction = 'POSITIVE' | 'NEGATIVE';

/** A target value as printed (指标值) and what it says. */
export interface ParsedTarget {
  comparator: Comparator;
  /** Decimal string exactly as printed (e.g. "98", "7.24"), null for qualitative/text. */
  value: string | null;
  /** Unit normalised from the text (`百分号`/`百分比` → `%`), null for qualitative/text. */
  unit: string | null;
  /** More is better (POSITIVE) or less is better (NEGATIVE); null for qualitative/text. */
  direction: Direction | null;
}

export interface Indicator {
  /** 一级指标 as printed, e.g. 产出指标. */
  level1: string;
  level1Kind: IndicatorLevel1Kind | null;
  /** 二级指标 as printed, e.g. 数量指标. */
  level2: string;
  /** 三级指标 as printed. */
  level3: string;
  /** 绩效指标描述. */
  description: string;
  /** 指标值 as printed. */
  valueText: string;
  target: ParsedTarget;
  /** 指标值确定依据. */
  basis: string;
}

/** Cumulative planned spending at the end of March, June, October and December (null: not given). */
export interface SpendingPlan {
  mar: number | null;
  jun: number | null;
  oct: number | null;
  dec: number | null;
}

export interface Budget {
  total: number;
  fiscal: number;
  other: number;
}

/** Everything a preparer writes in a target table. */
export interface TargetTableContent {
  name: string;
  unitCode: string;
  unitName: string;
  sectionId: string | null;
  budget: Budget;
  purpose: string;
  spendingPlan: SpendingPlan;
  goals: string[];
  indicators: Indicator[];
}

export interface TargetTableDrafted {
  type: 'TargetTableDrafted';
  data: { projectCode: string; fiscalYear: number; version: number; content: TargetTableContent };
}

/**
 * A revision records what changed, not a snapshot: `changes` holds exactly the top-level
 * content fields that differ from the version in hand, with their new values (in form
 * order as written). The fields are `Object.keys(changes)`; `revisedFields` lists them in
 * form order, and `withChanges` applies them to the content they were made to.
 */
export interface TargetTableDraftRevised {
  type: 'TargetTableDraftRevised';
  data: {
    projectCode: string;
    fiscalYear: number;
    version: number;
    changes: Partial<TargetTableContent>;
  };
}

/**
 * A version goes to its approval chain. The content and chain are repeated here so that an
 * auditor reading this one event sees what was submitted, to whom, and what the checks warned.
 */
export interface TargetTableSubmitted {
  type: 'TargetTableSubmitted';
  data: {
    projectCode: string;
    fiscalYear: number;
    version: number;
    content: TargetTableContent;
    chain: SubmissionChain;
    submittedBy: ActingUser;
    /** Sent again after a return to the preparer; the chain is then the one the review started with. */
    resubmission: boolean;
    /** Submission warnings, kept with the version the reviewers decide. */
    warnings: Finding[];
    /** The approved version this one is to replace (an adjustment), or null. */
    baselineVersion: number | null;
  };
}

/** A standing approval of one step, as the final approval lists them. */
export interface StepApproval {
  step: string;
  role: DecidingRole;
  by: ActingUser;
  comment: string | null;
}

export interface TargetTableStepApproved {
  type: 'TargetTableStepApproved';
  data: {
    projectCode: string;
    fiscalYear: number;
    version: number;
    chain: SubmissionChainRef;
    step: string;
    role: DecidingRole;
    /** Position of the step in the chain, from 0. */
    stepIndex: number;
    approvedBy: ActingUser;
    comment: string | null;
    /** The step now awaited, or null when this was the last one (TargetTableApproved follows). */
    nextStep: string | null;
  };
}

/** The last step approved: this version is the year's baseline (基线) from now on. */
export interface TargetTableApproved {
  type: 'TargetTableApproved';
  data: {
    projectCode: string;
    fiscalYear: number;
    version: number;
    content: TargetTableContent;
    chain: SubmissionChainRef;
    /** Every step's approval, in chain order. */
    approvals: StepApproval[];
    /** The baseline this version replaces (an approved adjustment), or null. */
    replacedBaselineVersion: number | null;
  };
}

/** 退回: sent back with a reason, to the preparer or to an earlier step of the chain. */
export interface TargetTableReturned {
  type: 'TargetTableReturned';
  data: {
    projectCode: string;
    fiscalYear: number;
    version: number;
    chain: SubmissionChainRef;
    /** The step that returned it. */
    step: string;
    role: DecidingRole;
    returnedBy: ActingUser;
    reason: string;
    /** 'PREPARER' or the id of the earlier step that decides again. */
    to: string;
    /** Position of that step in the chain, or null for the preparer. */
    toStepIndex: number | null;
  };
}

/** The preparer took back a submission no step had decided; the version is a draft again. */
export interface TargetTableSubmissionWithdrawn {
  type: 'TargetTableSubmissionWithdrawn';
  data: {
    projectCode: string;
    fiscalYear: number;
    version: number;
    chain: SubmissionChainRef;
    withdrawnBy: ActingUser;
  };
}

/** 调整: a new version drafted after approval; the baseline stays in force until it is approved. */
export interface TargetTableAdjustmentProposed {
  type: 'TargetTableAdjustmentProposed';
  data: {
    projectCode: string;
    fiscalYear: number;
    /** The new version, one after the baseline. */
    version: number;
    baselineVersion: number;
    content: TargetTableContent;
    reason: string;
    proposedBy: ActingUser;
    /** Top-level content fields that differ from the baseline. */
    changedFields: Array<keyof TargetTableContent>;
  };
}

/** Where an imported table was read: the document, its SHA-256 (hex) and the lines the table spans (from 1, inclusive). */
export interface TargetTableSource {
  name: string;
  documentSha256: string;
  lines: { from: number; to: number };
}

/**
 * 历史基线: a table approved outside this system, taken from a published document. It starts
 * the table as approved version 1; adjustments then work as for any approved table. The
 * source tells an auditor which document, and which lines of it, the baseline came from.
 */
export interface TargetTableBaselineImported {
  type: 'TargetTableBaselineImported';
  data: {
    projectCode: string;
    fiscalYear: number;
    version: number;
    content: TargetTableContent;
    importedBy: ActingUser;
    source: TargetTableSource;
  };
}

export type TargetTableEvent =
  | TargetTableDrafted
  | TargetTableDraftRevised
  | TargetTableSubmitted
  | TargetTableStepApproved
  | TargetTableApproved
  | TargetTableReturned
  | TargetTableSubmissionWithdrawn
  | TargetTableAdjustmentProposed
  | TargetTableBaselineImported;

export const targetTableEventTypes: ReadonlyArray<TargetTableEvent['type']> = [
  'TargetTableDrafted',
  'TargetTableDraftRevised',
  'TargetTableSubmitted',
  'TargetTableStepApproved',
  'TargetTableApproved',
  'TargetTableReturned',
  'TargetTableSubmissionWithdrawn',
  'TargetTableAdjustmentProposed',
  'TargetTableBaselineImported',
];

export function targetTableStreamId(fiscalYear: number, projectCode: string): string {
  return `target-table-${fiscalYear}-${projectCode}`;
}
