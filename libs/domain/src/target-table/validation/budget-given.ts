import { messages } from '../../messages/messages.js';
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
          message: messages.validation.budgetMissing,
        },
      ];
