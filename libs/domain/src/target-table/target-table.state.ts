import type { Review } from '../approval/review.js';
import type { DecidingRole } from './submission-chain.js';
import type { ActingUser } from './target-table-actor.js';
import type { StepApproval, TargetTableContent } from './target-table.events.js';
import type { Finding } from './validation/finding.js';

/**
 * What the decider needs to know about a table. A discriminated union, so every switch over
 * `status` must handle each status, and each status carries only what is true in it.
 *
 * In every status but NONE, `version` and `content` are the working version: the draft, the
 * version under review, or — once approved — the baseline itself.
 */
export type TargetTableState =
  | NoTargetTable
  | DraftTargetTableState
  | InReviewTargetTableState
  | ReturnedTargetTableState
  | ApprovedTargetTableState
  | AdjustingTargetTableState;

export type TargetTableStatus = Exclude<TargetTableState['status'], 'NONE'>;

export interface NoTargetTable {
  status: 'NONE';
}

/** The first version, never approved: drafted, or back from a withdrawn submission. */
export interface DraftTargetTableState {
  status: 'DRAFT';
  projectCode: string;
  fiscalYear: number;
  /** Counts approved baselines and adjustments; revising a draft does not change it. */
  version: number;
  content: TargetTableContent;
}

/** The approved version in force (基线) while another version is drafted or reviewed. */
export interface TargetTableBaseline {
  version: number;
  content: TargetTableContent;
}

/** A decision of a step within one submission, returns included. */
export type StepDecision =
  | { decision: 'APPROVED'; step: string; role: DecidingRole; by: ActingUser; comment: string | null }
  | { decision: 'RETURNED'; step: string; role: DecidingRole; by: ActingUser; reason: string; to: string };

/**
 * A version on its way through the chain (approval/review.ts), from its submission until it is
 * approved or withdrawn, with the submission warnings of the version under review.
 */
export interface TargetTableReview extends Review {
  warnings: Finding[];
}

export interface InReviewTargetTableState {
  status: 'IN_REVIEW';
  projectCode: string;
  fiscalYear: number;
  version: number;
  content: TargetTableContent;
  /** Null for a first version; for an adjustment, the baseline still in force. */
  baseline: TargetTableBaseline | null;
  review: TargetTableReview;
}

export interface ReturnedTargetTableState {
  status: 'RETURNED';
  projectCode: string;
  fiscalYear: number;
  version: number;
  content: TargetTableContent;
  baseline: TargetTableBaseline | null;
  review: TargetTableReview;
  /** Who sent it back to the preparer, from which step and why. */
  returned: { step: string; role: DecidingRole; by: ActingUser; reason: string };
}

export interface ApprovedTargetTableState {
  status: 'APPROVED';
  projectCode: string;
  fiscalYear: number;
  version: number;
  content: TargetTableContent;
  baseline: TargetTableBaseline;
}

/** An adjustment drafted after approval; the baseline stays in force until the adjustment is approved. */
export interface AdjustingTargetTableState {
  status: 'ADJUSTING';
  projectCode: string;
  fiscalYear: number;
  version: number;
  content: TargetTableContent;
  baseline: TargetTableBaseline;
}

export const initialTargetTableState: TargetTableState = { status: 'NONE' };
