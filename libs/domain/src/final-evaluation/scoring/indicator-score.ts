import { isCostIndicator } from '../../target-table/indicator-target.js';
import type { Indicator } from '../../target-table/target-table.events.js';
import { ScoreDecimal } from './exact-decimal.js';

export type ScoringDirection = 'POSITIVE' | 'NEGATIVE';

/**
 * Which way a measured indicator scores — and is behind at mid-year: less is better for a
 * negative target (≤, <) and for every 成本 indicator whatever comparator was printed.
 */
export function scoringDirectionOf(indicator: Indicator): ScoringDirection {
  return isCostIndicator(indicator.level1Kind, indicator.level2) || indicator.target.direction === 'NEGATIVE' ? 'NEGATIVE' : 'POSITIVE';
}

export interface MeasuredScore {
  score: ScoreDecimal;
  /**
   * The completion rate (完成率) in percent — the very figure the points are computed from,
   * so the scorecard never shows one percentage and scores another: actual / target for a
   * positive indicator, 1 − (actual − target) / target for a negative one (a cost of 2600
   * against ≤2420 is 92.56 %, one of 1800 is 125.62 %). Null where no rate exists: a target
   * of 0 (or below, for a negative indicator), which is either met or not.
   */
  completionPercent: ScoreDecimal | null;
}

const zero = new ScoreDecimal(0);
const one = new ScoreDecimal(1);

/**
 * 正向: actual ≥ target earns full points, else points × actual / target; never below 0 (a
 * negative actual, e.g. a falling growth rate, earns nothing). A target of 0 is met by any
 * actual of 0 or more. `>` is scored as `≥`: the formula has no notion of strictness.
 */
export function positiveScore(points: ScoreDecimal, target: ScoreDecimal, actual: ScoreDecimal): MeasuredScore {
  return measuredScore('POSITIVE', points, target, actual);
}

/**
 * 反向 (and every 成本 indicator): actual ≤ target earns full points, else
 * points × max(0, 1 − (actual − target) / target). With a target of 0 any excess is
 * infinitely over it, so it earns 0.
 */
export function negativeScore(points: ScoreDecimal, target: ScoreDecimal, actual: ScoreDecimal): MeasuredScore {
  return measuredScore('NEGATIVE', points, target, actual);
}

/** Points × the completion rate, held between 0 and 1: the one formula behind both directions. */
function measuredScore(direction: ScoringDirection, points: ScoreDecimal, target: ScoreDecimal, actual: ScoreDecimal): MeasuredScore {
  const rate = completionRate(direction, target, actual);
  if (rate === null) return { score: meetsTarget(direction, target, actual) ? points : zero, completionPercent: null };
  return { score: points.times(ScoreDecimal.min(one, ScoreDecimal.max(zero, rate))), completionPercent: rate.times(100) };
}

function completionRate(direction: ScoringDirection, target: ScoreDecimal, actual: ScoreDecimal): ScoreDecimal | null {
  switch (direction) {
    case 'POSITIVE':
      return target.isZero() ? null : actual.div(target);
    case 'NEGATIVE':
      return target.lessThanOrEqualTo(zero) ? null : one.minus(actual.minus(target).div(target));
    default: {
      const unknown: never = direction;
      throw new Error(`Unknown scoring direction ${String(unknown)}`);
    }
  }
}

function meetsTarget(direction: ScoringDirection, target: ScoreDecimal, actual: ScoreDecimal): boolean {
  return direction === 'POSITIVE' ? actual.greaterThanOrEqualTo(target) : actual.lessThanOrEqualTo(target);
}
