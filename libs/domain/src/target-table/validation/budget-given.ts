import type { ValidationRule } from './finding.js';

/**
 * A performance target table sets the targets of a budget project: with a budget of 0.00 there
 * is no money whose use the targets measure, execution has nothing to compare with and the
 * final evaluation's execution rate divides by nothing. A plan of 0.00 throughout then adds up
 * and passes every other rule, so a reviewer refuses it here: fill in the approved budget.
 */
export const budgetGiven: ValidationRule = ({ budget }) =>
  budget.total > 0
    ? []
    : [
        {
          code: 'BUDGET_MISSING',
          field: 'budget.total',
          message: '预算数为 0.00 元：绩效目标表为有预算的项目而设，请填写项目批复的预算数（财政资金与其他资金之和）和相应的资金支出计划。',
        },
      ];
