import type { DecidingRole, SubmissionChain, SubmissionChainRef } from '../target-table/submission-chain.js';
import type { ActingUser } from '../target-table/target-table-actor.js';
import type { StepApproval } from '../target-table/target-table.events.js';
import type { StepDecision } from '../target-table/target-table.state.js';

/**
 * A version of a document (a mid-term review, a final evaluation) on its way through the
 * unit's approval chain — the mechanism the target table introduced: ordered steps, each
 * decided by its role; approve, return to the preparer or an earlier step, withdraw while
 * undecided, resubmit after a return; nobody decides a version they submitted, nor two steps
 * of one submission. The chain, actor and decision shapes are the target table's own, so a
 * target table's review is one of these too.
 */
export interface Review {
  chain: SubmissionChain;
  /** The latest (re)submitter. */
  submittedBy: ActingUser;
  /** Everyone who (re)submitted the version in this review: none of them may decide it. */
  submitters: string[];
  currentStepIndex: number;
  /** The approvals standing, one per step before the current one. */
  approvals: StepApproval[];
  /** Every decision since the latest (re)submission, in order. */
  decisions: StepDecision[];
}

export interface ReturnToPreparer {
  step: string;
  role: DecidingRole;
  by: ActingUser;
  reason: string;
}

/** Where the working version of a reviewed document stands. */
export type ReviewStage =
  | { status: 'DRAFT' }
  | { status: 'IN_REVIEW'; review: Review }
  | { status: 'RETURNED'; review: Review; returned: ReturnToPreparer }
  | { status: 'APPROVED'; approvals: StepApproval[] };

export type ReviewStatus = ReviewStage['status'];

/** Who owns what is reviewed: preparers and section heads act in the section, office and leader in the unit. */
export interface ReviewScope {
  unitCode: string;
  sectionId: string | null;
}

/** How messages name what is reviewed, e.g. { noun: 'final evaluation', version: 2 }. */
export interface ReviewSubject {
  noun: string;
  version: number;
}

export interface ReviewSubmittedData {
  version: number;
  chain: SubmissionChain;
  submittedBy: ActingUser;
  /** Sent again after a return to the preparer, on the chain the review started with. */
  resubmission: boolean;
}

export interface ReviewStepApprovedData {
  version: number;
  chain: SubmissionChainRef;
  step: string;
  role: DecidingRole;
  stepIndex: number;
  approvedBy: ActingUser;
  comment: string | null;
  /** The step now awaited, or null when this was the last (the approval event follows). */
  nextStep: string | null;
}

export interface ReviewApprovedData {
  version: number;
  chain: SubmissionChainRef;
  /** Every step's approval, in chain order. */
  approvals: StepApproval[];
}

export interface ReviewReturnedData {
  version: number;
  chain: SubmissionChainRef;
  step: string;
  role: DecidingRole;
  returnedBy: ActingUser;
  reason: string;
  /** 'PREPARER' or the id of the earlier step that decides again. */
  to: string;
  toStepIndex: number | null;
}

export interface ReviewWithdrawnData {
  version: number;
  chain: SubmissionChainRef;
  withdrawnBy: ActingUser;
}
