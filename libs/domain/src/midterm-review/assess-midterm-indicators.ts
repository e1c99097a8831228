import { messages } from '../messages/messages.js';
import { indicatorIndexProblem } from '../approved-targets/indicator-index.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { reasonProblem } from '../approval/decision-text.js';
import { actingUser } from '../common/actor.js';
import type { Indicator } from '../target-table/target-table-content.js';
import { editableMidtermReview } from './editable-midterm-review.js';
import { isBehind } from './indicator-behind.js';
import { deviationCauseLabels, isDeviationCause, isLikelihood, likelihoodLabels, listOf } from './midterm-review-labels.js';
import type { AssessMidtermIndicators, IndicatorAssessmentInput } from './midterm-review.commands.js';
import type { IndicatorAssessment, MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';
import { reachedValueProblem } from './reached-value.js';

/**
 * Per indicator: reached, expected full-year value, likelihood; the cause (from the fixed
 * list) and the corrective measure wherever the likelihood is not 确定能 or the expected value
 * misses the target. Every problem of every row is named at once and nothing is written.
 */
export function assessMidtermIndicators(command: AssessMidtermIndicators, state: MidtermState): MidtermReviewEvent[] {
  const { monitoring, review } = editableMidtermReview(state, command, messages.midterm.assessing);
  const given = Array.isArray(command.assessments) ? command.assessments : [];
  const problems: FieldProblem[] = [];
  if (given.length === 0) problems.push({ field: 'assessments', message: messages.midterm.assessmentsEmpty });
  const seen = new Set<number>();
  const assessments = given.map((input, i) => {
    const at = `assessments[${i}]`;
    const indexProblem = indicatorIndexProblem(monitoring.baseline.indicators, input.index, seen, `${at}.index`);
    if (indexProblem !== null) {
      problems.push(indexProblem);
      return null;
    }
    return assessment(monitoring.baseline.indicators[input.index]!, input, at, problems);
  });
  if (problems.length > 0) throw DomainError.validation(problems);
  return [
    {
      type: 'MidtermIndicatorsAssessed',
      data: {
        projectCode: monitoring.projectCode,
        fiscalYear: monitoring.fiscalYear,
        version: review.version,
        assessments: assessments as IndicatorAssessment[],
        assessedBy: actingUser(command.actor),
      },
    },
  ];
}

function assessment(indicator: Indicator, input: IndicatorAssessmentInput, at: string, problems: FieldProblem[]): IndicatorAssessment | null {
  const before = problems.length;
  for (const problem of [reachedValueProblem(indicator, input.reached, `${at}.reached`), reachedValueProblem(indicator, input.expectedFullYear, `${at}.expectedFullYear`)]) {
    if (problem !== null) problems.push(problem);
  }
  if (!isLikelihood(input.likelihood)) {
    problems.push({ field: `${at}.likelihood`, message: messages.midterm.notALikelihood({ given: JSON.stringify(input.likelihood ?? null), choices: listOf(likelihoodLabels) }) });
  }
  if (problems.length > before || !isLikelihood(input.likelihood)) return null;
  const behind = isBehind(indicator, input.expectedFullYear);
  const why =
    input.likelihood !== 'CERTAIN'
      ? messages.midterm.likelihoodIs(likelihoodLabels[input.likelihood])
      : behind
        ? messages.midterm.expectedMisses({ expected: input.expectedFullYear.trim(), target: indicator.valueText })
        : null;
  const cause = input.cause ?? null;
  if (cause === null ? why !== null : !isDeviationCause(cause)) {
    const choices = listOf(deviationCauseLabels);
    const message = cause === null ? messages.midterm.causeRequired({ why: why ?? '', choices }) : messages.midterm.notACause({ given: JSON.stringify(cause), choices });
    problems.push({ field: `${at}.cause`, message });
  }
  const measure = input.measure ?? null;
  if (why !== null || measure !== null) {
    const problem = reasonProblem(measure, `${at}.measure`, messages.midterm.measureExample);
    if (problem !== null) problems.push(why !== null && measure === null ? { ...problem, message: messages.midterm.measureRequired(why) } : problem);
  }
  if (problems.length > before) return null;
  return {
    index: input.index,
    reached: input.reached.trim(),
    expectedFullYear: input.expectedFullYear.trim(),
    likelihood: input.likelihood,
    cause: cause as IndicatorAssessment['cause'],
    measure,
    behind,
  };
}
