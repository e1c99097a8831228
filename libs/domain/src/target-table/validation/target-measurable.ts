import type { Finding, ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

const howToWrite = 'give a comparator, a number and a unit (e.g. ≥300人, ≤2420元) or a graded phrase (e.g. 效果显著)';

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
      return [{ code: 'TARGET_VALUE_MISSING', field, message: `The 指标值 of ${name} is empty: ${howToWrite}.` }];
    }
    if (indicator.target.comparator !== 'text') return [];
    const what = /[0-9０-９]/u.test(indicator.valueText) ? 'free text' : 'a word without a number';
    return [
      {
        code: 'TARGET_NOT_MEASURABLE',
        field,
        message: `The 指标值 of ${name} is "${indicator.valueText}", ${what}, so it cannot be measured: ${howToWrite}.`,
      },
    ];
  });
