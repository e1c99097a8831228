import { stepPhrase } from '../target-table/target-table-labels.js';
import type { SubmissionChainStep } from '../target-table/submission-chain.js';
import type { Review, ReviewStage, ReviewSubject } from './review.js';

/** The stage in words, for refusals: "the final evaluation (version 1) is awaiting the office step (办公室审核)". */
export function describeReviewStage(stage: ReviewStage, subject: ReviewSubject): string {
  const what = `the ${subject.noun} (version ${subject.version})`;
  switch (stage.status) {
    case 'DRAFT':
      return `${what} is a draft (草稿), not submitted for approval`;
    case 'IN_REVIEW':
      return `${what} is awaiting ${stepPhrase(awaitedStep(stage.review))}`;
    case 'RETURNED':
      return `${what} was returned (已退回) to the preparer at ${stepPhrase(stage.returned)}: "${stage.returned.reason}"`;
    case 'APPROVED':
      return `${what} is approved (已批准) and final`;
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown review status ${String((unknownStage as { status?: unknown }).status)}`);
    }
  }
}

export function awaitedStep(review: Pick<Review, 'chain' | 'currentStepIndex'>): SubmissionChainStep {
  const step = review.chain.steps[review.currentStepIndex];
  if (step === undefined) {
    throw new Error(`Step ${review.currentStepIndex} is outside approval chain ${review.chain.chainId} v${review.chain.chainVersion}`);
  }
  return step;
}
