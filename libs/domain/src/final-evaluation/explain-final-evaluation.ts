import { messages } from '../messages/messages.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { reasonProblem } from '../approval/decision-text.js';
import { actingUser } from '../common/actor.js';
import { editableFinalEvaluation } from './editable-final-evaluation.js';
import type { ExplainFinalEvaluation } from './final-evaluation.commands.js';
import type { Explanation, FinalEvaluationEvent } from './final-evaluation.events.js';
import type { FinalEvaluationState } from './final-evaluation.state.js';
import { indicatorIndexProblem } from '../approved-targets/indicator-index.js';

/** 原因 and 改进措施 of a shortfall, an over-completion or a low execution rate. */
export function explainFinalEvaluation(command: ExplainFinalEvaluation, state: FinalEvaluationState): FinalEvaluationEvent[] {
  const evaluation = editableFinalEvaluation(state, command, messages.finalEvaluation.explaining);
  const given = Array.isArray(command.indicators) ? command.indicators : [];
  const execution = command.execution ?? null;
  const problems: FieldProblem[] = [];
  if (given.length === 0 && execution === null) {
    problems.push({ field: 'indicators', message: messages.finalEvaluation.explanationsEmpty });
  }
  if (execution !== null) explanationProblems(execution, 'execution', problems);
  const seen = new Set<number>();
  given.forEach(({ index, explanation }, i) => {
    const indexProblem = indicatorIndexProblem(evaluation.baseline.indicators, index, seen, `indicators[${i}].index`);
    if (indexProblem !== null) problems.push(indexProblem);
    explanationProblems(explanation, `indicators[${i}].explanation`, problems);
  });
  if (problems.length > 0) throw DomainError.validation(problems);
  return [
    {
      type: 'FinalEvaluationExplained',
      data: {
        projectCode: evaluation.projectCode,
        fiscalYear: evaluation.fiscalYear,
        version: evaluation.version,
        execution,
        indicators: given.map(({ index, explanation }) => ({ index, explanation: { cause: explanation.cause, measure: explanation.measure } })),
        explainedBy: actingUser(command.actor),
      },
    },
  ];
}

export function explanationProblems(explanation: Explanation | undefined, at: string, problems: FieldProblem[]): void {
  for (const problem of [
    reasonProblem(explanation?.cause, `${at}.cause`, messages.finalEvaluation.explanationCauseExample),
    reasonProblem(explanation?.measure, `${at}.measure`, messages.finalEvaluation.explanationMeasureExample),
  ]) {
    if (problem !== null) problems.push(problem);
  }
}
