import { chainRef, type SubmissionChainStep } from '../target-table/submission-chain.js';
import { actingUser, type TargetTableActor } from '../target-table/target-table-actor.js';
import type { StepApproval } from '../target-table/target-table.events.js';
import { optionalComment } from '../target-table/decision-text.js';
import type { ReviewApprovedData, ReviewScope, ReviewStage, ReviewStepApprovedData, ReviewSubject } from './review.js';
import { reviewStepToDecide } from './review-step-to-decide.js';

export interface ReviewStepApproval {
  stepApproved: ReviewStepApprovedData;
  /** Present when the last step was approved: the version is approved in the same append. */
  approved: ReviewApprovedData | null;
}

export function approveReviewStep(
  stage: ReviewStage,
  decision: { actor: TargetTableActor | undefined; step: string; comment?: string | null },
  scope: ReviewScope,
  subject: ReviewSubject,
): ReviewStepApproval {
  const comment = optionalComment(decision.comment, 'comment');
  const { review, step, stepIndex } = reviewStepToDecide(stage, decision, scope, subject, 'approve');
  const by = actingUser(decision.actor as TargetTableActor);
  const next: SubmissionChainStep | undefined = review.chain.steps[stepIndex + 1];
  const common = { version: subject.version, chain: chainRef(review.chain) };
  const stepApproved = { ...common, step: step.step, role: step.role, stepIndex, approvedBy: by, comment, nextStep: next?.step ?? null };
  if (next !== undefined) return { stepApproved, approved: null };
  const approval: StepApproval = { step: step.step, role: step.role, by, comment };
  return { stepApproved, approved: { ...common, approvals: [...review.approvals, approval] } };
}
