import { requirePreparerOf } from '../approval/approval-authority.js';
import { requireEditable } from '../approval/require-editable.js';
import type { Actor } from '../common/actor.js';
import { evaluationScope, evaluationSubject, existingFinalEvaluation, whenApproved } from './existing-final-evaluation.js';
import type { FinalEvaluation, FinalEvaluationState } from './final-evaluation.state.js';

/** The evaluation a preparer of its section changes, as long as it is in the preparer's hands. */
export function editableFinalEvaluation(
  state: FinalEvaluationState,
  command: { projectCode: string; fiscalYear: number; actor: Actor },
  doing: string,
): FinalEvaluation {
  const evaluation = existingFinalEvaluation(state, command, doing);
  requirePreparerOf(command.actor, evaluationScope(evaluation), doing);
  requireEditable(evaluation.stage, evaluationSubject(evaluation), doing, whenApproved);
  return evaluation;
}
