import type { WithSubstitution } from '../approval/substitution.js';
import type { SubmissionChainInput } from '../approval/submission-chain.js';
import type { Actor } from '../common/actor.js';
import type { TargetTableContent } from '../target-table/target-table-content.js';
import type { Explanation } from './final-evaluation.events.js';
import type { IndicatorResult } from './scoring/score-evaluation.js';

interface FinalEvaluationCommandBase {
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
}

/**
 * Opens the evaluation on the year's approved targets, which the application loads from the
 * target table's stream (null when there is none); `today` is the application's date, as
 * YYYY-MM-DD, since an evaluation of a year starts after it ends.
 */
export interface OpenFinalEvaluation extends FinalEvaluationCommandBase {
  type: 'OpenFinalEvaluation';
  baseline: { version: number; content: TargetTableContent } | null;
  today: string;
}

/** 实际完成值 per indicator, by position in the baseline; a qualitative one is graded instead. */
export interface RecordFinalEvaluationResults extends FinalEvaluationCommandBase {
  type: 'RecordFinalEvaluationResults';
  results: Array<{ index: number; result: IndicatorResult }>;
}

/** Weights in percent of each indicator's group, one per indicator; all null for even splits. */
export interface SetFinalEvaluationWeights extends FinalEvaluationCommandBase {
  type: 'SetFinalEvaluationWeights';
  weights: Array<string | null>;
}

/** The year's spending as the disbursement ledger has it (the application reads it and passes it in). */
export interface RecordFinalEvaluationExecution extends FinalEvaluationCommandBase {
  type: 'RecordFinalEvaluationExecution';
  executedFen: number;
}

export interface ExplainFinalEvaluation extends FinalEvaluationCommandBase {
  type: 'ExplainFinalEvaluation';
  execution?: Explanation | null;
  indicators: Array<{ index: number; explanation: Explanation }>;
}

export interface SubmitFinalEvaluation extends FinalEvaluationCommandBase {
  type: 'SubmitFinalEvaluation';
  chain: SubmissionChainInput;
}

export interface ResubmitFinalEvaluation extends FinalEvaluationCommandBase {
  type: 'ResubmitFinalEvaluation';
}

export interface ApproveFinalEvaluationStep extends FinalEvaluationCommandBase, WithSubstitution {
  type: 'ApproveFinalEvaluationStep';
  step: string;
  comment?: string | null;
}

export interface ReturnFinalEvaluation extends FinalEvaluationCommandBase, WithSubstitution {
  type: 'ReturnFinalEvaluation';
  step: string;
  to: string;
  reason: string;
}

export interface WithdrawFinalEvaluationSubmission extends FinalEvaluationCommandBase {
  type: 'WithdrawFinalEvaluationSubmission';
}

/** After approval: a new version to correct; the approved one stays on record. */
export interface CorrectFinalEvaluation extends FinalEvaluationCommandBase {
  type: 'CorrectFinalEvaluation';
  reason: string;
}

export type FinalEvaluationCommand =
  | OpenFinalEvaluation
  | RecordFinalEvaluationResults
  | SetFinalEvaluationWeights
  | RecordFinalEvaluationExecution
  | ExplainFinalEvaluation
  | SubmitFinalEvaluation
  | ResubmitFinalEvaluation
  | ApproveFinalEvaluationStep
  | ReturnFinalEvaluation
  | WithdrawFinalEvaluationSubmission
  | CorrectFinalEvaluation;
