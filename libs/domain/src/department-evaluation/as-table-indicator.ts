import type { DepartmentIndicator } from '../department-targets/indicator-sentence.js';
import { scoringGroupLabels } from '../final-evaluation/scoring/scoring-groups.js';
import { parseTarget } from '../target-table/indicator-target.js';
import type { Indicator } from '../target-table/target-table-content.js';

/** The groups a department's own indicator can score in: its satisfaction indicators, and the rest. */
export type DepartmentIndicatorGroup = 'OUTPUT' | 'SATISFACTION';

/**
 * The department's sentences carry no 一级指标, so the group is read from the words: an
 * indicator about 满意 (群众满意度达到 95%以上) is a 满意度 indicator, every other one states what
 * the department delivers — 产出 (docs/department-evaluation.md).
 */
export function departmentIndicatorGroup(indicator: DepartmentIndicator): DepartmentIndicatorGroup {
  return indicator.name.includes('满意') ? 'SATISFACTION' : 'OUTPUT';
}

/**
 * A department indicator in the shape of a target table's, so that the project rules — behind
 * at mid-year (midterm-review/indicator-behind.ts), scoring (final-evaluation/scoring) — apply
 * to it unchanged instead of being written a second time. The figure is read back through the
 * tables' own target reader, so ≤ and < score as negative targets there as here.
 */
export function asTableIndicator(indicator: DepartmentIndicator): Indicator {
  const group = departmentIndicatorGroup(indicator);
  // Printed as the tables print a target: 10次 (= is implied), ≥300人, ≤30天.
  const comparator = indicator.comparator === '=' ? '' : (indicator.comparator ?? '');
  const figure = indicator.value === null ? null : `${comparator}${indicator.value}${indicator.unit ?? ''}`;
  return {
    level1: scoringGroupLabels[group],
    level1Kind: group,
    level2: '',
    level3: indicator.name,
    description: indicator.sentence,
    valueText: figure ?? indicator.sentence,
    target: parseTarget(figure ?? '', group, ''),
    basis: '',
  };
}
