import { messages } from '../messages/messages.js';
import { startCorrection } from '../approval/start-correction.js';
import { evaluationScope, evaluationSubject, existingFinalEvaluation } from './existing-final-evaluation.js';
import type { CorrectFinalEvaluation } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';

/** An approved evaluation is final: a correction is a new version, with its reason, and goes through the chain again. */
export function correctFinalEvaluation(command: CorrectFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = existingFinalEvaluation(state, command, messages.verbs.correct);
  const started = startCorrection(evaluation.stage, command, evaluationScope(evaluation), evaluationSubject(evaluation), messages.finalEvaluation.correctionReasonExample);
  return [{ type: 'FinalEvaluationCorrectionStarted', data: { projectCode: evaluation.projectCode, fiscalYear: evaluation.fiscalYear, ...started } }];
}
