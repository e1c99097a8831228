import { messages } from '../messages/messages.js';
import { awaitedStep } from '../approval/describe-review-stage.js';
import { stepPhrase } from '../approval/approval-labels.js';
import type { Review } from '../approval/review.js';
import type { SubmissionChainStep } from '../approval/submission-chain.js';
import type { TargetTableState } from './target-table.state.js';

/**
 * The current state in words, for refusals: "该目标表正等待「办公室审核」步骤".
 * A refused person learns what the table is waiting for instead of only that they were refused.
 * Says more than describeReviewStage: which baseline an adjustment replaces.
 */
export function describeTargetTableState(state: TargetTableState): string {
  const words = messages.targetTable.state;
  if (state.lifecycle === 'NONE') return words.none;
  const { stage } = state;
  switch (stage.status) {
    case 'DRAFT':
      return state.baseline === null ? words.draft(state.version) : words.beingAdjusted({ version: state.version, baseline: state.baseline.version });
    case 'IN_REVIEW': {
      const adjustment = state.baseline === null ? '' : words.adjusting({ version: state.version, baseline: state.baseline.version });
      const step = stepAwaited(stage.review);
      return step === null ? words.passedChain(adjustment) : words.awaiting({ adjustment, step: stepPhrase(step) });
    }
    case 'RETURNED':
      return words.returned({ step: stepPhrase(stage.returned), reason: stage.returned.reason });
    case 'APPROVED':
      return words.approved(state.version);
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown review status ${String((unknownStage as { status?: unknown }).status)}`);
    }
  }
}

/**
 * The step a review awaits, or null just after its last step was approved: that approval is
 * stored together with the document's approval, and between the two no step is awaited.
 */
export function stepAwaited(review: Pick<Review, 'chain' | 'currentStepIndex'>): SubmissionChainStep | null {
  return review.currentStepIndex < review.chain.steps.length ? awaitedStep(review) : null;
}
