import type { ReviewScope, ReviewSubject } from '../approval/review.js';
import { DomainError } from '../shared/domain-error.js';
import type { FinalEvaluation, FinalEvaluationState } from './final-evaluation.state.js';

/** The evaluation a command acts on, or NOT_FOUND saying it must be opened first. */
export function existingFinalEvaluation(
  state: FinalEvaluationState,
  command: { projectCode: string; fiscalYear: number },
  verb: string,
): FinalEvaluation {
  if (state.status === 'NONE') {
    throw new DomainError(
      'NOT_FOUND',
      `There is no final evaluation of project ${command.projectCode} for ${command.fiscalYear} to ${verb}: open it first (openFinalEvaluation).`,
    );
  }
  return state;
}

export function evaluationSubject(evaluation: FinalEvaluation): ReviewSubject {
  return { noun: 'final evaluation', version: evaluation.version };
}

export function evaluationScope(evaluation: FinalEvaluation): ReviewScope {
  return { unitCode: evaluation.baseline.unitCode, sectionId: evaluation.baseline.sectionId };
}

export const whenApproved = 'It is final: to change it, start a correction (correctFinalEvaluation), a new version.';
