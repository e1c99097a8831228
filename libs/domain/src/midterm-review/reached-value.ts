import { messages } from '../messages/messages.js';
import { readDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import type { FieldProblem } from '../shared/domain-error.js';
import type { Indicator } from '../target-table/target-table.events.js';

/** A value reached: a number against a numeric target, words (at most 200 characters) against a qualitative one. */
export function reachedValueProblem(indicator: Indicator, value: unknown, field: string): FieldProblem | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return { field, message: messages.midterm.reachedRequired({ level3: indicator.level3, target: indicator.valueText }) };
  }
  if (indicator.target.value !== null && readDecimal(value) === null) {
    return { field, message: messages.midterm.reachedNotANumber({ given: value, level3: indicator.level3, target: indicator.valueText }) };
  }
  if ([...value].length > 200) return { field, message: messages.midterm.reachedTooLong };
  return null;
}
