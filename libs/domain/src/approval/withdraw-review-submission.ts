import { DomainError } from '../shared/domain-error.js';
import { chainRef } from '../target-table/submission-chain.js';
import { actingUser, type TargetTableActor } from '../target-table/target-table-actor.js';
import { stepPhrase } from '../target-table/target-table-labels.js';
import { requirePreparerOf } from './approval-authority.js';
import { awaitedStep, describeReviewStage } from './describe-review-stage.js';
import type { ReviewScope, ReviewStage, ReviewSubject, ReviewWithdrawnData } from './review.js';

/** Only while no step has decided: after that the decision belongs to the chain, which may return it. */
export function withdrawReviewSubmission(
  stage: ReviewStage,
  actor: TargetTableActor | undefined,
  scope: ReviewScope,
  subject: ReviewSubject,
): ReviewWithdrawnData {
  requirePreparerOf(actor, scope, `Withdrawing the submission of the ${subject.noun}`);
  if (stage.status !== 'IN_REVIEW') {
    throw new DomainError('CONFLICT', `There is no submission to withdraw: ${describeReviewStage(stage, subject)}.`);
  }
  const [first] = stage.review.decisions;
  if (first !== undefined) {
    const what = first.decision === 'APPROVED' ? 'approved' : 'returned';
    throw new DomainError(
      'CONFLICT',
      `Cannot withdraw the submission: ${first.by.userId} already ${what} it at ${stepPhrase(first)}, and ${describeReviewStage(stage, subject)}. ` +
        `Ask whoever decides ${stepPhrase(awaitedStep(stage.review))} to return it to the preparer instead.`,
    );
  }
  return { version: subject.version, chain: chainRef(stage.review.chain), withdrawnBy: actingUser(actor) };
}
