import { requiredReason } from './decision-text.js';
import { chainRef } from './submission-chain.js';
import { actingUser, type Actor } from '../common/actor.js';
import { returnDestination } from './return-destination.js';
import type { ReviewReturnedData, ReviewScope, ReviewStage, ReviewSubject } from './review.js';
import { reviewStepToDecide } from './review-step-to-decide.js';
import { substituteField, type WithSubstitution } from './substitution.js';

/** 退回 to the preparer (who may change and resubmit it) or to an earlier step, which decides again. */
export function returnReview(
  stage: ReviewStage,
  decision: { actor: Actor | undefined; step: string; to: string; reason: string } & WithSubstitution,
  scope: ReviewScope,
  subject: ReviewSubject,
  reasonExample: string,
): ReviewReturnedData {
  const reason = requiredReason(decision.reason, 'reason', reasonExample);
  const { review, step, stepIndex, asSubstitute } = reviewStepToDecide(stage, decision, scope, subject, 'return');
  const toStepIndex = returnDestination(review.chain, stepIndex, decision.to);
  return {
    version: subject.version,
    chain: chainRef(review.chain),
    step: step.step,
    role: step.role,
    returnedBy: actingUser(decision.actor as Actor),
    reason,
    to: decision.to,
    toStepIndex,
    ...substituteField(asSubstitute),
  };
}
