import { messages } from '../messages/messages.js';
import type { FieldProblem } from '../common/domain-error.js';
import type { Indicator } from '../target-table/target-table-content.js';

/** An indicator named by its position in the baseline, once per command. */
export function indicatorIndexProblem(indicators: readonly Indicator[], index: unknown, seen: Set<number>, field: string): FieldProblem | null {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= indicators.length) {
    return { field, message: messages.approvedTargets.notAnIndicator({ given: String(index), count: indicators.length }) };
  }
  if (seen.has(index)) return { field, message: messages.approvedTargets.givenTwice({ index, level3: indicators[index]?.level3 }) };
  seen.add(index);
  return null;
}
