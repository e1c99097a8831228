import { messages } from '../messages/messages.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { actingUser } from '../common/actor.js';
import { editableFinalEvaluation } from './editable-final-evaluation.js';
import type { RecordFinalEvaluationResults } from './final-evaluation.commands.js';
import type { FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';
import { readResult } from './scoring/score-evaluation.js';
import { indicatorIndexProblem } from '../approved-targets/indicator-index.js';

/** Each result is checked against its indicator at once, so a wrong kind or a grade outside its band is never stored. */
export function recordFinalEvaluationResults(command: RecordFinalEvaluationResults, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = editableFinalEvaluation(state, command, messages.finalEvaluation.recordingResults);
  const given = Array.isArray(command.results) ? command.results : [];
  const problems: FieldProblem[] = [];
  if (given.length === 0) problems.push({ field: 'results', message: messages.finalEvaluation.resultsEmpty });
  const seen = new Set<number>();
  given.forEach(({ index, result }, i) => {
    const indexProblem = indicatorIndexProblem(evaluation.baseline.indicators, index, seen, `results[${i}].index`);
    if (indexProblem !== null) return problems.push(indexProblem);
    const own: FieldProblem[] = [];
    readResult(evaluation.baseline.indicators[index]!, index, result ?? null, own);
    problems.push(...own.map((problem) => ({ ...problem, field: problem.field.replace(`indicators[${index}]`, `results[${i}]`) })));
  });
  if (problems.length > 0) throw DomainError.validation(problems);
  return [
    {
      type: 'FinalEvaluationResultsRecorded',
      data: {
        projectCode: evaluation.projectCode,
        fiscalYear: evaluation.fiscalYear,
        version: evaluation.version,
        results: given.map(({ index, result }) => ({ index, result })),
        recordedBy: actingUser(command.actor),
      },
    },
  ];
}
