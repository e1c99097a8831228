import type { FieldProblem } from '../shared/domain-error.js';
import type { Indicator } from '../target-table/target-table.events.js';

/** An indicator named by its position in the baseline, once per command. */
export function indicatorIndexProblem(indicators: readonly Indicator[], index: unknown, seen: Set<number>, field: string): FieldProblem | null {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= indicators.length) {
    return { field, message: `${String(index)} is not an indicator of the approved targets: give a position from 0 to ${indicators.length - 1}` };
  }
  if (seen.has(index)) return { field, message: `indicator ${index} (${indicators[index]?.level3}) is given twice: give each indicator once` };
  seen.add(index);
  return null;
}
