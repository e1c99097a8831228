import { messages } from '../messages/messages.js';
import { returnReview } from '../approval/return-review.js';
import { evaluationScope, evaluationSubject, existingFinalEvaluation } from './existing-final-evaluation.js';
import type { ReturnFinalEvaluation } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

export function returnFinalEvaluation(command: ReturnFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = existingFinalEvaluation(state, command, messages.verbs.return);
  const returned = returnReview(evaluation.stage, command, evaluationScope(evaluation), evaluationSubject(evaluation), messages.finalEvaluation.returnReasonExample);
  return [{ type: 'FinalEvaluationReturned', data: { projectCode: evaluation.projectCode, fiscalYear: evaluation.fiscalYear, ...returned } }];
}
