import { messages } from '../messages/messages.js';
import { formatFenAsWan } from '../common/money.js';
import { isCostIndicator } from '../target-table/indicator-target.js';
import type { Indicator } from '../target-table/target-table.events.js';
import { indicatorName, indicatorPath } from '../target-table/validation/message-parts.js';
import { findingOf } from './finding-of.js';
import { costPer, countMultiplier, revenueWords, targetKind } from './indicator-kind.js';
import { fenOf, fractionOf } from './quantities.js';
import type { ReviewFinding, TableReviewRule } from './review-finding.js';

const words = messages.review;

/** A target that sets a floor (or a fixed figure): the least the table promises. */
function isFloor(indicator: Indicator): boolean {
  return indicator.target.comparator === '=' || indicator.target.comparator === '>=' || indicator.target.comparator === '>';
}

const wan = (fen: bigint): string => `${formatFenAsWan(fen)}万元`;

/**
 * Figures that cannot all hold. A unit cost (人均, 每人…) times the table's count of the same
 * unit is the least the project spends; above the budget, one of the three is wrong (seed
 * table 15: 4元 × 7.24万人 = 28.96万元 > 20.00万元). Only floors and fixed figures are
 * multiplied, so the product is a lower bound and the finding a certainty. A total cost above
 * the budget is the same contradiction; a revenue under 成本 is left to the submission checks.
 */
export const costReconciles: TableReviewRule = ({ indicators, budget }) => {
  const total = BigInt(budget.total);
  if (total === 0n) return [];
  return indicators.flatMap((indicator, i): ReviewFinding[] => {
    const { value, unit } = indicator.target;
    if (value === null || !isCostIndicator(indicator.level1Kind, indicator.level2) || !isFloor(indicator)) return [];
    if (revenueWords.test(`${indicator.level3}${indicator.description}`)) return [];
    const cost = fenOf(value, unit);
    if (cost === null) return [];
    const per = costPer(indicator);
    const name = indicatorName(indicator, i);
    if (per === undefined) {
      if (cost <= total) return [];
      return [findingOf('COST_OVER_BUDGET', indicatorPath(i, 'valueText'), words.costOverBudget({ indicator: name, valueText: indicator.valueText, budget: wan(total) }))];
    }
    if (per === null) return [];
    return indicators.flatMap((counted, j): ReviewFinding[] => {
      if (j === i || counted.target.value === null || counted.target.unit === null || !isFloor(counted)) return [];
      if (targetKind(counted.target.unit) !== 'count') return [];
      const { base, times } = countMultiplier(counted.target.unit);
      const quantity = fractionOf(counted.target.value);
      if (base !== per || quantity === null) return [];
      // cost × quantity > total, exactly: cost × numerator × times > total × denominator.
      const product = cost * quantity.numerator * times;
      if (product <= total * quantity.denominator) return [];
      return [
        findingOf(
          'UNIT_COST_OVER_BUDGET',
          indicatorPath(i, 'valueText'),
          words.unitCostOverBudget({
            indicator: name,
            cost: indicator.valueText,
            quantityIndicator: indicatorName(counted, j),
            quantity: counted.valueText.replace(/^[≥>＞=＝]\s*/u, ''),
            product: wan(product / quantity.denominator),
            budget: wan(total),
          }),
        ),
      ];
    }).slice(0, 1);
  });
};
