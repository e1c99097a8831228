import { DomainError, type FieldProblem } from '../shared/domain-error.js';
import type { ScoreSummary } from './final-evaluation.events.js';
import type { FinalEvaluation } from './final-evaluation.state.js';
import { evaluationGrade } from './scoring/evaluation-grade.js';
import { shownScore } from './scoring/exact-decimal.js';
import { type Scorecard, scoreEvaluation } from './scoring/score-evaluation.js';

/** The scorecard of the working version; VALIDATION names whatever is still missing to score it. */
export function evaluationScorecard(evaluation: FinalEvaluation): Scorecard {
  if (evaluation.executedFen === null) {
    throw DomainError.validation([
      { field: 'executed', message: "is not recorded: record the year's spending from the disbursement ledger (recordFinalEvaluationExecution)" },
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
      message: `is required: the execution rate is ${shownScore(card.execution.ratePercent)} %, under 90 %; give its cause and improvement measure`,
    });
  }
  for (const row of card.rows) {
    if (row.explanationReasons.length === 0 || evaluation.explanations[row.index] !== null) continue;
    const indicator = evaluation.baseline.indicators[row.index];
    const why = row.explanationReasons
      .map((reason) => (reason === 'SHORT_OF_FULL_POINTS' ? `it scores ${shownScore(row.score)} of ${shownScore(row.points)} points` : 'it reached 130 % or more of its target'))
      .join(' and ');
    problems.push({ field: `explanations.indicators[${row.index}]`, message: `is required for ${indicator?.level3}: ${why}; give the cause and improvement measure` });
  }
  return problems;
}

export function scoreSummary(card: Scorecard): ScoreSummary {
  return { total: shownScore(card.total), grade: evaluationGrade(card.total) };
}
