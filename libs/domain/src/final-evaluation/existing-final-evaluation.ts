import { messages } from '../messages/messages.js';
import type { ReviewScope, ReviewSubject } from '../approval/review.js';
import { DomainError } from '../common/domain-error.js';
import type { FinalEvaluation, FinalEvaluationState } from './final-evaluation.state.js';

/** The evaluation a command acts on, or NOT_FOUND saying it must be opened first. */
export function existingFinalEvaluation(
  state: FinalEvaluationState,
  command: { projectCode: string; fiscalYear: number },
  verb: string,
): FinalEvaluation {
  if (state.status === 'NONE') {
    throw new DomainError('NOT_FOUND', messages.finalEvaluation.notFound({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, verb }));
  }
  return state;
}

export function evaluationSubject(evaluation: FinalEvaluation): ReviewSubject {
  return { noun: messages.finalEvaluation.noun, version: evaluation.version };
}

export function evaluationScope(evaluation: FinalEvaluation): ReviewScope {
  return { unitCode: evaluation.baseline.unitCode, sectionId: evaluation.baseline.sectionId };
}

export const whenApproved = messages.finalEvaluation.whenApproved;
