import { approveReviewStep } from '../approval/approve-review-step.js';
import { returnReview } from '../approval/return-review.js';
import { startCorrection } from '../approval/start-correction.js';
import type { ReviewSubmittedData } from '../approval/review.js';
import { submittableChain } from '../approval/submission-chain.js';
import { resubmitForReview, submitForReview } from '../approval/submit-for-review.js';
import { withdrawReviewSubmission } from '../approval/withdraw-review-submission.js';
import { commandsOfType, type Decider } from '../common/decider.js';
import { departmentScope } from '../department-targets/existing-department-targets.js';
import { messages } from '../messages/messages.js';
import type {
  ApproveDepartmentEvaluationStep,
  CorrectDepartmentEvaluation,
  DepartmentEvaluationCommand,
  DepartmentScoringFacts,
  ResubmitDepartmentEvaluation,
  ReturnDepartmentEvaluation,
  SubmitDepartmentEvaluation,
  WithdrawDepartmentEvaluationSubmission,
} from './department-evaluation.commands.js';
import type { DepartmentEvaluationEvent } from './department-evaluation.events.js';
import { completeScorecard, departmentEvaluationScorecard, departmentScoreSummary, wholeBudget } from './department-evaluation-scorecard.js';
import {
  departmentEvaluationSubject,
  existingDepartmentEvaluation,
  explainDepartmentBudgetExecution,
  openDepartmentEvaluation,
  recordDepartmentBasicExpenditurePaid,
  recordDepartmentEvaluationResults,
} from './department-evaluation-document.js';
import { evolveDepartmentEvaluation } from './evolve-department-evaluation.js';
import { initialDepartmentEvaluationState, type DepartmentEvaluation, type DepartmentEvaluationState } from './department-evaluation.state.js';

/**
 * The chain's part, each the shared stage's (approval/), wrapped as the final evaluation wraps
 * them: a submission is refused until the evaluation is complete and records its score; the
 * last step's approval records the score it was approved at (docs/department-evaluation.md).
 */
export function submitDepartmentEvaluation(command: SubmitDepartmentEvaluation, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const chain = submittableChain(command.chain);
  const evaluation = existingDepartmentEvaluation(state, command, messages.verbs.submit);
  return [submitted(evaluation, command.facts, submitForReview(evaluation.stage, chain, command.actor, departmentScope(evaluation), departmentEvaluationSubject(evaluation)))];
}

export function resubmitDepartmentEvaluation(command: ResubmitDepartmentEvaluation, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = existingDepartmentEvaluation(state, command, messages.verbs.resubmit);
  return [submitted(evaluation, command.facts, resubmitForReview(evaluation.stage, command.actor, departmentScope(evaluation), departmentEvaluationSubject(evaluation)))];
}

function submitted(evaluation: DepartmentEvaluation, facts: DepartmentScoringFacts, submission: ReviewSubmittedData): DepartmentEvaluationEvent {
  const score = departmentScoreSummary(completeScorecard(evaluation, facts), wholeBudget(evaluation, facts));
  return { type: 'DepartmentEvaluationSubmitted', data: { departmentCode: evaluation.departmentCode, fiscalYear: evaluation.fiscalYear, ...submission, score } };
}

export function approveDepartmentEvaluationStep(command: ApproveDepartmentEvaluationStep, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = existingDepartmentEvaluation(state, command, messages.verbs.approve);
  const { stepApproved, approved } = approveReviewStep(evaluation.stage, command, departmentScope(evaluation), departmentEvaluationSubject(evaluation));
  const key = { departmentCode: evaluation.departmentCode, fiscalYear: evaluation.fiscalYear };
  const events: DepartmentEvaluationEvent[] = [{ type: 'DepartmentEvaluationStepApproved', data: { ...key, ...stepApproved } }];
  if (approved !== null) {
    const score = departmentScoreSummary(departmentEvaluationScorecard(evaluation, command.facts), wholeBudget(evaluation, command.facts));
    events.push({ type: 'DepartmentEvaluationApproved', data: { ...key, ...approved, score } });
  }
  return events;
}

