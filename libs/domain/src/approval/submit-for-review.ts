import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { submittableChain, type SubmissionChainInput } from './submission-chain.js';
import { actingUser, type Actor } from '../common/actor.js';
import { requirePreparerOf } from './approval-authority.js';
import { describeReviewStage } from './describe-review-stage.js';
import type { ReviewScope, ReviewStage, ReviewSubject, ReviewSubmittedData } from './review.js';

/** A draft goes to the unit's chain as the application read it from the directory. */
export function submitForReview(
  stage: ReviewStage,
  chainInput: SubmissionChainInput | undefined,
  actor: Actor | undefined,
  scope: ReviewScope,
  subject: ReviewSubject,
): ReviewSubmittedData {
  const chain = submittableChain(chainInput);
  requirePreparerOf(actor, scope, messages.approval.submitting(subject.noun));
  if (stage.status !== 'DRAFT') {
    const refusal = subject.cannotSubmit?.(stage, false) ?? messages.approval.cannotSubmit({ stage: describeReviewStage(stage, subject), returned: stage.status === 'RETURNED' });
    throw new DomainError('CONFLICT', refusal);
  }
  return { version: subject.version, chain, submittedBy: actingUser(actor), resubmission: false };
}

/** After a return to the preparer, on the chain the review started with. */
export function resubmitForReview(
  stage: ReviewStage,
  actor: Actor | undefined,
  scope: ReviewScope,
  subject: ReviewSubject,
): ReviewSubmittedData {
  requirePreparerOf(actor, scope, messages.approval.resubmitting(subject.noun));
  if (stage.status !== 'RETURNED') {
    throw new DomainError('CONFLICT', subject.cannotSubmit?.(stage, true) ?? messages.approval.cannotResubmit(describeReviewStage(stage, subject)));
  }
  return { version: subject.version, chain: stage.review.chain, submittedBy: actingUser(actor), resubmission: true };
}
