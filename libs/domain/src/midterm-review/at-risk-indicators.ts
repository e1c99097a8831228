import type { Likelihood } from './midterm-review-labels.js';
import type { IndicatorAssessment } from './midterm-review.events.js';
import type { MidtermReview } from './midterm-review.state.js';

/**
 * At risk: the likelihood is not 确定能, or the expected full-year value misses the target. The
 * department's monitoring applies the same rule to its own indicators, where a likelihood may
 * not be stated yet (null): that alone is no risk.
 */
export function isAtRisk(assessment: { likelihood: Likelihood | null; behind: boolean }): boolean {
  return (assessment.likelihood !== null && assessment.likelihood !== 'CERTAIN') || assessment.behind;
}

/** The assessed indicators at risk (isAtRisk). */
export function atRiskIndicators(review: MidtermReview): IndicatorAssessment[] {
  return review.assessments.filter((assessment): assessment is IndicatorAssessment => assessment !== null && isAtRisk(assessment));
}
