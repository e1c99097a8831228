import type { ReviewScope, ReviewSubject } from '../approval/review.js';
import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import type { MidtermReview, MidtermState, Monitoring } from './midterm-review.state.js';

export interface ReviewInHand {
  monitoring: Monitoring;
  review: MidtermReview;
}

/** The mid-term review a command acts on, or NOT_FOUND saying it must be opened first. */
export function existingMidtermReview(state: MidtermState, command: { projectCode: string; fiscalYear: number }, verb: string): ReviewInHand {
  if (state.status === 'NONE' || state.review === null) {
    throw new DomainError('NOT_FOUND', messages.midterm.notFound({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, verb }));
  }
  return { monitoring: state, review: state.review };
}

export function midtermSubject(review: MidtermReview): ReviewSubject {
  return { noun: messages.midterm.noun, version: review.version };
}

export function midtermScope(monitoring: Monitoring): ReviewScope {
  return { unitCode: monitoring.baseline.unitCode, sectionId: monitoring.baseline.sectionId };
}

export const midtermWhenApproved = messages.midterm.whenApproved;
