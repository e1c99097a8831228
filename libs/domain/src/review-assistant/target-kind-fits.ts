import { messages } from '../messages/messages.js';
import { formatFenAsWan } from '../common/money.js';
import { isCostIndicator } from '../target-table/indicator-target.js';
import type { Indicator } from '../target-table/target-table.events.js';
import { indicatorName, indicatorPath } from '../target-table/validation/message-parts.js';
import { findingOf } from './finding-of.js';
import { costPer, indicatorKind, revenueWords, targetKind, timelinessWords } from './indicator-kind.js';
import { fenOf } from './quantities.js';
import type { ReviewFinding, TableReviewRule } from './review-finding.js';

const words = messages.review;

/** A rate that may exceed 100 % by its nature. */
const growthWords = /增长|增幅|增速|提高率/u;

/**
 * Whether a target's kind fits what its indicator measures (indicator-kind.ts): a head count
 * with a percentage, a rate with a duration, a rate above 100 %. Cost indicators are left to
 * costTargetFits, which says it in a cost's words.
 */
export const targetKindFits: TableReviewRule = ({ indicators }) =>
  indicators.flatMap((indicator, i): ReviewFinding[] => {
    const { comparator, value, unit } = indicator.target;
    if (value === null || isCostIndicator(indicator.level1Kind, indicator.level2)) return [];
    const field = indicatorPath(i, 'valueText');
    const p = { indicator: indicatorName(indicator, i), valueText: indicator.valueText };
    const measured = indicatorKind(indicator);
    const given = targetKind(unit);
    if (measured === 'count' && given === 'rate') return [findingOf('TARGET_COUNT_AS_PERCENT', field, words.countAsPercent(p))];
    if (measured === 'rate' && given === 'duration') return [findingOf('TARGET_RATE_AS_DURATION', field, words.rateAsDuration(p))];
    if (given === 'rate' && !growthWords.test(indicator.level3) && aboveHundred(comparator, value)) {
      return [findingOf('TARGET_RATE_ABOVE_100', field, words.rateAbove100(p))];
    }
    return [];
  });

/** ≥100 % asks for more than all; >100 % or a number above 100 cannot be reached at all. */
function aboveHundred(comparator: Indicator['target']['comparator'], value: string): boolean {
  const n = Number(value);
  return n > 100 || (n === 100 && (comparator === '>=' || comparator === '>'));
}

/**
 * A cost is an amount of money: not a percentage (seed tables 10, 11, 13, 14), not a number
 * without currency (table 8: 13万), and a small amount says what it is per (table 7: 档案管理成本
 * ≤10元 for a 15 万元 project). "Small" is under 1 % of the budget: a total cost is of the
 * budget's size (tables 4 and 5: 60000元 of 6 万元).
 */
export const costTargetFits: TableReviewRule = ({ indicators, budget }) =>
  indicators.flatMap((indicator, i): ReviewFinding[] => {
    const { value, unit } = indicator.target;
    if (value === null || !isCostIndicator(indicator.level1Kind, indicator.level2)) return [];
    const field = indicatorPath(i, 'valueText');
    const p = { indicator: indicatorName(indicator, i), valueText: indicator.valueText };
    const given = targetKind(unit);
    // A timeliness rate under 成本 is misfiled (level2Misfiled), not a cost to be rewritten in 元.
    if (given === 'rate') return timelinessWords.test(`${indicator.level3}${indicator.description}`) ? [] : [findingOf('COST_AS_PERCENT', field, words.costAsPercent(p))];
    if (given !== 'money') return [findingOf('COST_WITHOUT_CURRENCY', field, words.costWithoutCurrency(p))];
    if (revenueWords.test(`${indicator.level3}${indicator.description}`) || costPer(indicator) !== undefined) return [];
    const fen = fenOf(value, unit);
    if (fen === null || budget.total === 0 || fen * 100n >= BigInt(budget.total)) return [];
    return [findingOf('COST_PER_WHAT_MISSING', indicatorPath(i, 'level3'), words.costPerWhatMissing({ ...p, budget: `${formatFenAsWan(budget.total)}万元` }))];
  });
