import { chainRef, type SubmissionChainStep } from './submission-chain.js';
import { actingUser, type Actor } from '../common/actor.js';
import type { StepApproval } from './review.js';
import { optionalComment } from './decision-text.js';
import type { ReviewApprovedData, ReviewScope, ReviewStage, ReviewStepApprovedData, ReviewSubject } from './review.js';
import { reviewStepToDecide } from './review-step-to-decide.js';
import { substituteField, type WithSubstitution } from './substitution.js';

export interface ReviewStepApproval {
  stepApproved: ReviewStepApprovedData;
  /** Present when the last step was approved: the version is approved in the same append. */
  approved: ReviewApprovedData | null;
}

export function approveReviewStep(
  stage: ReviewStage,
  decision: { actor: Actor | undefined; step: string; comment?: string | null } & WithSubstitution,
  scope: ReviewScope,
  subject: ReviewSubject,
): ReviewStepApproval {
  const comment = optionalComment(decision.comment, 'comment');
  const { review, step, stepIndex, asSubstitute } = reviewStepToDecide(stage, decision, scope, subject, 'approve');
  const by = actingUser(decision.actor as Actor);
  const next: SubmissionChainStep | undefined = review.chain.steps[stepIndex + 1];
  const common = { version: subject.version, chain: chainRef(review.chain) };
  const stepApproved: ReviewStepApprovedData = {
    ...common,
    step: step.step,
    role: step.role,
    stepIndex,
    approvedBy: by,
    comment,
    nextStep: next?.step ?? null,
    ...substituteField(asSubstitute),
  };
  if (next !== undefined) return { stepApproved, approved: null };
  const approval: StepApproval = { step: step.step, role: step.role, by, comment };
  return { stepApproved, approved: { ...common, approvals: [...review.approvals, approval] } };
}
