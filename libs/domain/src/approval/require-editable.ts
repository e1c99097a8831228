import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { describeReviewStage } from './describe-review-stage.js';
import type { ReviewStage, ReviewSubject } from './review.js';

/**
 * A reviewed document changes only in the preparer's hands: as a draft, or once returned to
 * them. Under review the chain decides what was submitted; once approved it is final, and a
 * change is a new version (`whenApproved` says how to start one).
 */
export function requireEditable(stage: ReviewStage, subject: ReviewSubject, doing: string, whenApproved: string): void {
  switch (stage.status) {
    case 'DRAFT':
    case 'RETURNED':
      return;
    case 'IN_REVIEW':
      throw new DomainError('CONFLICT', messages.approval.cannotChangeInReview({ doing, stage: describeReviewStage(stage, subject) }));
    case 'APPROVED':
      throw new DomainError('CONFLICT', messages.approval.cannotChangeApproved({ doing, stage: describeReviewStage(stage, subject), whenApproved }));
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown review status ${String((unknownStage as { status?: unknown }).status)}`);
    }
  }
}
