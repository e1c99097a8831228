import type { FinalEvaluation } from './final-evaluation.state.js';
import { type EvaluationGrade, evaluationGrades } from './scoring/evaluation-grade.js';
import { ScoreDecimal, shownScore, sum } from './scoring/exact-decimal.js';
import type { ScorecardView } from './scorecard-view.js';

export interface EvaluatedProject {
  evaluation: FinalEvaluation;
  scorecard: ScorecardView;
  /** Rectification items (整改) of the project's year not yet 已销号; none when left out. */
  openRectifications?: number;
}

export interface LowScoringIndicator {
  projectCode: string;
  projectName: string;
  index: number;
  level3: string;
  valueText: string;
  points: string;
  score: string;
  /** score / points × 100, 2 decimals. */
  percentOfPoints: string;
}

export interface EvaluationRollUp {
  projectCount: number;
  /** Projects whose working version is approved (final): only these are averaged and counted per grade. */
  finalCount: number;
  /** Average total of the final evaluations, 2 decimals; null when none is final. */
  averageScore: string | null;
  /**
   * The same totals weighted by each project's approved budget (Σ budget × total / Σ budget),
   * 2 decimals: a project of 723 万元 counts for more of the department's spending than one of
   * 20 万元. Null when none is final or their budgets add up to 0.
   */
  budgetWeightedAverage: string | null;
  countPerGrade: Array<{ grade: EvaluationGrade; count: number }>;
  /** The lowest-scoring indicators of the final evaluations, by share of their points, lowest first. */
  lowestIndicators: LowScoringIndicator[];
  /** Rectification items not yet closed, of every project rolled up (final or not): what is still to be corrected. */
  openRectificationCount: number;
}

/** A final evaluation: its working version is approved, so its total no longer changes. */
export function isFinalEvaluation({ evaluation, scorecard }: EvaluatedProject): boolean {
  return evaluation.stage.status === 'APPROVED' && scorecard.total !== null;
}

/**
 * Σ budget × total / Σ budget over the final evaluations, exact (the totals as shown, the
 * budgets in fen); null when none is final or their budgets add up to 0.
 */
export function budgetWeightedTotal(projects: readonly EvaluatedProject[]): ScoreDecimal | null {
  const final = projects.filter(isFinalEvaluation);
  const budgets = sum(final.map(({ evaluation }) => new ScoreDecimal(evaluation.baseline.budgetFen)));
  if (budgets.isZero()) return null;
  return sum(final.map(({ evaluation, scorecard }) => new ScoreDecimal(evaluation.baseline.budgetFen).times(scorecard.total!))).div(budgets);
}

/**
 * The roll-up of a unit or of the department. A working version not yet approved may still
 * change, so averages and grade counts take only evaluations whose current version is final;
 * `projectCount − finalCount` are still on their way. Open rectifications count for every
 * project: a problem found stays open whatever the evaluation's stage
 * (docs/deadlines-and-rectification.md).
 */
export function rollUpEvaluations(projects: readonly EvaluatedProject[], lowestCount = 5): EvaluationRollUp {
  const final = projects.filter(isFinalEvaluation);
  const totals = final.map(({ scorecard }) => new ScoreDecimal(scorecard.total!));
  const lowest = final
    .flatMap(({ evaluation, scorecard }) =>
      scorecard.rows
        .filter((row) => row.points !== null && row.score !== null && new ScoreDecimal(row.points).greaterThan(0))
        .map((row) => ({
          share: new ScoreDecimal(row.score!).div(row.points!).times(100),
          indicator: {
            projectCode: evaluation.projectCode,
            projectName: evaluation.baseline.name,
            index: row.index,
            level3: row.indicator.level3,
            valueText: row.indicator.valueText,
            points: row.points!,
            score: row.score!,
          },
        })),
    )
    .sort((a, b) => a.share.comparedTo(b.share) || a.indicator.projectCode.localeCompare(b.indicator.projectCode) || a.indicator.index - b.indicator.index)
    .slice(0, lowestCount);
  const weighted = budgetWeightedTotal(projects);
  return {
    projectCount: projects.length,
    finalCount: final.length,
    averageScore: totals.length === 0 ? null : shownScore(sum(totals).div(totals.length)),
    budgetWeightedAverage: weighted === null ? null : shownScore(weighted),
    countPerGrade: evaluationGrades.map((grade) => ({ grade, count: final.filter(({ scorecard }) => scorecard.grade === grade).length })),
    lowestIndicators: lowest.map(({ share, indicator }) => ({ ...indicator, percentOfPoints: shownScore(share) })),
    openRectificationCount: projects.reduce((count, project) => count + (project.openRectifications ?? 0), 0),
  };
}
