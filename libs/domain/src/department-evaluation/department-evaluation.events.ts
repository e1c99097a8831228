import type { ReviewApprovedData, ReviewCorrectionStartedData, ReviewReturnedData, ReviewStepApprovedData, ReviewSubmittedData, ReviewWithdrawnData } from '../approval/review.js';
import type { ActingUser } from '../common/actor.js';
import type { DepartmentKey } from '../department-targets/department-targets.events.js';
import type { DepartmentTargetsBaseline } from '../department-targets/department-targets.state.js';
import type { Explanation } from '../final-evaluation/final-evaluation.events.js';
import type { EvaluationGrade } from '../final-evaluation/scoring/evaluation-grade.js';
import type { IndicatorResult } from '../final-evaluation/scoring/score-evaluation.js';

/**
 * Events of the 部门整体支出绩效自评 of one department and year (docs/department-evaluation.md).
 * One stream per department and year. The score is not stored while the evaluation is worked
 * on — it depends on the projects' evaluations and the ledger, read when it is shown — but
 * submission and approval record the score they were made at, as the project evaluation's do.
 */

/** The department's score as submitted or approved, every figure as shown (2 decimals). */
export interface DepartmentScoreSummary {
  total: string;
  grade: EvaluationGrade;
  /** 预算执行, 产出, 效益, 满意度 scores, in that order; a part with nothing to score is absent. */
  parts: Array<{ part: 'BUDGET_EXECUTION' | 'OUTPUT' | 'EFFECT' | 'SATISFACTION'; points: string; score: string }>;
  /** The whole budget and what was paid from it, in fen as decimal strings (bigint does not travel in JSON). */
  budgetFen: string;
  paidFen: string;
  /** The approved project evaluations' plain and budget-weighted averages; how many were counted. */
  projectAverage: string | null;
  projectWeightedAverage: string | null;
  finalProjectCount: number;
  projectCount: number;
}

/** Opened after year end on the approved version of the department targets, copied so later adjustments do not change what is evaluated. */
export interface DepartmentEvaluationOpened {
  type: 'DepartmentEvaluationOpened';
  data: DepartmentKey & { version: number; baseline: DepartmentTargetsBaseline; openedBy: ActingUser };
}

/** Results of some of the department's indicators, numbered across the sub-goals in order; later ones replace earlier ones. */
export interface DepartmentEvaluationResultsRecorded {
  type: 'DepartmentEvaluationResultsRecorded';
  data: DepartmentKey & { version: number; results: Array<{ index: number; result: IndicatorResult }>; recordedBy: ActingUser };
}

/** What was paid of 基本支出 over the year, in fen; null: nothing entered. */
export interface DepartmentBasicExpenditurePaidRecorded {
  type: 'DepartmentBasicExpenditurePaidRecorded';
  data: DepartmentKey & { version: number; paidFen: number | null; recordedBy: ActingUser };
}

/** 原因 and 改进措施 of a whole-budget execution rate under 90 %. */
export interface DepartmentEvaluationExecutionExplained {
  type: 'DepartmentEvaluationExecutionExplained';
  data: DepartmentKey & { version: number; explanation: Explanation; explainedBy: ActingUser };
}

export interface DepartmentEvaluationSubmitted {
  type: 'DepartmentEvaluationSubmitted';
  data: DepartmentKey & ReviewSubmittedData & { score: DepartmentScoreSummary };
}

export interface DepartmentEvaluationStepApproved {
  type: 'DepartmentEvaluationStepApproved';
  data: DepartmentKey & ReviewStepApprovedData;
}

/** The last step approved: the evaluation is final, with the score it was approved at. */
export interface DepartmentEvaluationApproved {
  type: 'DepartmentEvaluationApproved';
  data: DepartmentKey & ReviewApprovedData & { score: DepartmentScoreSummary };
}

export interface DepartmentEvaluationReturned {
  type: 'DepartmentEvaluationReturned';
  data: DepartmentKey & ReviewReturnedData;
}

export interface DepartmentEvaluationSubmissionWithdrawn {
  type: 'DepartmentEvaluationSubmissionWithdrawn';
  data: DepartmentKey & ReviewWithdrawnData;
}

/** A correction after approval: a new version, starting from the approved one, whose score stays on record until the new one is approved. */
export interface DepartmentEvaluationCorrectionStarted {
  type: 'DepartmentEvaluationCorrectionStarted';
  data: DepartmentKey & ReviewCorrectionStartedData;
}

export type DepartmentEvaluationEvent =
  | DepartmentEvaluationOpened
  | DepartmentEvaluationResultsRecorded
  | DepartmentBasicExpenditurePaidRecorded
  | DepartmentEvaluationExecutionExplained
  | DepartmentEvaluationSubmitted
  | DepartmentEvaluationStepApproved
  | DepartmentEvaluationApproved
  | DepartmentEvaluationReturned
  | DepartmentEvaluationSubmissionWithdrawn
  | DepartmentEvaluationCorrectionStarted;

export const departmentEvaluationEventTypes: ReadonlyArray<DepartmentEvaluationEvent['type']> = [
  'DepartmentEvaluationOpened',
  'DepartmentEvaluationResultsRecorded',
  'DepartmentBasicExpenditurePaidRecorded',
  'DepartmentEvaluationExecutionExplained',
  'DepartmentEvaluationSubmitted',
  'DepartmentEvaluationStepApproved',
  'DepartmentEvaluationApproved',
  'DepartmentEvaluationReturned',
  'DepartmentEvaluationSubmissionWithdrawn',
  'DepartmentEvaluationCorrectionStarted',
];

export function departmentEvaluationStreamId(fiscalYear: number, departmentCode: string): string {
  return `department-evaluation-${fiscalYear}-${departmentCode}`;
}
