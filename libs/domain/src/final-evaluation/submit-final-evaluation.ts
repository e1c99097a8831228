import { messages } from '../messages/messages.js';
import { resubmitForReview, submitForReview } from '../approval/submit-for-review.js';
import type { ReviewSubmittedData } from '../approval/review.js';
import { DomainError } from '../common/domain-error.js';
import { evaluationScorecard, missingExplanations, scoreSummary } from './evaluation-scorecard.js';
import { evaluationScope, evaluationSubject, existingFinalEvaluation } from './existing-final-evaluation.js';
import type { ResubmitFinalEvaluation, SubmitFinalEvaluation } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluation, FinalEvaluationState } from './final-evaluation.state.js';

export function submitFinalEvaluation(command: SubmitFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = existingFinalEvaluation(state, command, messages.verbs.submit);
  const submission = submitForReview(evaluation.stage, command.chain, command.actor, evaluationScope(evaluation), evaluationSubject(evaluation));
  return [submitted(evaluation, submission)];
}

export function resubmitFinalEvaluation(command: ResubmitFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = existingFinalEvaluation(state, command, messages.verbs.resubmit);
  const submission = resubmitForReview(evaluation.stage, command.actor, evaluationScope(evaluation), evaluationSubject(evaluation));
  return [submitted(evaluation, submission)];
}

/** Only a complete evaluation goes to the chain: every result, the execution, and every explanation required. */
function submitted(evaluation: FinalEvaluation, submission: ReviewSubmittedData): FinalEvaluationEvent {
  const card = evaluationScorecard(evaluation);
  const missing = missingExplanations(evaluation, card);
  if (missing.length > 0) throw DomainError.validation(missing);
  return {
    type: 'FinalEvaluationSubmitted',
    data: { projectCode: evaluation.projectCode, fiscalYear: evaluation.fiscalYear, ...submission, score: scoreSummary(card) },
  };
}
