import { messages } from '../../messages/messages.js';
import type { FieldProblem } from '../../common/domain-error.js';
import { textLimits } from '../../common/limits.js';
import { textProblem } from '../../common/text-input.js';
import { readDecimal, ScoreDecimal, shownScore, sum } from './exact-decimal.js';

export interface WeightedIndicator {
  /** Position in the table's indicator list, for naming the field. */
  index: number;
  /** Share of the group's points in percent, as text; null when the group is split evenly. */
  weight: string | null;
}

const hundred = new ScoreDecimal(100);

/**
 * The points of each indicator of one group: split evenly when no indicator of the group has
 * a weight, by weight when every one has. Weights are percentages of the group's points and
 * must add up to 100; a group half weighted is refused rather than guessed.
 */
export function indicatorPoints(
  groupLabel: string,
  groupPoints: ScoreDecimal,
  indicators: readonly WeightedIndicator[],
  problems: FieldProblem[],
): ScoreDecimal[] {
  const weighted = indicators.filter((indicator) => indicator.weight !== null);
  if (weighted.length === 0) return indicators.map(() => groupPoints.div(indicators.length));
  const weights = indicators.map((indicator) => {
    const field = `indicators[${indicator.index}].weight`;
    if (indicator.weight === null) {
      problems.push({ field, message: messages.finalEvaluation.scoring.weightMissing(groupLabel) });
      return null;
    }
    const tooLong = textProblem(String(indicator.weight), field, textLimits.figure);
    if (tooLong !== null) {
      problems.push(tooLong);
      return null;
    }
    const weight = readDecimal(indicator.weight);
    if (weight === null || weight.isNegative()) {
      problems.push({ field, message: messages.finalEvaluation.scoring.notAWeight({ given: indicator.weight, group: groupLabel }) });
      return null;
    }
    return weight;
  });
  if (weights.some((weight) => weight === null)) return indicators.map(() => new ScoreDecimal(0));
  const total = sum(weights as ScoreDecimal[]);
  if (!total.equals(hundred)) {
    problems.push({
      field: `weights.${groupLabel}`,
      message: messages.finalEvaluation.scoring.weightsSum({ group: groupLabel, total: total.toString(), points: shownScore(groupPoints) }),
    });
  }
  return (weights as ScoreDecimal[]).map((weight) => groupPoints.times(weight).div(hundred));
}
