import { DomainError, type FieldProblem } from '../common/domain-error.js';
import type { Indicator } from '../target-table/target-table-content.js';
import { evaluationScorecard, missingExplanations } from './evaluation-scorecard.js';
import type { Explanation } from './final-evaluation.events.js';
import type { FinalEvaluation } from './final-evaluation.state.js';
import { type EvaluationGrade, evaluationGrade } from './scoring/evaluation-grade.js';
import { shownScore } from './scoring/exact-decimal.js';
import { executionPoints } from './scoring/execution-points.js';
import type { ExplanationReason, IndicatorResult, Scorecard } from './scoring/score-evaluation.js';

/**
 * The scorecard as people read it (every figure shown to 2 decimals): each indicator with its
 * target, result, points, score and explanation. Until everything needed is recorded the
 * points and scores are null and `missing` says what is still to do.
 */
export interface ScorecardView {
  execution: {
    budgetFen: number;
    executedFen: number | null;
    ratePercent: string | null;
    score: string | null;
    explanationNeeded: boolean;
    explanation: Explanation | null;
  };
  groups: Array<{ label: string; basePoints: string; points: string; indicatorCount: number; score: string }>;
  redistribution: string | null;
  rows: ScorecardRowView[];
  total: string | null;
  grade: EvaluationGrade | null;
  /** What stops the evaluation from being scored or submitted, by field; empty when it can be submitted. */
  missing: FieldProblem[];
}

export interface ScorecardRowView {
  index: number;
  indicator: Indicator;
  weight: string | null;
  result: IndicatorResult | null;
  points: string | null;
  score: string | null;
  completionPercent: string | null;
  explanationReasons: ExplanationReason[];
  explanation: Explanation | null;
}

export function scorecardView(evaluation: FinalEvaluation): ScorecardView {
  let card: Scorecard | null = null;
  let missing: FieldProblem[];
  try {
    card = evaluationScorecard(evaluation);
    missing = missingExplanations(evaluation, card);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    missing = error.problems;
  }
  const { budgetFen } = evaluation.baseline;
  const execution = evaluation.executedFen === null ? null : executionPoints(budgetFen, evaluation.executedFen);
  return {
    execution: {
      budgetFen,
      executedFen: evaluation.executedFen,
      ratePercent: execution === null ? null : shownScore(execution.ratePercent),
      score: execution === null ? null : shownScore(execution.score),
      explanationNeeded: execution?.explanationNeeded ?? false,
      explanation: evaluation.executionExplanation,
    },
    groups: (card?.groups ?? []).map((group) => ({
      label: group.label,
      basePoints: shownScore(group.basePoints),
      points: shownScore(group.points),
      indicatorCount: group.indicatorCount,
      score: shownScore(group.score),
    })),
    redistribution: card?.redistribution ?? null,
    rows: evaluation.baseline.indicators.map((indicator, index) => {
      const row = card?.rows[index];
      const completion = row?.completionPercent;
      return {
        index,
        indicator,
        weight: evaluation.weights[index] ?? null,
        result: evaluation.results[index] ?? null,
        points: row === undefined ? null : shownScore(row.points),
        score: row === undefined ? null : shownScore(row.score),
        completionPercent: completion === null || completion === undefined || !completion.isFinite() ? null : shownScore(completion),
        explanationReasons: row?.explanationReasons ?? [],
        explanation: evaluation.explanations[index] ?? null,
      };
    }),
    total: card === null ? null : shownScore(card.total),
    grade: card === null ? null : evaluationGrade(card.total),
    missing,
  };
}
