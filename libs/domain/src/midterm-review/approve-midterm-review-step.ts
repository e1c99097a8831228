import { messages } from '../messages/messages.js';
import { approveReviewStep } from '../approval/approve-review-step.js';
import { existingMidtermReview, midtermScope, midtermSubject } from './existing-midterm-review.js';
import type { ApproveMidtermReviewStep } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';

export function approveMidtermReviewStep(command: ApproveMidtermReviewStep, state: MidtermState): MidtermReviewEvent[] {
  const { monitoring, review } = existingMidtermReview(state, command, messages.verbs.approve);
  const key = { projectCode: monitoring.projectCode, fiscalYear: monitoring.fiscalYear };
  const { stepApproved, approved } = approveReviewStep(review.stage, command, midtermScope(monitoring), midtermSubject(review));
  const events: MidtermReviewEvent[] = [{ type: 'MidtermReviewStepApproved', data: { ...key, ...stepApproved } }];
  if (approved !== null) events.push({ type: 'MidtermReviewApproved', data: { ...key, ...approved } });
  return events;
}
