import type { ReviewCode } from '../../review-assistant/review-codes.js';
// The content types, not the events: the events carry findings, so importing them here would be an import circle.
import type { TargetTableContent } from '../target-table-content.js';

/**
 * What the submission checks say about a table: a stable code a client can switch on, the
 * path of the field to fix (`spendingPlan.dec`, `indicators[3].valueText`) and a message
 * naming the figures involved, so the preparer knows what to change without reading rules.
 */

export type FindingCode =
  | 'SECTION_MISSING'
  | 'BUDGET_MISSING'
  | 'BUDGET_SUM_MISMATCH'
  | 'PLAN_COLUMN_MISSING'
  | 'PLAN_PER_QUARTER'
  | 'PLAN_NOT_CUMULATIVE'
  | 'PLAN_NOT_AT_TOTAL'
  | 'GOALS_MISSING'
  | 'LEVEL1_GROUP_MISSING'
  | 'LEVEL1_UNKNOWN'
  | 'LEVEL2_MISSING'
  | 'LEVEL2_MISMATCH'
  | 'TARGET_VALUE_MISSING'
  | 'TARGET_NOT_MEASURABLE'
  | 'TARGET_UNIT_MISSING'
  | 'BASIS_MISSING'
  | 'BASIS_OTHER_DOCUMENT'
  | 'COST_INDICATOR_MISSING'
  | 'COST_NOT_A_COST'
  // The review assistant's findings travel with a submission too (docs/review-assistant.md).
  | ReviewCode;

export interface Finding {
  code: FindingCode;
  field: string;
  message: string;
}

/** Errors block submission; warnings are shown and kept on the submitted version. */
export interface SubmissionFindings {
  errors: Finding[];
  warnings: Finding[];
}

/** One rule of the submission checks: pure, and silent when the table keeps it. */
export type ValidationRule = (content: TargetTableContent) => Finding[];
