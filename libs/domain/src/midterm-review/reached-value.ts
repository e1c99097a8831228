import { measuredValueProblem } from '../approved-targets/measured-value.js';
import { readDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import type { FieldProblem } from '../shared/domain-error.js';
import { textLimits } from '../shared/limits.js';
import { textProblem } from '../shared/text-input.js';
import type { Indicator } from '../target-table/target-table.events.js';

/** A value reached: a number against a numeric target (never below 0 unless a percentage, measured-value.ts), words (within textLimits.reachedValue) against a qualitative one. */
export function reachedValueProblem(indicator: Indicator, value: unknown, field: string): FieldProblem | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return { field, message: `is required: give the value ${indicator.level3} has reached (target ${indicator.valueText})` };
  }
  const number = indicator.target.value === null ? null : readDecimal(value);
  if (indicator.target.value !== null && number === null) {
    return { field, message: `"${value}" is not a number: ${indicator.level3} has a numeric target (${indicator.valueText}), give e.g. 6 or 97.5` };
  }
  return textProblem(value, field, textLimits.reachedValue) ?? (number === null ? null : measuredValueProblem(indicator, number, value, field));
}
