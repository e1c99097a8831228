import { messages } from '../messages/messages.js';
import { withdrawReviewSubmission } from '../approval/withdraw-review-submission.js';
import { evaluationScope, evaluationSubject, existingFinalEvaluation } from './existing-final-evaluation.js';
import type { WithdrawFinalEvaluationSubmission } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

export function withdrawFinalEvaluationSubmission(command: WithdrawFinalEvaluationSubmission, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = existingFinalEvaluation(state, command, messages.verbs.withdraw);
  const withdrawn = withdrawReviewSubmission(evaluation.stage, command.actor, evaluationScope(evaluation), evaluationSubject(evaluation));
  return [
    { type: 'FinalEvaluationSubmissionWithdrawn', data: { projectCode: evaluation.projectCode, fiscalYear: evaluation.fiscalYear, ...withdrawn } },
  ];
}
