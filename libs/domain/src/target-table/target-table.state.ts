import type { ReviewStage } from '../approval/review.js';
import type { TargetTableContent } from './target-table-content.js';

/**
 * What the decider needs to know about a table: its lifecycle — a first version never
 * approved, an approved baseline (基线), or an adjustment (调整) of that baseline in hand — and
 * the shared review stage of its working version (approval/review.ts), which the table's
 * approvals move exactly as they move a mid-term review's or a final evaluation's.
 *
 * In every lifecycle but NONE, `version` and `content` are the working version: the draft, the
 * version under review, or — once approved — the baseline itself. The flat status people see
 * (草稿, 审核中, 已退回, 已批准, 调整中) is derived from the two: targetTableStatus.
 */
export type TargetTableState = NoTargetTable | TargetTable;

export type TargetTable = FirstVersionTable | ApprovedTable | AdjustingTable;

export type TargetTableLifecycle = TargetTable['lifecycle'];

export interface NoTargetTable {
  lifecycle: 'NONE';
}

/** The approved version in force (基线) while another version is drafted or reviewed. */
export interface TargetTableBaseline {
  version: number;
  content: TargetTableContent;
}

/** A stage the preparer or the chain still holds: approval ends it (the version becomes the baseline). */
export type OpenReviewStage = Exclude<ReviewStage, { status: 'APPROVED' }>;

interface WorkingVersion {
  projectCode: string;
  fiscalYear: number;
  /** Counts approved baselines and adjustments; revising a draft does not change it. */
  version: number;
  content: TargetTableContent;
}

/** The first version, never approved: drafted, back from a withdrawal or a return, or under review. */
export interface FirstVersionTable extends WorkingVersion {
  lifecycle: 'FIRST_VERSION';
  baseline: null;
  stage: OpenReviewStage;
}

/** The baseline in force is the working version; a change is an adjustment. */
export interface ApprovedTable extends WorkingVersion {
  lifecycle: 'APPROVED';
  baseline: TargetTableBaseline;
  stage: Extract<ReviewStage, { status: 'APPROVED' }>;
}

/** An adjustment drafted after approval; the baseline stays in force until the adjustment is approved. */
export interface AdjustingTable extends WorkingVersion {
  lifecycle: 'ADJUSTING';
  baseline: TargetTableBaseline;
  stage: OpenReviewStage;
}

/** 草稿 (a first version not submitted), 审核中, 已退回, 已批准, 调整中 (an adjustment not submitted). */
export type TargetTableStatus = 'DRAFT' | 'IN_REVIEW' | 'RETURNED' | 'APPROVED' | 'ADJUSTING';

/** The status people see, from the lifecycle and the review stage. */
export function targetTableStatus(table: TargetTable): TargetTableStatus {
  switch (table.stage.status) {
    case 'DRAFT':
      return table.lifecycle === 'ADJUSTING' ? 'ADJUSTING' : 'DRAFT';
    case 'IN_REVIEW':
    case 'RETURNED':
    case 'APPROVED':
      return table.stage.status;
    default: {
      const unknownStage: never = table.stage;
      throw new Error(`Unknown review status ${String((unknownStage as { status?: unknown }).status)}`);
    }
  }
}

/** As targetTableStatus, NONE before the table is drafted or imported. */
export function targetTableStatusOf(state: TargetTableState): TargetTableStatus | 'NONE' {
  return state.lifecycle === 'NONE' ? 'NONE' : targetTableStatus(state);
}

export const initialTargetTableState: TargetTableState = { lifecycle: 'NONE' };
