import type { ReviewScope, ReviewSubject } from '../approval/review.js';
import { DomainError } from '../shared/domain-error.js';
import type { MidtermReview, MidtermState, Monitoring } from './midterm-review.state.js';

export interface ReviewInHand {
  monitoring: Monitoring;
  review: MidtermReview;
}

/** The mid-term review a command acts on, or NOT_FOUND saying it must be opened first. */
export function existingMidtermReview(state: MidtermState, command: { projectCode: string; fiscalYear: number }, verb: string): ReviewInHand {
  if (state.status === 'NONE' || state.review === null) {
    throw new DomainError(
      'NOT_FOUND',
      `There is no mid-term review of project ${command.projectCode} for ${command.fiscalYear} to ${verb}: open it first (openMidtermReview).`,
    );
  }
  return { monitoring: state, review: state.review };
}

export function midtermSubject(review: MidtermReview): ReviewSubject {
  return { noun: 'mid-term review', version: review.version };
}

export function midtermScope(monitoring: Monitoring): ReviewScope {
  return { unitCode: monitoring.baseline.unitCode, sectionId: monitoring.baseline.sectionId };
}

export const midtermWhenApproved = 'It is approved: the mid-term review of the year is decided.';
