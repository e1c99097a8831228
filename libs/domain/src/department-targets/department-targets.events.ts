import type {
  ReviewApprovedData,
  ReviewReturnedData,
  ReviewStepApprovedData,
  ReviewSubmittedData,
  ReviewWithdrawnData,
} from '../approval/review.js';
import type { ActingUser } from '../common/actor.js';
import type { Likelihood } from '../midterm-review/midterm-review-labels.js';
import type { DepartmentTargetsContent, SubGoalLinkSuggestion } from './department-targets-content.js';

/**
 * Events of the department's overall targets (部门整体绩效目标) of one fiscal year, one stream per
 * department and year: departmentTargetsStreamId. The department is named by the code of the
 * unit that publishes the document (docs/department-targets.md, the department).
 */
export interface DepartmentKey {
  departmentCode: string;
  fiscalYear: number;
}

/** The published document the content was read from, as the importer names it. */
export interface DepartmentTargetsSource {
  name: string;
  documentSha256: string;
  lines: { from: number; to: number };
}

export interface DepartmentTargetsDrafted {
  type: 'DepartmentTargetsDrafted';
  data: DepartmentKey & { version: number; content: DepartmentTargetsContent; draftedBy: ActingUser; source: DepartmentTargetsSource | null };
}

/** A document approved outside this system becomes the year's approved baseline as printed. */
export interface DepartmentTargetsBaselineImported {
  type: 'DepartmentTargetsBaselineImported';
  data: DepartmentKey & { version: number; content: DepartmentTargetsContent; importedBy: ActingUser; source: DepartmentTargetsSource };
}

/** The whole content as revised (the document is short; basicExpenditureFen is kept as it was). */
export interface DepartmentTargetsRevised {
  type: 'DepartmentTargetsRevised';
  data: DepartmentKey & { version: number; content: DepartmentTargetsContent; revisedBy: ActingUser };
}

export interface DepartmentBasicExpenditureSet {
  type: 'DepartmentBasicExpenditureSet';
  data: DepartmentKey & { version: number; basicExpenditureFen: number | null; setBy: ActingUser };
}

export interface DepartmentTargetsSubmitted {
  type: 'DepartmentTargetsSubmitted';
  /** The content is repeated, so an auditor sees what went to whom. */
  data: DepartmentKey & ReviewSubmittedData & { content: DepartmentTargetsContent; baselineVersion: number | null };
}

export interface DepartmentTargetsStepApproved {
  type: 'DepartmentTargetsStepApproved';
  data: DepartmentKey & ReviewStepApprovedData;
}

export interface DepartmentTargetsApproved {
  type: 'DepartmentTargetsApproved';
  data: DepartmentKey & ReviewApprovedData & { content: DepartmentTargetsContent; replacedBaselineVersion: number | null };
}

export interface DepartmentTargetsReturned {
  type: 'DepartmentTargetsReturned';
  data: DepartmentKey & ReviewReturnedData;
}

export interface DepartmentTargetsSubmissionWithdrawn {
  type: 'DepartmentTargetsSubmissionWithdrawn';
  data: DepartmentKey & ReviewWithdrawnData;
}

/** 调整: the next version starts as a copy of the baseline, which stays in force until the adjustment is approved. */
export interface DepartmentTargetsAdjustmentStarted {
  type: 'DepartmentTargetsAdjustmentStarted';
  data: DepartmentKey & { version: number; baselineVersion: number; reason: string; startedBy: ActingUser };
}

/** The rule's suggestions (sub-goal-links.ts); they replace earlier suggestions, never a confirmed link. */
export interface SubGoalLinksSuggested {
  type: 'SubGoalLinksSuggested';
  data: DepartmentKey & { suggestions: SubGoalLinkSuggestion[]; suggestedBy: ActingUser };
}

export interface SubGoalLinkConfirmed {
  type: 'SubGoalLinkConfirmed';
  data: DepartmentKey & { subGoal: number; projectCode: string; confirmedBy: ActingUser };
}

export interface SubGoalLinkRemoved {
  type: 'SubGoalLinkRemoved';
  data: DepartmentKey & { subGoal: number; projectCode: string; removedBy: ActingUser };
}

/** What a progress report says of its indicator; the sentence is repeated, so the report stays tied to the indicator it was made for. */
export interface DepartmentProgressReading {
  subGoal: number;
  index: number;
  sentence: string;
  /** The value reached, as written: a decimal against a figure, words against a sentence without one. */
  value: string;
  /** YYYY-MM-DD: the date the value stands at. */
  asOf: string;
  expectedFullYear: string | null;
  likelihood: Likelihood | null;
  note: string | null;
}

/** A report of an indicator of the baseline in force. */
export interface DepartmentIndicatorProgressReported {
  type: 'DepartmentIndicatorProgressReported';
  data: DepartmentKey & DepartmentProgressReading & { baselineVersion: number; reportedBy: ActingUser };
}

export type DepartmentTargetsEvent =
  | DepartmentTargetsDrafted
  | DepartmentTargetsBaselineImported
  | DepartmentTargetsRevised
  | DepartmentBasicExpenditureSet
  | DepartmentTargetsSubmitted
  | DepartmentTargetsStepApproved
  | DepartmentTargetsApproved
  | DepartmentTargetsReturned
  | DepartmentTargetsSubmissionWithdrawn
  | DepartmentTargetsAdjustmentStarted
  | SubGoalLinksSuggested
  | SubGoalLinkConfirmed
  | SubGoalLinkRemoved
  | DepartmentIndicatorProgressReported;

export const departmentTargetsEventTypes: ReadonlyArray<DepartmentTargetsEvent['type']> = [
  'DepartmentTargetsDrafted',
  'DepartmentTargetsBaselineImported',
  'DepartmentTargetsRevised',
  'DepartmentBasicExpenditureSet',
  'DepartmentTargetsSubmitted',
  'DepartmentTargetsStepApproved',
  'DepartmentTargetsApproved',
  'DepartmentTargetsReturned',
  'DepartmentTargetsSubmissionWithdrawn',
  'DepartmentTargetsAdjustmentStarted',
  'SubGoalLinksSuggested',
  'SubGoalLinkConfirmed',
  'SubGoalLinkRemoved',
  'DepartmentIndicatorProgressReported',
];

export function departmentTargetsStreamId(fiscalYear: number, departmentCode: string): string {
  return `department-targets-${fiscalYear}-${departmentCode}`;
}
