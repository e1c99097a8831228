import { messages } from '../../messages/messages.js';
import type { ValidationRule } from './finding.js';
import { yuan } from './message-parts.js';
import { looksPerQuarter } from './spending-plan-shape.js';

/** A per-quarter plan misses the total too; it is reported once, as per quarter, with its fix. */
export const planEndsAtTotal: ValidationRule = ({ spendingPlan, budget }) => {
  const { dec } = spendingPlan;
  if (dec === null || dec === budget.total || looksPerQuarter(spendingPlan, budget.total)) return [];
  return [
    {
      code: 'PLAN_NOT_AT_TOTAL',
      field: 'spendingPlan.dec',
      message: messages.validation.planNotAtTotal({ dec: yuan(dec), total: yuan(budget.total) }),
    },
  ];
};
