import type { FinalEvaluation } from './final-evaluation.state.js';
import { type EvaluationGrade, evaluationGrades } from './scoring/evaluation-grade.js';
import { ScoreDecimal, shownScore, sum } from './scoring/exact-decimal.js';
import type { ScorecardView } from './scorecard-view.js';

export interface EvaluatedProject {
  evaluation: FinalEvaluation;
  scorecard: ScorecardView;
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
  countPerGrade: Array<{ grade: EvaluationGrade; count: number }>;
  /** The lowest-scoring indicators of the final evaluations, by share of their points, lowest first. */
  lowestIndicators: LowScoringIndicator[];
}

/**
 * The roll-up of a unit or of the department. A working version not yet approved may still
 * change, so averages and grade counts take only evaluations whose current version is final;
 * `projectCount − finalCount` are still on their way.
 */
export function rollUpEvaluations(projects: readonly EvaluatedProject[], lowestCount = 5): EvaluationRollUp {
  const final = projects.filter(({ evaluation, scorecard }) => evaluation.stage.status === 'APPROVED' && scorecard.total !== null);
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
  return {
    projectCount: projects.length,
    finalCount: final.length,
    averageScore: totals.length === 0 ? null : shownScore(sum(totals).div(totals.length)),
    countPerGrade: evaluationGrades.map((grade) => ({ grade, count: final.filter(({ scorecard }) => scorecard.grade === grade).length })),
    lowestIndicators: lowest.map(({ share, indicator }) => ({ ...indicator, percentOfPoints: shownScore(share) })),
  };
}
