import type { IndicatorAssessment } from './midterm-review.events.js';
import type { MidtermReview } from './midterm-review.state.js';

/** An indicator at risk: its likelihood is not 确定能, or its expected full-year value misses the target. */
export function atRiskIndicators(review: MidtermReview): IndicatorAssessment[] {
  return review.assessments.filter((assessment): assessment is IndicatorAssessment => assessment !== null && (assessment.likelihood !== 'CERTAIN' || assessment.behind));
}
