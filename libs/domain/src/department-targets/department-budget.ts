import type { ApprovedTargets } from '../approved-targets/approved-targets.js';

/**
 * The department's total budget (docs/department-targets.md, the budget): the budgets of its
 * units' project tables as approved — each table's approved baseline, ApprovedTargets.budgetFen,
 * the one definition every review measures against — plus 基本支出 when entered. A table never
 * approved counts nothing yet. Sums over many tables are bigint (common/money.ts).
 */
export interface DepartmentBudget {
  projectsFen: bigint;
  basicExpenditureFen: bigint;
  totalFen: bigint;
  /** How many approved tables the projects' sum adds. */
  projectCount: number;
}

export function departmentBudget(approvedTables: ReadonlyArray<Pick<ApprovedTargets, 'budgetFen'>>, basicExpenditureFen: number | null): DepartmentBudget {
  const projectsFen = approvedTables.reduce((sum, table) => sum + BigInt(table.budgetFen), 0n);
  const basic = BigInt(basicExpenditureFen ?? 0);
  return { projectsFen, basicExpenditureFen: basic, totalFen: projectsFen + basic, projectCount: approvedTables.length };
}
