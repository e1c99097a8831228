import { messages } from '../messages/messages.js';
import { awaitedStep } from '../approval/describe-review-stage.js';
import type { SubmissionChainStep } from './submission-chain.js';
import { stepPhrase } from './target-table-labels.js';
import type { InReviewTargetTableState, TargetTableState } from './target-table.state.js';

/**
 * The current state in words, for refusals: "该目标表正等待「办公室审核」步骤".
 * A refused person learns what the table is waiting for instead of only that they were refused.
 */
export function describeTargetTableState(state: TargetTableState): string {
  const words = messages.targetTable.state;
  switch (state.status) {
    case 'NONE':
      return words.none;
    case 'DRAFT':
      return words.draft(state.version);
    case 'IN_REVIEW': {
      const adjustment = state.baseline === null ? '' : words.adjusting({ version: state.version, baseline: state.baseline.version });
      const step = stepAwaited(state);
      return step === null ? words.passedChain(adjustment) : words.awaiting({ adjustment, step: stepPhrase(step) });
    }
    case 'RETURNED':
      return words.returned({ step: stepPhrase(state.returned), reason: state.returned.reason });
    case 'APPROVED':
      return words.approved(state.version);
    case 'ADJUSTING':
      return words.beingAdjusted({ version: state.version, baseline: state.baseline.version });
    default: {
      const unknownState: never = state;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}

/**
 * The step a table under review awaits, or null just after its last step was approved: that
 * approval is stored together with TargetTableApproved, and between the two no step is awaited.
 */
export function stepAwaited(state: InReviewTargetTableState): SubmissionChainStep | null {
  return state.review.currentStepIndex < state.review.chain.steps.length ? currentStep(state) : null;
}

/** The step a table under review awaits. */
export function currentStep({ review }: InReviewTargetTableState): SubmissionChainStep {
  return awaitedStep(review);
}
