import type { Comparator } from '../../target-table/target-table.events.js';
import type { ParsedIndicatorRow } from '../parsed-target-document.js';

/** A parsed indicator row written as the table prints it, left to right, for the parser's tests. */
export function indicatorRow(
  level1: string,
  level2: string,
  level3: string,
  description: string,
  valueText: string,
  comparator: Comparator,
  value: string | null,
  unit: string | null,
  basis: string,
): ParsedIndicatorRow {
  return { level1, level2, level3, description, valueText, comparator, value, unit, basis };
}
