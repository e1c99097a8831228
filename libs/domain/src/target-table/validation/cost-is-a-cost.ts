import { messages } from '../../messages/messages.js';
import { isCostIndicator } from '../indicator-target.js';
import type { Finding, ValidationRule } from './finding.js';
import { indicatorName, indicatorPath } from './message-parts.js';

const revenueWords = ['收入', '征缴'];

/**
 * A cost is capped (≤) or fixed; a minimum (≥) or a revenue under 成本 — seed table 9's
 * 征缴收入 ≥2000 万元 — turns "less is better" scoring upside down. It stays a warning: the
 * preparer may have a reason, and the reviewers see it.
 */
export const costIsACost: ValidationRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): Finding[] => {
    if (!isCostIndicator(indicator.level1Kind, indicator.level2)) return [];
    const isMinimum = indicator.target.comparator === '>=' || indicator.target.comparator === '>';
    const words = revenueWords.filter((word) => indicator.level3.includes(word) || indicator.description.includes(word));
    if (!isMinimum && words.length === 0) return [];
    const reasons = [
      ...(isMinimum ? [messages.validation.costIsMinimum(indicator.valueText)] : []),
      ...(words.length > 0 ? [messages.validation.costSpeaksOf(words.join('/'))] : []),
    ];
    const field = isMinimum ? 'valueText' : words.some((word) => indicator.level3.includes(word)) ? 'level3' : 'description';
    return [
      {
        code: 'COST_NOT_A_COST',
        field: indicatorPath(i, field),
        message: messages.validation.costNotACost({ indicator: indicatorName(indicator, i), reasons: reasons.join(messages.validation.reasonSeparator) }),
      },
    ];
  });
