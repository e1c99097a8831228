import { messages } from '../../messages/messages.js';
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
            message: messages.validation.level1Unknown({ indicator: indicatorName(indicator, i), level1: indicator.level1 }),
          },
        ],
  );
