import { ScoreDecimal, shownScore } from './exact-decimal.js';

export type EvaluationGrade = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';

export const evaluationGradeLabels: Readonly<Record<EvaluationGrade, string>> = {
  EXCELLENT: '优',
  GOOD: '良',
  FAIR: '中',
  POOR: '差',
};

export const evaluationGrades: ReadonlyArray<EvaluationGrade> = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];

/** 90 and above 优, 80 to under 90 良, 60 to under 80 中, below 60 差 — read from the total as shown (2 decimals). */
export function evaluationGrade(total: ScoreDecimal): EvaluationGrade {
  const shown = new ScoreDecimal(shownScore(total));
  if (shown.greaterThanOrEqualTo(90)) return 'EXCELLENT';
  if (shown.greaterThanOrEqualTo(80)) return 'GOOD';
  if (shown.greaterThanOrEqualTo(60)) return 'FAIR';
  return 'POOR';
}
