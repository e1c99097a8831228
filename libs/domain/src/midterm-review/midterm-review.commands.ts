import type { WithSubstitution } from '../approval/substitution.js';
import type { ApprovedBaselineInput } from '../approved-targets/approved-targets.js';
import type { ExecutionEntry } from '../execution/execution-figures.js';
import type { LightThresholds } from '../execution/traffic-light.js';
import type { SubmissionChainInput } from '../approval/submission-chain.js';
import type { Actor } from '../common/actor.js';

interface MidtermCommandBase {
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
}

/** The approved targets, loaded by the application from the target table's stream (null: none approved). */
interface WithBaseline {
  baseline: ApprovedBaselineInput | null;
}

export interface ReportIndicatorProgress extends MidtermCommandBase, WithBaseline {
  type: 'ReportIndicatorProgress';
  index: number;
  value: string;
  asOf: string;
  note?: string | null;
}

/** The review at a checkpoint date; 31 July of the fiscal year when none is given. */
export interface OpenMidtermReview extends MidtermCommandBase, WithBaseline {
  type: 'OpenMidtermReview';
  checkpointDate?: string | null;
}

export interface IndicatorAssessmentInput {
  index: number;
  reached: string;
  expectedFullYear: string;
  likelihood: string;
  cause?: string | null;
  measure?: string | null;
}

export interface AssessMidtermIndicators extends MidtermCommandBase {
  type: 'AssessMidtermIndicators';
  assessments: IndicatorAssessmentInput[];
}

/** The ledger's entries of the project (the application reads them); figures are computed at the checkpoint. */
export interface RecordMidtermExecution extends MidtermCommandBase {
  type: 'RecordMidtermExecution';
  entries: ExecutionEntry[];
  /** The light's thresholds; 60 / 80 (docs/execution.md) when not given. */
  thresholds?: LightThresholds;
}

export interface SubmitMidtermReview extends MidtermCommandBase {
  type: 'SubmitMidtermReview';
  chain: SubmissionChainInput;
}

export interface ResubmitMidtermReview extends MidtermCommandBase {
  type: 'ResubmitMidtermReview';
}

export interface ApproveMidtermReviewStep extends MidtermCommandBase, WithSubstitution {
  type: 'ApproveMidtermReviewStep';
  step: string;
  comment?: string | null;
}

export interface ReturnMidtermReview extends MidtermCommandBase, WithSubstitution {
  type: 'ReturnMidtermReview';
  step: string;
  to: string;
  reason: string;
}

export interface WithdrawMidtermReviewSubmission extends MidtermCommandBase {
  type: 'WithdrawMidtermReviewSubmission';
}

export type MidtermReviewCommand =
  | ReportIndicatorProgress
  | OpenMidtermReview
  | AssessMidtermIndicators
  | RecordMidtermExecution
  | SubmitMidtermReview
  | ResubmitMidtermReview
  | ApproveMidtermReviewStep
  | ReturnMidtermReview
  | WithdrawMidtermReviewSubmission;
