import type { TargetTableContent } from './target-table.events.js';

/**
 * What the decider needs to know about a table. A discriminated union, so that the statuses
 * of the submission and approval slice (SUBMITTED, APPROVED, …) are new members that every
 * switch over `status` is forced to handle.
 */
export type TargetTableState = NoTargetTable | DraftTargetTableState;

export interface NoTargetTable {
  status: 'NONE';
}

export interface DraftTargetTableState {
  status: 'DRAFT';
  projectCode: string;
  fiscalYear: number;
  /** Counts approved baselines and adjustments; revising a draft does not change it. */
  version: number;
  content: TargetTableContent;
}

export const initialTargetTableState: TargetTableState = { status: 'NONE' };
