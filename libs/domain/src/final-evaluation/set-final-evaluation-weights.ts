import { DomainError } from '../shared/domain-error.js';
import { actingUser } from '../target-table/target-table-actor.js';
import { editableFinalEvaluation } from './editable-final-evaluation.js';
import type { SetFinalEvaluationWeights } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';
import { weightProblems } from './scoring/score-evaluation.js';

export function setFinalEvaluationWeights(command: SetFinalEvaluationWeights, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = editableFinalEvaluation(state, command, 'set weights');
  const { indicators } = evaluation.baseline;
  const weights = Array.isArray(command.weights) ? command.weights : [];
  if (weights.length !== indicators.length) {
    throw DomainError.validation([
      { field: 'weights', message: `has ${weights.length} entries: give one per indicator (${indicators.length}), null where the group is split evenly` },
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
