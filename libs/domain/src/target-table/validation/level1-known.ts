import type { ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

/** An indicator outside the known level-1 groups would be scored in none of them. */
export const level1Known: ValidationRule = ({ indicators }) =>
  indicators.flatMap((indicator, i) =>
    indicator.level1Kind !== null
      ? []
      : [
          {
            code: 'LEVEL1_UNKNOWN' as const,
            field: indicatorPath(i, 'level1'),
            message:
              `The 一级指标 of ${indicatorName(indicator, i)} is "${indicator.level1}", which is not a level-1 indicator: ` +
              'use 产出指标, 效益指标, 满意度指标 or 成本指标.',
          },
        ],
  );
