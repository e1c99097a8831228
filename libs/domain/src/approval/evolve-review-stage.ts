import type { StepDecision } from './review.js';
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
 * How the approval events move a reviewed document's stage. Each document passes its own
 * events' data (a superset of the shared shapes in review.ts, so stored events keep their
 * names and fields). An event arriving in a stage it cannot follow means the stream was not
 * written by the decider, so that is an error; `mismatch` lets a document word it.
 */

/** The error for an event that cannot follow the stage, as the document words it. */
export type StageMismatch = (status: ReviewStatus, what: string) => Error;

const reviewMismatch: StageMismatch = (status, what) =>
  new Error(`A ${what} cannot follow a review in status ${status}: the stream was not written by this decider`);

export function stageAfterSubmitted(stage: ReviewStage, data: ReviewSubmittedData, mismatch = reviewMismatch): ReviewStage {
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
  const returned = inStage(stage, 'RETURNED', 'submission', mismatch);
  return { status: 'IN_REVIEW', review: fresh([...new Set([...returned.review.submitters, data.submittedBy.userId])]) };
}

export function stageAfterStepApproved(stage: ReviewStage, data: ReviewStepApprovedData, mismatch = reviewMismatch): ReviewStage {
  const { review } = inStage(stage, 'IN_REVIEW', 'step approval', mismatch);
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

export function stageAfterApproved(stage: ReviewStage, data: ReviewApprovedData, mismatch = reviewMismatch): ReviewStage {
  inStage(stage, 'IN_REVIEW', 'approval', mismatch);
  return { status: 'APPROVED', approvals: data.approvals };
}

export function stageAfterReturned(stage: ReviewStage, data: ReviewReturnedData, mismatch = reviewMismatch): ReviewStage {
  const { review } = inStage(stage, 'IN_REVIEW', 'return', mismatch);
  const { step, role, returnedBy: by, reason, to, toStepIndex } = data;
  const decisions = [...review.decisions, { decision: 'RETURNED', step, role, by, reason, to } satisfies StepDecision];
  if (toStepIndex === null) return { status: 'RETURNED', review: { ...review, decisions }, returned: { step, role, by, reason } };
  // The earlier step decides again, and so does every step after it.
  return {
    status: 'IN_REVIEW',
    review: { ...review, currentStepIndex: toStepIndex, approvals: review.approvals.slice(0, toStepIndex), decisions },
  };
}

export function stageAfterWithdrawn(stage: ReviewStage, mismatch = reviewMismatch): ReviewStage {
  inStage(stage, 'IN_REVIEW', 'withdrawal', mismatch);
  return { status: 'DRAFT' };
}

/** A correction starts a new version as a draft; only an approved version is corrected. */
export function stageAfterCorrectionStarted(stage: ReviewStage, mismatch = reviewMismatch): ReviewStage {
  inStage(stage, 'APPROVED', 'correction', mismatch);
  return { status: 'DRAFT' };
}

function inStage<S extends ReviewStatus>(stage: ReviewStage, status: S, what: string, mismatch: StageMismatch): Extract<ReviewStage, { status: S }> {
  if (stage.status !== status) throw mismatch(stage.status, what);
  return stage as Extract<ReviewStage, { status: S }>;
}
