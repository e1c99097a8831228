import { isCostIndicator } from '../indicator-target.js';
import type { ValidationRule } from './finding.js';

export const costIndicatorPresent: ValidationRule = ({ indicators }) =>
  indicators.some((indicator) => isCostIndicator(indicator.level1Kind, indicator.level2))
    ? []
    : [
        {
          code: 'COST_INDICATOR_MISSING',
          field: 'indicators',
          message:
            'No cost indicator (成本指标): add one under 产出指标 with 二级指标 成本指标, or as a 成本指标 level 1, ' +
            'stating what the project costs, e.g. 人均补贴水平 ≤2420元.',
        },
      ];
