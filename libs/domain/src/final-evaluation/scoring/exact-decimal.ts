import { Decimal } from 'decimal.js';

/**
 * Scores are computed with decimal.js, never with floats. Splitting points three ways (50 / 3)
 * has no finite decimal, so values carry 40 significant digits — far beyond any score shown —
 * and are shown rounded half-up to 2 decimals. Grades are read from the total as shown, so a
 * person never sees 90.00 graded 良.
 */
export const ScoreDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type ScoreDecimal = InstanceType<typeof ScoreDecimal>;

const decimalText = /^-?\d+(?:\.\d+)?$/;

/** A decimal written as text ("98", "7.24", "-3.5"), or null when it is not one. */
export function readDecimal(value: unknown): ScoreDecimal | null {
  if (typeof value !== 'string' || !decimalText.test(value.trim())) return null;
  return new ScoreDecimal(value.trim());
}

/** "56.25", as scores are shown: 2 decimals, half-up. */
export function shownScore(value: ScoreDecimal): string {
  return value.toFixed(2, ScoreDecimal.ROUND_HALF_UP);
}

export function sum(values: readonly ScoreDecimal[]): ScoreDecimal {
  return values.reduce((total, value) => total.plus(value), new ScoreDecimal(0));
}
