import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';
import { yuan } from './message-parts.js';

export const budgetSum: ValidationRule = ({ budget }) =>
  budget.fiscal + budget.other === budget.total
    ? []
    : [
        {
          code: 'BUDGET_SUM_MISMATCH',
          field: 'budget.total',
          message: messages.validation.budgetSum({
            fiscal: yuan(budget.fiscal),
            other: yuan(budget.other),
            sum: yuan(budget.fiscal + budget.other),
            total: yuan(budget.total),
          }),
        },
      ];
