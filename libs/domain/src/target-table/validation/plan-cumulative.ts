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
        message:
          `资金支出计划 looks per quarter, not cumulative: ` +
          `${planColumns.map(({ label }, i) => `${label} ${yuan(amounts[i] ?? 0)}`).join(' + ')} = ${yuan(budget.total)}, the budget total. ` +
          `Each column is the total planned by that date: write ${cumulative.map((fen) => yuan(fen)).join(' / ')}.`,
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
        message:
          `资金支出计划 ${label} (${yuan(amount)}) is less than ${previous.label} (${yuan(previous.amount)}): ` +
          'the plan is cumulative, so each column is at least the one before it.',
      });
    }
    previous = { label, amount };
  }
  return findings;
};
