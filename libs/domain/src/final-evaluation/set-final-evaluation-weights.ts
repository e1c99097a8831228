import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { actingUser } from '../common/actor.js';
import { editableFinalEvaluation } from './editable-final-evaluation.js';
import type { SetFinalEvaluationWeights } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';
import { weightProblems } from './scoring/score-evaluation.js';

export function setFinalEvaluationWeights(command: SetFinalEvaluationWeights, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = editableFinalEvaluation(state, command, messages.finalEvaluation.settingWeights);
  const { indicators } = evaluation.baseline;
  const weights = Array.isArray(command.weights) ? command.weights : [];
  if (weights.length !== indicators.length) {
    throw DomainError.validation([
      { field: 'weights', message: messages.finalEvaluation.weightsCount({ given: weights.length, indicators: indicators.length }) },
    ]);
  }
  const problems = weightProblems(indicators, weights);
  if (problems.length > 0) throw DomainError.validation(problems);
  return [
    {
      type: 'FinalEvaluationWeightsSet',
      data: { projectCode: evaluation.projectCode, fiscalYear: evaluation.fiscalYear, version: evaluation.version, weights, setBy: actingUser(command.actor) },
    },
  ];
}
