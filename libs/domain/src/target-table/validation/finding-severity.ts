import { reviewCodes, type ReviewCode } from '../../review-assistant/review-codes.js';
import type { FindingCode } from './finding.js';

export type Severity = 'error' | 'warning';

/** The review assistant's findings never block a submission: they travel with it as warnings, whatever weight the assistant gives them. */
const reviewWarnings = Object.fromEntries(reviewCodes.map((code) => [code, 'warning'])) as Record<ReviewCode, 'warning'>;

/**
 * The one place that decides what blocks a submission.
 *
 * An ERROR is something the rest of the year cannot work with: a required cell that is empty
 * (no budget, no goal), money that does not add up, a spending plan that monitoring cannot compare execution with
 * (missing columns, per quarter, decreasing, not ending at the budget), a target that cannot
 * be measured or scored (no value, free text, a number without a unit, no level-1 group to
 * score it in), or no owning section to route the first approval step to.
 *
 * A WARNING is a cell that is filled and usable but whose meaning a reviewer should check:
 * a 成本 indicator that reads as a revenue or a minimum, a level 2 filed under another level 1,
 * a basis citing another document than the project's. The submitter may well be right, and
 * the reviewers see the warning on the version they decide.
 */
export const findingSeverity: Readonly<Record<FindingCode, Severity>> = {
  SECTION_MISSING: 'error',
  BUDGET_MISSING: 'error',
  BUDGET_SUM_MISMATCH: 'error',
  PLAN_COLUMN_MISSING: 'error',
  PLAN_PER_QUARTER: 'error',
  PLAN_NOT_CUMULATIVE: 'error',
  PLAN_NOT_AT_TOTAL: 'error',
  GOALS_MISSING: 'error',
  LEVEL1_GROUP_MISSING: 'error',
  LEVEL1_UNKNOWN: 'error',
  LEVEL2_MISSING: 'error',
  LEVEL2_MISMATCH: 'warning',
  TARGET_VALUE_MISSING: 'error',
  TARGET_NOT_MEASURABLE: 'error',
  TARGET_UNIT_MISSING: 'error',
  BASIS_MISSING: 'error',
  BASIS_OTHER_DOCUMENT: 'warning',
  COST_INDICATOR_MISSING: 'error',
  COST_NOT_A_COST: 'warning',
  ...reviewWarnings,
};
