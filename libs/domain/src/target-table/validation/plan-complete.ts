import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';
import { planColumns } from './spending-plan-shape.js';

/** Execution is compared with the plan at every checkpoint, so each needs an amount (0 is one). */
export const planComplete: ValidationRule = ({ spendingPlan }) =>
  planColumns
    .filter(({ key }) => spendingPlan[key] === null)
    .map(({ key, label }) => ({
      code: 'PLAN_COLUMN_MISSING' as const,
      field: `spendingPlan.${key}`,
      message: messages.validation.planColumnMissing(label),
    }));
