import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

export const basisGiven: ValidationRule = ({ indicators }) =>
  indicators.flatMap((indicator, i) =>
    indicator.basis.trim() === ''
      ? [
          {
            code: 'BASIS_MISSING' as const,
            field: indicatorPath(i, 'basis'),
            message: messages.validation.basisMissing(indicatorName(indicator, i)),
          },
        ]
      : [],
  );
