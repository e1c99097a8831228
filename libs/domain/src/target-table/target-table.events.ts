import type { ReviewApprovedData, ReviewReturnedData, ReviewStepApprovedData, ReviewSubmittedData, ReviewWithdrawnData } from '../approval/review.js';
import type { ActingUser } from '../common/actor.js';
import type { Finding } from './validation/finding.js';

/**
 * Events of the performance target table (项目绩效目标表) of one project in one fiscal year.
 * Stream: targetTableStreamId(fiscalYear, projectCode). Amounts are integer fen.
 */

// The content types live in target-table-content.ts so the submission checks (validation/)
// can read them without importing the events, which carry the checks' findings.
export type { Budget, Comparator, Direction, Indicator, IndicatorLevel1Kind, ParsedTarget, SpendingPlan, TargetTableContent } from './target-table-content.js';
import type { TargetTableContent } from './target-table-content.js';

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

/** Which table an event is about: one project in one fiscal year. */
export interface TargetTableKey {
  projectCode: string;
  fiscalYear: number;
}

/*
 * The approval events carry the shared review data (approval/review.ts) under the table's own
 * event names, with the table's key and what only a table records; their stored fields are
 * those they always had.
 */

/**
 * A version goes to its approval chain. The content and chain are repeated here so that an
 * auditor reading this one event sees what was submitted, to whom, and what the checks warned.
 * `resubmission`: sent again after a return to the preparer, on the chain the review started with.
 */
export interface TargetTableSubmitted {
  type: 'TargetTableSubmitted';
  data: TargetTableKey &
    ReviewSubmittedData & {
      content: TargetTableContent;
      /** Submission warnings, kept with the version the reviewers decide. */
      warnings: Finding[];
      /** The approved version this one is to replace (an adjustment), or null. */
      baselineVersion: number | null;
    };
}

/** One step approved; `nextStep` is null when this was the last one (TargetTableApproved follows). */
export interface TargetTableStepApproved {
  type: 'TargetTableStepApproved';
  data: TargetTableKey & ReviewStepApprovedData;
}

/** The last step approved: this version is the year's baseline (基线) from now on. */
export interface TargetTableApproved {
  type: 'TargetTableApproved';
  data: TargetTableKey &
    ReviewApprovedData & {
      content: TargetTableContent;
      /** The baseline this version replaces (an approved adjustment), or null. */
      replacedBaselineVersion: number | null;
    };
}

/** 退回: sent back with a reason, to the preparer or to an earlier step of the chain. */
export interface TargetTableReturned {
  type: 'TargetTableReturned';
  data: TargetTableKey & ReviewReturnedData;
}

/** The preparer took back a submission no step had decided; the version is a draft again. */
export interface TargetTableSubmissionWithdrawn {
  type: 'TargetTableSubmissionWithdrawn';
  data: TargetTableKey & ReviewWithdrawnData;
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
