import type {
  ReviewApprovedData,
  ReviewCorrectionStartedData,
  ReviewReturnedData,
  ReviewStepApprovedData,
  ReviewSubmittedData,
  ReviewWithdrawnData,
} from '../approval/review.js';
import type { ApprovedTargets } from '../approved-targets/approved-targets.js';
import type { ActingUser } from '../common/actor.js';
import type { EvaluationGrade } from './scoring/evaluation-grade.js';
import type { IndicatorResult } from './scoring/score-evaluation.js';

/**
 * Events of the final evaluation (绩效自评) of one project's year. Stream:
 * finalEvaluationStreamId(fiscalYear, projectCode). Scores are never stored as input: they are
 * computed from what was recorded, and the submission and approval keep the result for audit.
 */

export interface FinalEvaluationKey {
  projectCode: string;
  fiscalYear: number;
}

/** A written cause of a shortfall and the improvement measure (原因 and 改进措施). */
export interface Explanation {
  cause: string;
  measure: string;
}

/** What the scoring made of a version, as its submission and approval record it. */
export interface ScoreSummary {
  /** Shown to 2 decimals, e.g. "89.75". */
  total: string;
  grade: EvaluationGrade;
}

export interface FinalEvaluationOpened {
  type: 'FinalEvaluationOpened';
  data: FinalEvaluationKey & { version: number; baseline: ApprovedTargets; openedBy: ActingUser };
}

/** Results of some indicators, by their position in the baseline; later results replace earlier ones. */
export interface FinalEvaluationResultsRecorded {
  type: 'FinalEvaluationResultsRecorded';
  data: FinalEvaluationKey & {
    version: number;
    results: Array<{ index: number; result: IndicatorResult }>;
    recordedBy: ActingUser;
  };
}

/** Weights of the indicators in percent of their group, or all null for even splits. */
export interface FinalEvaluationWeightsSet {
  type: 'FinalEvaluationWeightsSet';
  data: FinalEvaluationKey & { version: number; weights: Array<string | null>; setBy: ActingUser };
}

/** Spending of the year as the disbursement ledger had it when recorded. */
export interface FinalEvaluationExecutionRecorded {
  type: 'FinalEvaluationExecutionRecorded';
  data: FinalEvaluationKey & { version: number; executedFen: number; recordedBy: ActingUser };
}

export interface FinalEvaluationExplained {
  type: 'FinalEvaluationExplained';
  data: FinalEvaluationKey & {
    version: number;
    /** Of the execution rate (under 90 %), when given. */
    execution: Explanation | null;
    indicators: Array<{ index: number; explanation: Explanation }>;
    explainedBy: ActingUser;
  };
}

export interface FinalEvaluationSubmitted {
  type: 'FinalEvaluationSubmitted';
  data: FinalEvaluationKey & ReviewSubmittedData & { score: ScoreSummary };
}

export interface FinalEvaluationStepApproved {
  type: 'FinalEvaluationStepApproved';
  data: FinalEvaluationKey & ReviewStepApprovedData;
}

/** The last step approved: this version is final. */
export interface FinalEvaluationApproved {
  type: 'FinalEvaluationApproved';
  data: FinalEvaluationKey & ReviewApprovedData & { score: ScoreSummary };
}

export interface FinalEvaluationReturned {
  type: 'FinalEvaluationReturned';
  data: FinalEvaluationKey & ReviewReturnedData;
}

export interface FinalEvaluationSubmissionWithdrawn {
  type: 'FinalEvaluationSubmissionWithdrawn';
  data: FinalEvaluationKey & ReviewWithdrawnData;
}

/** A correction after approval: a new version starting from the approved one, which stays on record. */
export interface FinalEvaluationCorrectionStarted {
  type: 'FinalEvaluationCorrectionStarted';
  data: FinalEvaluationKey & ReviewCorrectionStartedData;
}

export type FinalEvaluationEvent =
  | FinalEvaluationOpened
  | FinalEvaluationResultsRecorded
  | FinalEvaluationWeightsSet
  | FinalEvaluationExecutionRecorded
  | FinalEvaluationExplained
  | FinalEvaluationSubmitted
  | FinalEvaluationStepApproved
  | FinalEvaluationApproved
  | FinalEvaluationReturned
  | FinalEvaluationSubmissionWithdrawn
  | FinalEvaluationCorrectionStarted;

export const finalEvaluationEventTypes: ReadonlyArray<FinalEvaluationEvent['type']> = [
  'FinalEvaluationOpened',
  'FinalEvaluationResultsRecorded',
  'FinalEvaluationWeightsSet',
  'FinalEvaluationExecutionRecorded',
  'FinalEvaluationExplained',
  'FinalEvaluationSubmitted',
  'FinalEvaluationStepApproved',
  'FinalEvaluationApproved',
  'FinalEvaluationReturned',
  'FinalEvaluationSubmissionWithdrawn',
  'FinalEvaluationCorrectionStarted',
];

export function finalEvaluationStreamId(fiscalYear: number, projectCode: string): string {
  return `final-evaluation-${fiscalYear}-${projectCode}`;
}
