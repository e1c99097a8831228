import { ScoreDecimal } from './exact-decimal.js';

export type ScoringDirection = 'POSITIVE' | 'NEGATIVE';

export interface MeasuredScore {
  score: ScoreDecimal;
  /**
   * How far the target was exceeded, in percent: actual / target for a positive indicator,
   * target / actual for a negative one (a cost of 1800 against ≤2420 is 134 %). Null where
   * the ratio has no meaning: a zero target of a positive indicator, a zero actual of a
   * negative one whose target is also zero. Infinite when a negative target above 0 was met with 0.
   */
  completionPercent: ScoreDecimal | null;
}

const zero = new ScoreDecimal(0);

/**
 * 正向: actual ≥ target earns full points, else points × actual / target; never below 0 (a
 * negative actual, e.g. a falling growth rate, earns nothing). A target of 0 is met by any
 * actual of 0 or more. `>` is scored as `≥`: the formula has no notion of strictness.
 */
export function positiveScore(points: ScoreDecimal, target: ScoreDecimal, actual: ScoreDecimal): MeasuredScore {
  const completionPercent = target.isZero() ? null : actual.div(target).times(100);
  if (actual.greaterThanOrEqualTo(target)) return { score: points, completionPercent };
  return { score: ScoreDecimal.max(zero, points.times(actual).div(target)), completionPercent };
}

/**
 * 反向 (and every 成本 indicator): actual ≤ target earns full points, else
 * points × max(0, 1 − (actual − target) / target). With a target of 0 any excess is
 * infinitely over it, so it earns 0.
 */
export function negativeScore(points: ScoreDecimal, target: ScoreDecimal, actual: ScoreDecimal): MeasuredScore {
  const completionPercent = completionOfCeiling(target, actual);
  if (actual.lessThanOrEqualTo(target)) return { score: points, completionPercent };
  if (target.lessThanOrEqualTo(zero)) return { score: zero, completionPercent };
  const overshoot = actual.minus(target).div(target);
  return { score: points.times(ScoreDecimal.max(zero, new ScoreDecimal(1).minus(overshoot))), completionPercent };
}

function completionOfCeiling(target: ScoreDecimal, actual: ScoreDecimal): ScoreDecimal | null {
  if (actual.isZero()) return target.greaterThan(zero) ? new ScoreDecimal(Infinity) : null;
  return target.div(actual).times(100);
}
