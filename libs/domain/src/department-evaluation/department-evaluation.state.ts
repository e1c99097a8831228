import type { ReviewStage } from '../approval/review.js';
import type { DepartmentTargetsBaseline } from '../department-targets/department-targets.state.js';
import type { Explanation } from '../final-evaluation/final-evaluation.events.js';
import type { IndicatorResult } from '../final-evaluation/scoring/score-evaluation.js';
import type { DepartmentScoreSummary } from './department-evaluation.events.js';

export type DepartmentEvaluationState = NoDepartmentEvaluation | DepartmentEvaluation;

export interface NoDepartmentEvaluation {
  status: 'NONE';
}

/** The department's self-evaluation and where it stands in the shared review stage. */
export interface DepartmentEvaluation {
  status: 'OPEN';
  departmentCode: string;
  fiscalYear: number;
  version: number;
  /** The approved department targets evaluated, as they were when it was opened. */
  baseline: DepartmentTargetsBaseline;
  /** One per indicator across the sub-goals in order, null until recorded. */
  results: Array<IndicatorResult | null>;
  /** 基本支出 paid over the year in fen, as entered; null until entered. */
  basicExpenditurePaidFen: number | null;
  executionExplanation: Explanation | null;
  stage: ReviewStage;
  /** The score the last step approved; null until then. */
  approvedScore: DepartmentScoreSummary | null;
}

export const initialDepartmentEvaluationState: DepartmentEvaluationState = { status: 'NONE' };
