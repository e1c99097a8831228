import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { chainRef } from './submission-chain.js';
import { actingUser, type Actor } from '../common/actor.js';
import { stepPhrase } from './approval-labels.js';
import { requirePreparerOf } from './approval-authority.js';
import { awaitedStep, describeReviewStage } from './describe-review-stage.js';
import type { ReviewScope, ReviewStage, ReviewSubject, ReviewWithdrawnData } from './review.js';

/** Only while no step has decided: after that the decision belongs to the chain, which may return it. */
export function withdrawReviewSubmission(
  stage: ReviewStage,
  actor: Actor | undefined,
  scope: ReviewScope,
  subject: ReviewSubject,
): ReviewWithdrawnData {
  requirePreparerOf(actor, scope, messages.approval.withdrawing(subject.noun));
  if (stage.status !== 'IN_REVIEW') {
    throw new DomainError('CONFLICT', messages.approval.nothingToWithdraw(describeReviewStage(stage, subject)));
  }
  const [first] = stage.review.decisions;
  if (first !== undefined) {
    throw new DomainError(
      'CONFLICT',
      messages.approval.cannotWithdrawDecided({
        by: first.by.userId,
        approved: first.decision === 'APPROVED',
        step: stepPhrase(first),
        stage: describeReviewStage(stage, subject),
        awaited: stepPhrase(awaitedStep(stage.review)),
      }),
    );
  }
  return { version: subject.version, chain: chainRef(stage.review.chain), withdrawnBy: actingUser(actor) };
}
