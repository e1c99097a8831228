import { messages } from '../messages/messages.js';
import { approveReviewStep } from '../approval/approve-review-step.js';
import { evaluationScorecard, scoreSummary } from './evaluation-scorecard.js';
import { evaluationScope, evaluationSubject, existingFinalEvaluation } from './existing-final-evaluation.js';
import type { ApproveFinalEvaluationStep } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

/** Approving the last step makes the version final, with the score it was approved at. */
export function approveFinalEvaluationStep(command: ApproveFinalEvaluationStep, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = existingFinalEvaluation(state, command, messages.verbs.approve);
  const { stepApproved, approved } = approveReviewStep(evaluation.stage, command, evaluationScope(evaluation), evaluationSubject(evaluation));
  const key = { projectCode: evaluation.projectCode, fiscalYear: evaluation.fiscalYear };
  const events: FinalEvaluationEvent[] = [{ type: 'FinalEvaluationStepApproved', data: { ...key, ...stepApproved } }];
  if (approved !== null) {
    events.push({ type: 'FinalEvaluationApproved', data: { ...key, ...approved, score: scoreSummary(evaluationScorecard(evaluation)) } });
  }
  return events;
}
