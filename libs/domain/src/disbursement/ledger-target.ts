import { approvedBaselineOf } from '../target-table/approved-baseline.js';
import type { TargetTablePlace } from '../common/read-scope.js';
import { targetTableStatusOf, type TargetTableState } from '../target-table/target-table.state.js';

/**
 * What a ledger command needs from the project's target table, read from the table's stream
 * by the application: its status and the approved baseline in force, if any.
 */
export interface LedgerTarget {
  status: ReturnType<typeof targetTableStatusOf>;
  /** Whose table it is (its working version's unit and section), null when there is none: who may read it may hear its state. */
  place: TargetTablePlace | null;
  baseline: { version: number; unitCode: string; budgetTotalFen: number } | null;
}

export function ledgerTargetOf(table: TargetTableState): LedgerTarget {
  const baseline = approvedBaselineOf(table);
  return {
    status: targetTableStatusOf(table),
    place: table.lifecycle === 'NONE' ? null : { unitCode: table.content.unitCode, sectionId: table.content.sectionId },
    baseline: baseline === null ? null : { version: baseline.version, unitCode: baseline.content.unitCode, budgetTotalFen: baseline.content.budget.total },
  };
}
