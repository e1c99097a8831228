import { messages } from '../../messages/messages.js';
import type { Finding, ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

const howToWrite = messages.validation.howToWrite;

/**
 * A target is measurable when it was read as a number or as a graded phrase. What the parser
 * kept as text — a bare word such as 人数, the measure's name pasted into the value column, or
 * a formula such as 最低工资标准的150% — gives the evaluation nothing to compare with.
 */
export const targetMeasurable: ValidationRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): Finding[] => {
    const name = indicatorName(indicator, i);
    const field = indicatorPath(i, 'valueText');
    if (indicator.valueText.trim() === '') {
      return [{ code: 'TARGET_VALUE_MISSING', field, message: messages.validation.targetValueMissing({ indicator: name, howToWrite }) }];
    }
    if (indicator.target.comparator !== 'text') return [];
    const what = /[0-9０-９]/u.test(indicator.valueText) ? messages.validation.freeText : messages.validation.wordWithoutNumber;
    return [
      {
        code: 'TARGET_NOT_MEASURABLE',
        field,
        message: messages.validation.targetNotMeasurable({ indicator: name, valueText: indicator.valueText, what, howToWrite }),
      },
    ];
  });
