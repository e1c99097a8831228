import { measuredValueProblem } from '../approved-targets/measured-value.js';
import { messages } from '../messages/messages.js';
import { readDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import type { FieldProblem } from '../common/domain-error.js';
import { textLimits } from '../common/limits.js';
import { textProblem } from '../common/text-input.js';
import type { Indicator } from '../target-table/target-table-content.js';

/** A value reached: a number against a numeric target (never below 0 unless a percentage, measured-value.ts), words (within textLimits.reachedValue) against a qualitative one. */
export function reachedValueProblem(indicator: Indicator, value: unknown, field: string): FieldProblem | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return { field, message: messages.midterm.reachedRequired({ level3: indicator.level3, target: indicator.valueText }) };
  }
  const number = indicator.target.value === null ? null : readDecimal(value);
  if (indicator.target.value !== null && number === null) {
    return { field, message: messages.midterm.reachedNotANumber({ given: value, level3: indicator.level3, target: indicator.valueText }) };
  }
  return textProblem(value, field, textLimits.reachedValue) ?? (number === null ? null : measuredValueProblem(indicator, number, value, field));
}
