import type { ActingUser } from '../common/actor.js';
import type { DecidingRole, SubmissionChain, SubmissionChainRef } from './submission-chain.js';

/** A standing approval of one step, as the final approval lists them. */
export interface StepApproval {
  step: string;
  role: DecidingRole;
  by: ActingUser;
  comment: string | null;
}

/** A decision of a step within one submission, returns included. */
export type StepDecision =
  | { decision: 'APPROVED'; step: string; role: DecidingRole; by: ActingUser; comment: string | null }
  | { decision: 'RETURNED'; step: string; role: DecidingRole; by: ActingUser; reason: string; to: string };

/**
 * A version of a document (a mid-term review, a final evaluation) on its way through the
 * unit's approval chain — the mechanism the target table introduced: ordered steps, each
 * decided by its role; approve, return to the preparer or an earlier step, withdraw while
 * undecided, resubmit after a return; nobody decides a version they submitted, nor two steps
 * of one submission. A target table's review is one of these too.
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

/**
 * How messages name what is reviewed, e.g. { noun: 'final evaluation', version: 2 }. A document
 * whose standing says more than its review stage (a target table's adjustment and baseline)
 * gives its own words; the shared refusals then use them.
 */
export interface ReviewSubject {
  noun: string;
  version: number;
  /** Where the document stands, in words, instead of describeReviewStage's. */
  describe?: () => string;
  /** How a refusal names the document to someone who may not read it. */
  named?: string;
  /** The document's own refusal of a (re)submission in a stage that does not allow it. */
  cannotSubmit?: (stage: ReviewStage, resubmission: boolean) => string;
}

export interface ReviewSubmittedData {
  version: number;
  chain: SubmissionChain;
  submittedBy: ActingUser;
  /** Sent again after a return to the preparer, on the chain the review started with. */
  resubmission: boolean;
}

/** A decision made as substitute (代理审批), as the decision's event records it (approval/substitution.ts decides it). */
export interface DecidedAsSubstitute {
  delegationId: string;
  /** The person the substitute decided for. */
  forUserId: string;
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
  /** Decided by a substitute (代理审批), for whom and by which delegation; absent otherwise and in events stored before delegation existed. */
  asSubstitute?: DecidedAsSubstitute;
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
  /** As on ReviewStepApprovedData. */
  asSubstitute?: DecidedAsSubstitute;
}

export interface ReviewWithdrawnData {
  version: number;
  chain: SubmissionChainRef;
  withdrawnBy: ActingUser;
}

/** A correction after approval: a new version, starting from the approved one, which stays on record. */
export interface ReviewCorrectionStartedData {
  version: number;
  approvedVersion: number;
  reason: string;
  startedBy: ActingUser;
}
