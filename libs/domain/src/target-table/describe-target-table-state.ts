import { awaitedStep } from '../approval/describe-review-stage.js';
import type { SubmissionChainStep } from './submission-chain.js';
import { stepPhrase } from './target-table-labels.js';
import type { InReviewTargetTableState, TargetTableState } from './target-table.state.js';

/**
 * The current state in words, for refusals: "the table is awaiting the office step (办公室审核)".
 * A refused person learns what the table is waiting for instead of only that they were refused.
 */
export function describeTargetTableState(state: TargetTableState): string {
  switch (state.status) {
    case 'NONE':
      return 'the table has not been drafted';
    case 'DRAFT':
      return `the table is a draft (草稿) of version ${state.version}, not submitted for approval`;
    case 'IN_REVIEW': {
      const adjustment = state.baseline === null ? '' : ` (version ${state.version}, adjusting approved version ${state.baseline.version})`;
      const step = stepAwaited(state);
      return step === null ? `the table${adjustment} has passed every step of its chain` : `the table${adjustment} is awaiting ${stepPhrase(step)}`;
    }
    case 'RETURNED':
      return `the table was returned (已退回) to the preparer at ${stepPhrase(state.returned)}: "${state.returned.reason}"`;
    case 'APPROVED':
      return `the table is approved (已批准) as version ${state.version}`;
    case 'ADJUSTING':
      return (
        `the table is being adjusted (调整中): version ${state.version} is a draft ` +
        `and approved version ${state.baseline.version} stays in force`
      );
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
