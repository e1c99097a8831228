import { readDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import type { FieldProblem } from '../shared/domain-error.js';
import type { Indicator } from '../target-table/target-table.events.js';

/** A value reached: a number against a numeric target, words (at most 200 characters) against a qualitative one. */
export function reachedValueProblem(indicator: Indicator, value: unknown, field: string): FieldProblem | null {
  if (typeof value !== 'string' || value.trim() === '') {
    return { field, message: `is required: give the value ${indicator.level3} has reached (target ${indicator.valueText})` };
  }
  if (indicator.target.value !== null && readDecimal(value) === null) {
    return { field, message: `"${value}" is not a number: ${indicator.level3} has a numeric target (${indicator.valueText}), give e.g. 6 or 97.5` };
  }
  if ([...value].length > 200) return { field, message: 'is longer than 200 characters: summarise the progress' };
  return null;
}
