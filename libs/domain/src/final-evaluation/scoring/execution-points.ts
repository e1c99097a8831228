import { messages } from '../../messages/messages.js';
import { DomainError } from '../../common/domain-error.js';
import { formatFen } from '../../common/money.js';
import { executionFullPoints } from './scoring-groups.js';
import { ScoreDecimal } from './exact-decimal.js';

export interface ExecutionScore {
  budgetFen: number;
  executedFen: number;
  /** executed / budget × 100, not capped: spending beyond the budget shows as over 100. */
  ratePercent: ScoreDecimal;
  fullPoints: ScoreDecimal;
  /** 10 × executed / budget, at most 10. */
  score: ScoreDecimal;
  /** An execution rate under 90 % needs a written cause and measure. */
  explanationNeeded: boolean;
}

const explanationBelowPercent = new ScoreDecimal(90);

export function executionPoints(budgetFen: number, executedFen: number): ExecutionScore {
  if (!Number.isSafeInteger(budgetFen) || budgetFen < 0) {
    throw DomainError.validation([{ field: 'budget', message: messages.finalEvaluation.scoring.budgetNotFen }]);
  }
  if (budgetFen === 0) {
    throw DomainError.validation([
      { field: 'budget', message: messages.finalEvaluation.scoring.budgetZero(formatFen(budgetFen)) },
    ]);
  }
  if (!Number.isSafeInteger(executedFen) || executedFen < 0) {
    throw DomainError.validation([{ field: 'executed', message: messages.finalEvaluation.scoring.executedNotFen }]);
  }
  const share = new ScoreDecimal(executedFen).div(budgetFen);
  const ratePercent = share.times(100);
  return {
    budgetFen,
    executedFen,
    ratePercent,
    fullPoints: executionFullPoints,
    score: ScoreDecimal.min(executionFullPoints, executionFullPoints.times(share)),
    explanationNeeded: ratePercent.lessThan(explanationBelowPercent),
  };
}
