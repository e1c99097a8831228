import type { ScoreDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import type { FieldProblem } from '../shared/domain-error.js';
import type { Indicator } from '../target-table/target-table.events.js';

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
    message:
      `"${text.trim()}" 小于 0：${indicator.level3} 的指标值是 ${indicator.valueText}，计的是数量，完成值不会是负数；` +
      '请填写实际达到的数值（只有百分比指标，如增长率，才可能小于 0）',
  };
}
