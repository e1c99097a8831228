import { readDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import { scoringDirectionOf } from '../final-evaluation/scoring/indicator-score.js';
import type { Indicator } from '../target-table/target-table-content.js';

/**
 * An indicator is behind when its expected full-year value misses a numeric target: below it
 * for a positive indicator, above it for a negative one (every 成本 indicator is negative).
 * The value reached so far is not compared with time progress, because many targets are rates
 * (满意率 ≥98%) that do not accumulate over the year. A qualitative target has no number to
 * miss; its likelihood says whether it is at risk.
 */
export function isBehind(indicator: Indicator, expectedFullYear: string): boolean {
  const target = indicator.target.value === null ? null : readDecimal(indicator.target.value);
  const expected = readDecimal(expectedFullYear);
  if (target === null || expected === null) return false;
  return scoringDirectionOf(indicator) === 'NEGATIVE' ? expected.greaterThan(target) : expected.lessThan(target);
}
