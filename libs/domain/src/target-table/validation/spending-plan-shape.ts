import type { SpendingPlan } from '../target-table.events.js';

/** The plan's checkpoints in the order of the year, with the column headings of the form. */
export const planColumns: ReadonlyArray<{ key: keyof SpendingPlan; label: string }> = [
  { key: 'mar', label: '3月底' },
  { key: 'jun', label: '6月底' },
  { key: 'oct', label: '10月底' },
  { key: 'dec', label: '12月底' },
];

/**
 * A plan written per quarter instead of cumulatively: every column given, the columns add up
 * to the budget and the last one does not reach it (seed tables 9–15: 7.50 in each column of
 * 30.00). Named separately because the fix is different — add up, do not correct the figures.
 */
export function looksPerQuarter(plan: SpendingPlan, total: number): boolean {
  const amounts = planColumns.map(({ key }) => plan[key]);
  if (amounts.some((amount) => amount === null) || total <= 0) return false;
  const sum = amounts.reduce<number>((acc, amount) => acc + (amount ?? 0), 0);
  return sum === total && plan.dec !== total;
}
