import { messages } from '../../messages/messages.js';
import type { Finding, ValidationRule } from './finding.js';
import { yuan } from './message-parts.js';
import { looksPerQuarter, planColumns } from './spending-plan-shape.js';

export const planCumulative: ValidationRule = ({ spendingPlan, budget }) => {
  if (looksPerQuarter(spendingPlan, budget.total)) {
    const amounts = planColumns.map(({ key }) => spendingPlan[key] ?? 0);
    let running = 0;
    const cumulative = amounts.map((amount) => (running += amount));
    return [
      {
        code: 'PLAN_PER_QUARTER',
        field: 'spendingPlan',
        message: messages.validation.planPerQuarter({
          columns: planColumns.map(({ label }, i) => messages.validation.planColumn({ label, amount: yuan(amounts[i] ?? 0) })).join(' + '),
          total: yuan(budget.total),
          cumulative: cumulative.map((fen) => yuan(fen)).join(' / '),
        }),
      },
    ];
  }
  const findings: Finding[] = [];
  let previous: { label: string; amount: number } | null = null;
  for (const { key, label } of planColumns) {
    const amount = spendingPlan[key];
    if (amount === null) continue;
    if (previous !== null && amount < previous.amount) {
      findings.push({
        code: 'PLAN_NOT_CUMULATIVE',
        field: `spendingPlan.${key}`,
        message: messages.validation.planNotCumulative({ label, amount: yuan(amount), previous: previous.label, previousAmount: yuan(previous.amount) }),
      });
    }
    previous = { label, amount };
  }
  return findings;
};
