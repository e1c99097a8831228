import { messages } from '../messages/messages.js';
import type { ScoreDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import type { FieldProblem } from '../common/domain-error.js';
import type { Indicator } from '../target-table/target-table-content.js';

/**
 * A value measured against a numeric target — reached at mid-year, expected for the year, or
 * the final result — as a reviewer reads it: a count (人, 次), an amount (元) or a duration
 * (天) is never below 0, so -5 is a typing error and is refused; only a percentage — a growth
 * or change rate such as 就业增长率 — may fall below 0. Targets are never printed negative.
 */
export function measuredValueProblem(indicator: Indicator, value: ScoreDecimal, text: string, field: string): FieldProblem | null {
  if (!value.lessThan(0) || indicator.target.unit === '%') return null;
  return {
    field,
    message: messages.approvedTargets.negativeMeasure({ given: text.trim(), level3: indicator.level3, target: indicator.valueText }),
  };
}
