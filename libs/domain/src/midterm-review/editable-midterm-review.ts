import { requirePreparerOf } from '../approval/approval-authority.js';
import { requireEditable } from '../approval/require-editable.js';
import type { Actor } from '../common/actor.js';
import { existingMidtermReview, midtermScope, midtermSubject, midtermWhenApproved, type ReviewInHand } from './existing-midterm-review.js';
import type { MidtermState } from './midterm-review.state.js';

/** The review a preparer of its section changes, while it is in the preparer's hands. */
export function editableMidtermReview(
  state: MidtermState,
  command: { projectCode: string; fiscalYear: number; actor: Actor },
  doing: string,
): ReviewInHand {
  const inHand = existingMidtermReview(state, command, doing);
  requirePreparerOf(command.actor, midtermScope(inHand.monitoring), doing);
  requireEditable(inHand.review.stage, midtermSubject(inHand.review), doing, midtermWhenApproved);
  return inHand;
}
