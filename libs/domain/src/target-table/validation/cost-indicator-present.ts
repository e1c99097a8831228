import { messages } from '../../messages/messages.js';
import { isCostIndicator } from '../indicator-target.js';
import type { ValidationRule } from './finding.js';

export const costIndicatorPresent: ValidationRule = ({ indicators }) =>
  indicators.some((indicator) => isCostIndicator(indicator.level1Kind, indicator.level2))
    ? []
    : [
        {
          code: 'COST_INDICATOR_MISSING',
          field: 'indicators',
          message: messages.validation.costIndicatorMissing,
        },
      ];