export function returnDepartmentEvaluation(command: ReturnDepartmentEvaluation, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = existingDepartmentEvaluation(state, command, messages.verbs.return);
  const returned = returnReview(evaluation.stage, command, departmentScope(evaluation), departmentEvaluationSubject(evaluation), messages.departmentEvaluation.returnReasonExample);
  return [{ type: 'DepartmentEvaluationReturned', data: { departmentCode: evaluation.departmentCode, fiscalYear: evaluation.fiscalYear, ...returned } }];
}

export function withdrawDepartmentEvaluationSubmission(command: WithdrawDepartmentEvaluationSubmission, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = existingDepartmentEvaluation(state, command, messages.verbs.withdraw);
  const withdrawn = withdrawReviewSubmission(evaluation.stage, command.actor, departmentScope(evaluation), departmentEvaluationSubject(evaluation));
  return [{ type: 'DepartmentEvaluationSubmissionWithdrawn', data: { departmentCode: evaluation.departmentCode, fiscalYear: evaluation.fiscalYear, ...withdrawn } }];
}

/** An approved evaluation is final: a correction is a new version, by the project evaluation's rule (approval/start-correction.ts). */
export function correctDepartmentEvaluation(command: CorrectDepartmentEvaluation, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  const evaluation = existingDepartmentEvaluation(state, command, messages.verbs.correct);
  const started = startCorrection(evaluation.stage, command, departmentScope(evaluation), departmentEvaluationSubject(evaluation), messages.departmentEvaluation.correctionReasonExample);
  return [{ type: 'DepartmentEvaluationCorrectionStarted', data: { departmentCode: evaluation.departmentCode, fiscalYear: evaluation.fiscalYear, ...started } }];
}

export function decideDepartmentEvaluation(command: DepartmentEvaluationCommand, state: DepartmentEvaluationState): DepartmentEvaluationEvent[] {
  switch (command.type) {
    case 'OpenDepartmentEvaluation':
      return openDepartmentEvaluation(command, state);
    case 'RecordDepartmentEvaluationResults':
      return recordDepartmentEvaluationResults(command, state);
    case 'RecordDepartmentBasicExpenditurePaid':
      return recordDepartmentBasicExpenditurePaid(command, state);
    case 'ExplainDepartmentBudgetExecution':
      return explainDepartmentBudgetExecution(command, state);
    case 'SubmitDepartmentEvaluation':
      return submitDepartmentEvaluation(command, state);
    case 'ResubmitDepartmentEvaluation':
      return resubmitDepartmentEvaluation(command, state);
    case 'ApproveDepartmentEvaluationStep':
      return approveDepartmentEvaluationStep(command, state);
    case 'ReturnDepartmentEvaluation':
      return returnDepartmentEvaluation(command, state);
    case 'WithdrawDepartmentEvaluationSubmission':
      return withdrawDepartmentEvaluationSubmission(command, state);
    case 'CorrectDepartmentEvaluation':
      return correctDepartmentEvaluation(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown department evaluation command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

export const departmentEvaluationDecider: Decider<DepartmentEvaluationCommand, DepartmentEvaluationEvent, DepartmentEvaluationState> = {
  initialState: initialDepartmentEvaluationState,
  evolve: evolveDepartmentEvaluation,
  decide: decideDepartmentEvaluation,
  // Chain decisions are checked against the stage they find; results and explanations are not decided again: they would overwrite.
  decidedAgainOnConflict: commandsOfType<DepartmentEvaluationCommand>(
    'SubmitDepartmentEvaluation',
    'ResubmitDepartmentEvaluation',
    'ApproveDepartmentEvaluationStep',
    'ReturnDepartmentEvaluation',
    'WithdrawDepartmentEvaluationSubmission',
    'CorrectDepartmentEvaluation',
  ),
};
