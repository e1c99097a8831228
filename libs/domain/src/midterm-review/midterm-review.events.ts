import type { ApprovedTargets } from '../approved-targets/approved-targets.js';
import type {
  ReviewApprovedData,
  ReviewReturnedData,
  ReviewStepApprovedData,
  ReviewSubmittedData,
  ReviewWithdrawnData,
} from '../approval/review.js';
import type { TrafficLight } from '../execution/traffic-light.js';
import type { ActingUser } from '../common/actor.js';
import type { DeviationCause, Likelihood } from './midterm-review-labels.js';

/**
 * Events of the monitoring (绩效运行监控, 双监控) of one project's year: progress reported during
 * the year and the mid-term review at a checkpoint. Stream: midtermReviewStreamId(fiscalYear, projectCode).
 */

export interface MidtermKey {
  projectCode: string;
  fiscalYear: number;
}

/** The first report or review of the year copies the approved targets it is about. */
export interface MidtermMonitoringStarted {
  type: 'MidtermMonitoringStarted';
  data: MidtermKey & { baseline: ApprovedTargets };
}

export interface IndicatorProgressReported {
  type: 'IndicatorProgressReported';
  data: MidtermKey & {
    index: number;
    /** The value reached, as written: a decimal for a numeric target, words for a qualitative one. */
    value: string;
    /** YYYY-MM-DD: the date the value stands at. */
    asOf: string;
    note: string | null;
    reportedBy: ActingUser;
  };
}

export interface MidtermReviewOpened {
  type: 'MidtermReviewOpened';
  data: MidtermKey & { version: number; checkpointDate: string; openedBy: ActingUser };
}

/** One indicator as the review assesses it at the checkpoint. */
export interface IndicatorAssessment {
  index: number;
  /** 截至检查点的完成值. */
  reached: string;
  /** 全年预计完成值. */
  expectedFullYear: string;
  likelihood: Likelihood;
  /** Required where the likelihood is not 确定能 or the indicator is behind. */
  cause: DeviationCause | null;
  /** 纠偏措施; required with a cause. */
  measure: string | null;
  /** The expected full-year value misses a numeric target. */
  behind: boolean;
}

export interface MidtermIndicatorsAssessed {
  type: 'MidtermIndicatorsAssessed';
  data: MidtermKey & { version: number; assessments: IndicatorAssessment[]; assessedBy: ActingUser };
}

/** Budget execution at the checkpoint, computed from the disbursement ledger. */
export interface CheckpointExecutionFigures {
  through: string;
  budgetFen: number;
  spentFen: number;
  /** The cumulative plan interpolated at the checkpoint. */
  plannedFen: number;
  /** spent / planned × 100, null without a plan to date. */
  planRate: string | null;
  /** spent / budget × 100. */
  executionRate: string | null;
  /** 序时进度. */
  timeProgress: string;
  lightRatio: string | null;
  light: TrafficLight | null;
}

export interface MidtermExecutionRecorded {
  type: 'MidtermExecutionRecorded';
  data: MidtermKey & { version: number; execution: CheckpointExecutionFigures; recordedBy: ActingUser };
}

export interface MidtermReviewSubmitted {
  type: 'MidtermReviewSubmitted';
  data: MidtermKey & ReviewSubmittedData;
}

export interface MidtermReviewStepApproved {
  type: 'MidtermReviewStepApproved';
  data: MidtermKey & ReviewStepApprovedData;
}

export interface MidtermReviewApproved {
  type: 'MidtermReviewApproved';
  data: MidtermKey & ReviewApprovedData;
}

export interface MidtermReviewReturned {
  type: 'MidtermReviewReturned';
  data: MidtermKey & ReviewReturnedData;
}

export interface MidtermReviewSubmissionWithdrawn {
  type: 'MidtermReviewSubmissionWithdrawn';
  data: MidtermKey & ReviewWithdrawnData;
}

export type MidtermReviewEvent =
  | MidtermMonitoringStarted
  | IndicatorProgressReported
  | MidtermReviewOpened
  | MidtermIndicatorsAssessed
  | MidtermExecutionRecorded
  | MidtermReviewSubmitted
  | MidtermReviewStepApproved
  | MidtermReviewApproved
  | MidtermReviewReturned
  | MidtermReviewSubmissionWithdrawn;

export const midtermReviewEventTypes: ReadonlyArray<MidtermReviewEvent['type']> = [
  'MidtermMonitoringStarted',
  'IndicatorProgressReported',
  'MidtermReviewOpened',
  'MidtermIndicatorsAssessed',
  'MidtermExecutionRecorded',
  'MidtermReviewSubmitted',
  'MidtermReviewStepApproved',
  'MidtermReviewApproved',
  'MidtermReviewReturned',
  'MidtermReviewSubmissionWithdrawn',
];

export function midtermReviewStreamId(fiscalYear: number, projectCode: string): string {
  return `midterm-review-${fiscalYear}-${projectCode}`;
}
