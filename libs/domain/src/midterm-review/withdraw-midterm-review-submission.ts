import { messages } from '../messages/messages.js';
import { withdrawReviewSubmission } from '../approval/withdraw-review-submission.js';
import { existingMidtermReview, midtermScope, midtermSubject } from './existing-midterm-review.js';
import type { WithdrawMidtermReviewSubmission } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';

export function withdrawMidtermReviewSubmission(command: WithdrawMidtermReviewSubmission, state: MidtermState): MidtermReviewEvent[] {
  const { monitoring, review } = existingMidtermReview(state, command, messages.verbs.withdraw);
  const withdrawn = withdrawReviewSubmission(review.stage, command.actor, midtermScope(monitoring), midtermSubject(review));
  return [{ type: 'MidtermReviewSubmissionWithdrawn', data: { projectCode: monitoring.projectCode, fiscalYear: monitoring.fiscalYear, ...withdrawn } }];
}
