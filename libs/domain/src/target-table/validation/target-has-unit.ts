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
            message:
              `The 指标值 of ${indicatorName(indicator, i)} is "${indicator.valueText}" without a unit: ` +
              `say what is counted, e.g. ${indicator.valueText.trim()}% or ${indicator.valueText.trim()}人.`,
          },
        ]
      : [],
  );
