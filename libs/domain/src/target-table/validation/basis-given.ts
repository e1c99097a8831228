import type { ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

export const basisGiven: ValidationRule = ({ indicators }) =>
  indicators.flatMap((indicator, i) =>
    indicator.basis.trim() === ''
      ? [
          {
            code: 'BASIS_MISSING' as const,
            field: indicatorPath(i, 'basis'),
            message:
              `The 指标值确定依据 of ${indicatorName(indicator, i)} is empty: say where the target value comes from, ` +
              'e.g. 县委县政府工作安排, 行业标准, 预算安排 or the number of the document that sets it.',
          },
        ]
      : [],
  );
