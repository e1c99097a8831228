import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { shownScore } from '../final-evaluation/scoring/exact-decimal.js';
import type { DepartmentIndicator } from '../department-targets/indicator-sentence.js';
import type { DepartmentTargetsBaseline } from '../department-targets/department-targets.state.js';
import type { DepartmentScoringFacts } from './department-evaluation.commands.js';
import type { DepartmentScoreSummary } from './department-evaluation.events.js';
import type { DepartmentEvaluation } from './department-evaluation.state.js';
import { type DepartmentScorecard, scoreDepartmentEvaluation } from './department-self-evaluation.js';

/** The department's indicators across its sub-goals in order: how results are numbered (from 0). */
export function evaluatedIndicators(baseline: DepartmentTargetsBaseline): DepartmentIndicator[] {
  return baseline.content.subGoals.flatMap((subGoal) => subGoal.indicators);
}

/**
 * The scorecard of the evaluation's recorded results against the facts read now — the rules
 * are scoreDepartmentEvaluation's alone; VALIDATION names what is still missing to score.
 */
export function departmentEvaluationScorecard(evaluation: DepartmentEvaluation, facts: DepartmentScoringFacts): DepartmentScorecard {
  return scoreDepartmentEvaluation({
    ...wholeBudget(evaluation, facts),
    indicators: evaluatedIndicators(evaluation.baseline).map((indicator, i) => ({ indicator, weight: null, result: evaluation.results[i] ?? null })),
    projects: facts.projects,
  });
}

/**
 * The whole budget and what was paid from it (docs/department-evaluation.md): the project
 * tables' budgets and ledgers, plus the evaluated baseline's 基本支出 and what was paid of it as
 * entered (it has no ledger).
 */
export function wholeBudget(evaluation: DepartmentEvaluation, facts: DepartmentScoringFacts): { budgetFen: bigint; paidFen: bigint } {
  return {
    budgetFen: facts.projectsBudgetFen + BigInt(evaluation.baseline.content.basicExpenditureFen ?? 0),
    paidFen: facts.projectsPaidFen + BigInt(evaluation.basicExpenditurePaidFen ?? 0),
  };
}

/** Only a complete evaluation goes to the chain: every result recorded, 基本支出 paid entered when there is any, and the execution explained when under 90 %. */
export function completeScorecard(evaluation: DepartmentEvaluation, facts: DepartmentScoringFacts): DepartmentScorecard {
  const problems: FieldProblem[] = [];
  const missing = evaluation.results.filter((result) => result === null).length;
  if (missing > 0) problems.push({ field: 'results', message: messages.departmentEvaluation.resultsMissing({ count: missing }) });
  if ((evaluation.baseline.content.basicExpenditureFen ?? 0) > 0 && evaluation.basicExpenditurePaidFen === null) {
    problems.push({ field: 'basicExpenditurePaid', message: messages.departmentEvaluation.basicPaidMissing });
  }
  if (problems.length > 0) throw DomainError.validation(problems);
  const card = departmentEvaluationScorecard(evaluation, facts);
  if (card.execution.explanationNeeded && evaluation.executionExplanation === null) {
    throw DomainError.validation([{ field: 'explanation', message: messages.finalEvaluation.executionExplanationRequired(shownScore(card.execution.ratePercent)) }]);
  }
  return card;
}

export function departmentScoreSummary(card: DepartmentScorecard, whole: { budgetFen: bigint; paidFen: bigint }): DepartmentScoreSummary {
  return {
    total: shownScore(card.total),
    grade: card.grade,
    parts: [
      { part: 'BUDGET_EXECUTION', points: shownScore(card.execution.fullPoints), score: shownScore(card.execution.score) },
      ...card.parts.map((part) => ({ part: part.group, points: shownScore(part.points), score: shownScore(part.score) })),
    ],
    budgetFen: whole.budgetFen.toString(),
    paidFen: whole.paidFen.toString(),
    projectAverage: card.projects.averageScore,
    projectWeightedAverage: card.projects.budgetWeightedAverage,
    finalProjectCount: card.projects.finalCount,
    projectCount: card.projects.projectCount,
  };
}
