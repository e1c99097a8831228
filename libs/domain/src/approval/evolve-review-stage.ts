import type { StepDecision } from '../target-table/target-table.state.js';
import type {
  Review,
  ReviewApprovedData,
  ReviewReturnedData,
  ReviewStage,
  ReviewStatus,
  ReviewStepApprovedData,
  ReviewSubmittedData,
} from './review.js';

/**
 * How the approval events move a reviewed document's stage. An event arriving in a stage it
 * cannot follow means the stream was not written by the decider, so that is an error.
 */

export function stageAfterSubmitted(stage: ReviewStage, data: ReviewSubmittedData): ReviewStage {
  const fresh = (submitters: string[]): Review => ({
    chain: data.chain,
    submittedBy: data.submittedBy,
    submitters,
    currentStepIndex: 0,
    approvals: [],
    decisions: [],
  });
  if (stage.status === 'DRAFT') return { status: 'IN_REVIEW', review: fresh([data.submittedBy.userId]) };
  // A resubmission continues the review: whoever submitted the version before still may not decide it.
  const returned = inStage(stage, 'RETURNED', 'submission');
  return { status: 'IN_REVIEW', review: fresh([...new Set([...returned.review.submitters, data.submittedBy.userId])]) };
}

export function stageAfterStepApproved(stage: ReviewStage, data: ReviewStepApprovedData): ReviewStage {
  const { review } = inStage(stage, 'IN_REVIEW', 'step approval');
  const { step, role, approvedBy: by, comment, stepIndex } = data;
  const decision: StepDecision = { decision: 'APPROVED', step, role, by, comment };
  return {
    status: 'IN_REVIEW',
    review: {
      ...review,
      currentStepIndex: stepIndex + 1,
      approvals: [...review.approvals, { step, role, by, comment }],
      decisions: [...review.decisions, decision],
    },
  };
}

export function stageAfterApproved(stage: ReviewStage, data: ReviewApprovedData): ReviewStage {
  inStage(stage, 'IN_REVIEW', 'approval');
  return { status: 'APPROVED', approvals: data.approvals };
}

export function stageAfterReturned(stage: ReviewStage, data: ReviewReturnedData): ReviewStage {
  const { review } = inStage(stage, 'IN_REVIEW', 'return');
  const { step, role, returnedBy: by, reason, to, toStepIndex } = data;
  const decisions = [...review.decisions, { decision: 'RETURNED', step, role, by, reason, to } satisfies StepDecision];
  if (toStepIndex === null) return { status: 'RETURNED', review: { ...review, decisions }, returned: { step, role, by, reason } };
  // The earlier step decides again, and so does every step after it.
  return {
    status: 'IN_REVIEW',
    review: { ...review, currentStepIndex: toStepIndex, approvals: review.approvals.slice(0, toStepIndex), decisions },
  };
}

export function stageAfterWithdrawn(stage: ReviewStage): ReviewStage {
  inStage(stage, 'IN_REVIEW', 'withdrawal');
  return { status: 'DRAFT' };
}

function inStage<S extends ReviewStatus>(stage: ReviewStage, status: S, what: string): Extract<ReviewStage, { status: S }> {
  if (stage.status !== status) {
    throw new Error(`A ${what} cannot follow a review in status ${stage.status}: the stream was not written by this decider`);
  }
  return stage as Extract<ReviewStage, { status: S }>;
}
