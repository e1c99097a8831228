import { messages } from '../messages/messages.js';
import { returnReview } from '../approval/return-review.js';
import { existingMidtermReview, midtermScope, midtermSubject } from './existing-midterm-review.js';
import type { ReturnMidtermReview } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';

export function returnMidtermReview(command: ReturnMidtermReview, state: MidtermState): MidtermReviewEvent[] {
  const { monitoring, review } = existingMidtermReview(state, command, messages.verbs.return);
  const returned = returnReview(review.stage, command, midtermScope(monitoring), midtermSubject(review), messages.midterm.returnReasonExample);
  return [{ type: 'MidtermReviewReturned', data: { projectCode: monitoring.projectCode, fiscalYear: monitoring.fiscalYear, ...returned } }];
}
