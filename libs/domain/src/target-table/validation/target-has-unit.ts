import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

/** `≥90` could be 90 %, 90 people or 90 days; the evaluator must not have to guess. */
export const targetHasUnit: ValidationRule = ({ indicators }) =>
  indicators.flatMap((indicator, i) =>
    indicator.target.value !== null && indicator.target.unit === null
      ? [
          {
            code: 'TARGET_UNIT_MISSING' as const,
            field: indicatorPath(i, 'valueText'),
            message: messages.validation.targetUnitMissing({ indicator: indicatorName(indicator, i), valueText: indicator.valueText.trim() }),
          },
        ]
      : [],
  );
