import type { ValidationRule } from './finding.js';
import { yuan } from './message-parts.js';

export const budgetSum: ValidationRule = ({ budget }) =>
  budget.fiscal + budget.other === budget.total
    ? []
    : [
        {
          code: 'BUDGET_SUM_MISMATCH',
          field: 'budget.total',
          message:
            `财政资金 ${yuan(budget.fiscal)} + 其他资金 ${yuan(budget.other)} = ${yuan(budget.fiscal + budget.other)}, ` +
            `but 预算数 is ${yuan(budget.total)}: the fiscal and other money must add up to the budget total.`,
        },
      ];
