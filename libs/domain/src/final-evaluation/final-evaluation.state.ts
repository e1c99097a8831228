import type { ReviewStage } from '../approval/review.js';
import type { IndicatorResult } from './scoring/score-evaluation.js';
import type { ApprovedTargets } from '../approved-targets/approved-targets.js';
import type { Explanation, ScoreSummary } from './final-evaluation.events.js';

export type FinalEvaluationState = NoFinalEvaluation | FinalEvaluation;

export interface NoFinalEvaluation {
  status: 'NONE';
}

/** The working version of the evaluation and where it stands in the approval chain. */
export interface FinalEvaluation {
  status: 'OPEN';
  projectCode: string;
  fiscalYear: number;
  version: number;
  baseline: ApprovedTargets;
  /** One per baseline indicator, null until recorded. */
  results: Array<IndicatorResult | null>;
  weights: Array<string | null>;
  executedFen: number | null;
  executionExplanation: Explanation | null;
  /** One per baseline indicator, null until written. */
  explanations: Array<Explanation | null>;
  stage: ReviewStage;
  /** The latest approved (final) version, which stays on record while a correction is made. */
  approved: { version: number; score: ScoreSummary } | null;
}

export const initialFinalEvaluationState: FinalEvaluationState = { status: 'NONE' };
