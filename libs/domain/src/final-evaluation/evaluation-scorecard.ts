import { messages } from '../messages/messages.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import type { ScoreSummary } from './final-evaluation.events.js';
import type { FinalEvaluation } from './final-evaluation.state.js';
import { evaluationGrade } from './scoring/evaluation-grade.js';
import { shownScore } from './scoring/exact-decimal.js';
import { type Scorecard, scoreEvaluation } from './scoring/score-evaluation.js';

/** The scorecard of the working version; VALIDATION names whatever is still missing to score it. */
export function evaluationScorecard(evaluation: FinalEvaluation): Scorecard {
  if (evaluation.executedFen === null) {
    throw DomainError.validation([
      { field: 'executed', message: messages.finalEvaluation.executedMissing },
    ]);
  }
  return scoreEvaluation({
    budgetFen: evaluation.baseline.budgetFen,
    executedFen: evaluation.executedFen,
    indicators: evaluation.baseline.indicators.map((indicator, i) => ({
      indicator,
      weight: evaluation.weights[i] ?? null,
      result: evaluation.results[i] ?? null,
    })),
  });
}

/** Rows that need a written cause and measure (docs/scoring.md, explanations) and do not have one yet. */
export function missingExplanations(evaluation: FinalEvaluation, card: Scorecard): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (card.execution.explanationNeeded && evaluation.executionExplanation === null) {
    problems.push({
      field: 'explanations.execution',
      message: messages.finalEvaluation.executionExplanationRequired(shownScore(card.execution.ratePercent)),
    });
  }
  for (const row of card.rows) {
    if (row.explanationReasons.length === 0 || evaluation.explanations[row.index] !== null) continue;
    const indicator = evaluation.baseline.indicators[row.index];
    const why = row.explanationReasons
      .map((reason) =>
        reason === 'SHORT_OF_FULL_POINTS'
          ? messages.finalEvaluation.shortOfFullPoints({ score: shownScore(row.score), points: shownScore(row.points) })
          : messages.finalEvaluation.farAboveTarget,
      )
      .join(messages.finalEvaluation.reasonSeparator);
    problems.push({ field: `explanations.indicators[${row.index}]`, message: messages.finalEvaluation.indicatorExplanationRequired({ level3: indicator?.level3, why }) });
  }
  return problems;
}

export function scoreSummary(card: Scorecard): ScoreSummary {
  return { total: shownScore(card.total), grade: evaluationGrade(card.total) };
}
