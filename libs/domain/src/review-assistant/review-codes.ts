/**
 * The review assistant's finding codes and how much each weighs (docs/review-assistant.md).
 * Kept free of imports so the submission checks can name these codes without depending on
 * the rules.
 *
 * ERROR: a reviewer would return the table for it (figures that cannot both be true).
 * WARNING: most likely a mistake; the preparer should change it or say why not.
 * HINT: tidiness a careful reviewer mentions (a document number spelt two ways).
 * The assistant never refuses a submission: all its findings travel with the version.
 */
export type ReviewSeverity = 'error' | 'warning' | 'hint';

export const reviewSeverity = {
  GOAL_REPEATED: 'warning',
  TARGET_COUNT_AS_PERCENT: 'warning',
  TARGET_RATE_AS_DURATION: 'warning',
  TARGET_RATE_ABOVE_100: 'warning',
  COST_AS_PERCENT: 'warning',
  COST_WITHOUT_CURRENCY: 'warning',
  COST_PER_WHAT_MISSING: 'warning',
  UNIT_COST_OVER_BUDGET: 'error',
  COST_OVER_BUDGET: 'error',
  LEVEL2_MISFILED: 'warning',
  LEVEL3_REPEATS_LEVEL2: 'hint',
  BASIS_NOT_A_SOURCE: 'warning',
  BASIS_SAME_ON_EVERY_ROW: 'warning',
  BASIS_DOCUMENT_SPELT_TWO_WAYS: 'hint',
  DESCRIPTION_CONTRADICTS_NAME: 'warning',
  INDICATORS_COPIED: 'warning',
  GOALS_COPIED: 'warning',
  DESCRIPTION_COPIED: 'warning',
  GOALS_OF_ANOTHER_PROJECT: 'warning',
} as const satisfies Record<string, ReviewSeverity>;

export type ReviewCode = keyof typeof reviewSeverity;

export const reviewCodes = Object.keys(reviewSeverity) as ReviewCode[];
