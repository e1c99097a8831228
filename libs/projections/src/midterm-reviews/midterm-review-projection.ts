import { atRiskIndicators } from '@app/domain/midterm-review/at-risk-indicators.js';
import { evolveMidtermReview } from '@app/domain/midterm-review/evolve-midterm-review.js';
import { midtermReviewEventTypes, type MidtermReviewEvent } from '@app/domain/midterm-review/midterm-review.events.js';
import { initialMidtermState, type MidtermState } from '@app/domain/midterm-review/midterm-review.state.js';
import { awaitedStepColumns } from '../inbox/awaited-step-columns.js';
import { streamStateProjection } from '../stream-state/stream-state-projection.js';
import { migrateMidtermReviews, MIDTERM_REVIEWS, MIDTERM_REVIEWS_PROJECTION, type MidtermReviewsTable } from './midterm-review-schema.js';

/** One row per project and year: progress and review as the domain folds them, with the light and at-risk count for the dashboard. */
export const midtermReviewsProjection = streamStateProjection<MidtermState, MidtermReviewsTable>({
  name: MIDTERM_REVIEWS_PROJECTION,
  table: MIDTERM_REVIEWS,
  migrate: migrateMidtermReviews,
  eventTypes: midtermReviewEventTypes,
  initialState: initialMidtermState,
  evolve: (state, event) => evolveMidtermReview(state, event as MidtermReviewEvent),
  submissionEventTypes: ['MidtermReviewSubmitted'],
  rowOf(state, last, submittedAt) {
    if (state.status !== 'MONITORED') return null;
    const { review } = state;
    return {
      project_code: state.projectCode,
      fiscal_year: state.fiscalYear,
      unit_code: state.baseline.unitCode,
      section_id: state.baseline.sectionId,
      name: state.baseline.name,
      status: review === null ? 'NOT_OPENED' : review.stage.status,
      ...awaitedStepColumns(review?.stage ?? null, submittedAt),
      checkpoint_date: review?.checkpointDate ?? null,
      light: review?.execution?.light ?? null,
      at_risk_count: review === null ? 0 : atRiskIndicators(review).length,
      state_json: JSON.stringify(state),
      updated_at: last.metadata.occurredAt,
      updated_by: last.metadata.actor.userId,
      position: String(last.position),
    };
  },
});
