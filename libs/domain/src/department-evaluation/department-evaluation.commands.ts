import type { SubmissionChainInput } from '../approval/submission-chain.js';
import type { WithSubstitution } from '../approval/substitution.js';
import type { Actor } from '../common/actor.js';
import type { DepartmentTargetsState } from '../department-targets/department-targets.state.js';
import type { EvaluatedProject } from '../final-evaluation/evaluation-roll-up.js';
import type { Explanation } from '../final-evaluation/final-evaluation.events.js';
import type { IndicatorResult } from '../final-evaluation/scoring/score-evaluation.js';

/**
 * Commands on the 部门整体支出绩效自评 of one department and year. What the score needs from
 * outside the stream — the whole budget, what was paid from it, the projects' evaluations —
 * the application reads (`facts`), so a submission and an approval record the score of the
 * moment they are made (docs/department-evaluation.md).
 */
interface DepartmentEvaluationCommandBase {
  departmentCode: string;
  fiscalYear: number;
  actor: Actor;
}

/** What the score is worked out from besides the recorded results. */
export interface DepartmentScoringFacts {
  /** The approved project tables' budgets in fen; the evaluation adds its baseline's 基本支出 (department-budget.ts). */
  projectsBudgetFen: bigint;
  /** Paid from them: the projects' ledgers over the year; the evaluation adds the 基本支出 paid as recorded. */
  projectsPaidFen: bigint;
  /** Every project of the department with its final evaluation as the view has it; only approved ones count. */
  projects: readonly EvaluatedProject[];
}

/** After year end, on the approved department targets, read by the application from their stream. */
export interface OpenDepartmentEvaluation extends DepartmentEvaluationCommandBase {
  type: 'OpenDepartmentEvaluation';
  /** YYYY-MM-DD in China, from the clock. */
  today: string;
  targets: DepartmentTargetsState;
}

export interface RecordDepartmentEvaluationResults extends DepartmentEvaluationCommandBase {
  type: 'RecordDepartmentEvaluationResults';
  /** `index` numbers the indicators across the sub-goals in order, from 0. */
  results: Array<{ index: number; result: IndicatorResult }>;
}

/** What was paid of 基本支出 over the year, in yuan: it has no ledger, so it is entered as the accounts give it. */
export interface RecordDepartmentBasicExpenditurePaid extends DepartmentEvaluationCommandBase {
  type: 'RecordDepartmentBasicExpenditurePaid';
  amount: string | null;
}

export interface ExplainDepartmentBudgetExecution extends DepartmentEvaluationCommandBase {
  type: 'ExplainDepartmentBudgetExecution';
  explanation: Explanation;
}

export interface SubmitDepartmentEvaluation extends DepartmentEvaluationCommandBase {
  type: 'SubmitDepartmentEvaluation';
  chain: SubmissionChainInput;
  facts: DepartmentScoringFacts;
}

export interface ResubmitDepartmentEvaluation extends DepartmentEvaluationCommandBase {
  type: 'ResubmitDepartmentEvaluation';
  facts: DepartmentScoringFacts;
}

export interface ApproveDepartmentEvaluationStep extends DepartmentEvaluationCommandBase, WithSubstitution {
  type: 'ApproveDepartmentEvaluationStep';
  step: string;
  comment?: string | null;
  facts: DepartmentScoringFacts;
}

export interface ReturnDepartmentEvaluation extends DepartmentEvaluationCommandBase, WithSubstitution {
  type: 'ReturnDepartmentEvaluation';
  step: string;
  to: string;
  reason: string;
}

export interface WithdrawDepartmentEvaluationSubmission extends DepartmentEvaluationCommandBase {
  type: 'WithdrawDepartmentEvaluationSubmission';
}

/** After approval: a new version to correct, with its reason; the approved one and its score stay on record. */
export interface CorrectDepartmentEvaluation extends DepartmentEvaluationCommandBase {
  type: 'CorrectDepartmentEvaluation';
  reason: string;
}

export type DepartmentEvaluationCommand =
  | OpenDepartmentEvaluation
  | RecordDepartmentEvaluationResults
  | RecordDepartmentBasicExpenditurePaid
  | ExplainDepartmentBudgetExecution
  | SubmitDepartmentEvaluation
  | ResubmitDepartmentEvaluation
  | ApproveDepartmentEvaluationStep
  | ReturnDepartmentEvaluation
  | WithdrawDepartmentEvaluationSubmission
  | CorrectDepartmentEvaluation;
