import { DomainError } from '../shared/domain-error.js';
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
      throw new DomainError(
        'CONFLICT',
        `Cannot ${doing}: ${describeReviewStage(stage, subject)}. Withdraw the submission first, or ask for it to be returned.`,
      );
    case 'APPROVED':
      throw new DomainError('CONFLICT', `Cannot ${doing}: ${describeReviewStage(stage, subject)}. ${whenApproved}`);
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown review status ${String((unknownStage as { status?: unknown }).status)}`);
    }
  }
}
