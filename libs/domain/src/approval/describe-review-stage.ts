import { messages } from '../messages/messages.js';
import { stepPhrase } from './approval-labels.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { Review, ReviewStage, ReviewSubject } from './review.js';

/** The stage in words, for refusals: "该绩效自评（第 1 版）正等待「办公室审核」步骤". */
export function describeReviewStage(stage: ReviewStage, subject: ReviewSubject): string {
  if (subject.describe !== undefined) return subject.describe();
  const words = messages.approval.stage;
  const what = words.of(subject);
  switch (stage.status) {
    case 'DRAFT':
      return words.draft(what);
    case 'IN_REVIEW':
      return words.awaiting({ what, step: stepPhrase(awaitedStep(stage.review)) });
    case 'RETURNED':
      return words.returned({ what, step: stepPhrase(stage.returned), reason: stage.returned.reason });
    case 'APPROVED':
      return words.approved(what);
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
