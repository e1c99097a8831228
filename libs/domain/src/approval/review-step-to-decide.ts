import { DomainError } from '../common/domain-error.js';
import { requireReadableToActOn } from '../common/read-scope.js';
import { messages } from '../messages/messages.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { Actor } from '../common/actor.js';
import { approvalStepLabel, stepPhrase } from './approval-labels.js';
import { requireSeparateDuties, requireSignedIn, requireStepDecider } from './approval-authority.js';
import { describeReviewStage } from './describe-review-stage.js';
import type { WithSubstitution } from './substitution.js';
import type { DecidedAsSubstitute, Review, ReviewScope, ReviewStage, ReviewSubject } from './review.js';

export interface ReviewStepToDecide {
  review: Review;
  step: SubmissionChainStep;
  stepIndex: number;
  /** The delegation a substitute decides by (代理审批); null for the role's own holder. */
  asSubstitute: DecidedAsSubstitute | null;
}

export type DecisionVerb = 'approve' | 'return';

interface StepDecisionRequest extends WithSubstitution {
  actor: Actor | undefined;
  step: string;
}

/** The step of a reviewed document a decision is about; refuses it first when nothing is under review (CONFLICT). */
export function reviewStepToDecide(
  stage: ReviewStage,
  decision: StepDecisionRequest,
  scope: ReviewScope,
  subject: ReviewSubject,
  verb: DecisionVerb,
): ReviewStepToDecide {
  requireSignedIn(decision.actor);
  if (stage.status !== 'IN_REVIEW') {
    // With no review there is no step to check the actor against: only who may read the project hears how it stands.
    requireReadableToActOn(decision.actor, scope, subject.named ?? messages.approval.documentOfProject);
    const refused = refusal(verb, subject, messages.approval.unnamedStep(decision.step));
    throw new DomainError('CONFLICT', messages.approval.notInReview({ refusal: refused, stage: describeReviewStage(stage, subject) }));
  }
  const { step, stepIndex, asSubstitute } = stepUnderReview(stage.review, decision, scope, subject, verb, () => describeReviewStage(stage, subject));
  return { review: stage.review, step, stepIndex, asSubstitute };
}

/**
 * The step of a review a decision is about, once everything that could refuse it has been
 * asked, in this order: is the step in its chain (VALIDATION), may the actor decide such a
 * step here, by their role or as a substitute (FORBIDDEN), is it the awaited step (CONFLICT —
 * also how the loser of two simultaneous decisions learns what happened), and does separation
 * of duties allow this person (FORBIDDEN). `inWords` says where the document stands, for the CONFLICT.
 */
export function stepUnderReview(
  review: Pick<Review, 'chain' | 'currentStepIndex' | 'approvals' | 'submitters' | 'decisions'>,
  decision: StepDecisionRequest,
  scope: ReviewScope,
  subject: ReviewSubject,
  verb: DecisionVerb,
  inWords: () => string,
): { step: SubmissionChainStep; stepIndex: number; asSubstitute: DecidedAsSubstitute | null } {
  const { actor } = decision;
  requireSignedIn(actor);
  const stepIndex = review.chain.steps.findIndex((step) => step.step === decision.step);
  const step = review.chain.steps[stepIndex];
  if (step === undefined) {
    const steps = review.chain.steps
      .map((known) => messages.approval.stepChoice({ stepId: known.step, label: approvalStepLabel(known) }))
      .join(messages.approval.stepListSeparator);
    const { chainId, chainVersion } = review.chain;
    throw DomainError.validation([{ field: 'step', message: messages.approval.stepNotInChain({ step: decision.step, chainId, chainVersion, steps }) }]);
  }
  const doing =
    verb === 'approve' ? messages.approval.approving({ step: stepPhrase(step) }) : messages.approval.returning({ step: stepPhrase(step), noun: subject.noun });
  const asSubstitute = requireStepDecider(actor, step, scope, doing, decision.substitution);
  if (stepIndex !== review.currentStepIndex) {
    const approval = review.approvals.find((earlier) => earlier.step === step.step);
    const already = approval === undefined ? null : messages.approval.alreadyApprovedBy(approval.by.userId);
    throw new DomainError('CONFLICT', messages.approval.notAwaited({ refusal: refusal(verb, subject, stepPhrase(step)), stage: inWords(), already }));
  }
  // A substitute is held to separation of duties as the role's holder is: no preparer of the version, no decider of another of its steps.
  requireSeparateDuties(actor, review, step, messages.approval.versionOf(subject));
  return { step, stepIndex, asSubstitute };
}

export function refusal(verb: DecisionVerb, subject: ReviewSubject, step: string): string {
  return verb === 'approve' ? messages.approval.cannotApprove({ step }) : messages.approval.cannotReturn({ step, noun: subject.noun });
}
