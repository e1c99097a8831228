import { approvedBaselineOf } from '../target-table/approved-baseline.js';
import type { TargetTableState } from '../target-table/target-table.state.js';

/**
 * What a ledger command needs from the project's target table, read from the table's stream
 * by the application: its status and the approved baseline in force, if any.
 */
export interface LedgerTarget {
  status: TargetTableState['status'];
  baseline: { version: number; unitCode: string; budgetTotalFen: number } | null;
}

export function ledgerTargetOf(table: TargetTableState): LedgerTarget {
  const baseline = approvedBaselineOf(table);
  return {
    status: table.status,
    baseline: baseline === null ? null : { version: baseline.version, unitCode: baseline.content.unitCode, budgetTotalFen: baseline.content.budget.total },
  };
}
