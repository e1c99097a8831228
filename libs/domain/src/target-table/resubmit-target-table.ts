import { DomainError } from '../shared/domain-error.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import { submissionEvent } from './submission-event.js';
import { requirePreparer } from './target-table-authority.js';
import type { ResubmitTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** After a return to the preparer, the same checks as a submission, on the chain the review started with. */
export function resubmitTargetTable(command: ResubmitTargetTable, state: TargetTableState): TargetTableEvent[] {
  const table = existingTargetTable(state, command, 'resubmit');
  requirePreparer(command.actor, [table.content], 'Resubmitting this table');
  switch (table.status) {
    case 'RETURNED':
      return [submissionEvent(table, table.review.chain, command.actor, true)];
    case 'DRAFT':
    case 'ADJUSTING':
      throw new DomainError(
        'CONFLICT',
        `Cannot resubmit: ${describeTargetTableState(table)}, and nothing was returned. Submit it (submitTargetTable) with the unit's approval chain.`,
      );
    case 'IN_REVIEW':
      throw new DomainError('CONFLICT', `Cannot resubmit: ${describeTargetTableState(table)}; it is already submitted.`);
    case 'APPROVED':
      throw new DomainError(
        'CONFLICT',
        `Cannot resubmit: ${describeTargetTableState(table)}. To change approved targets, propose an adjustment (proposeTargetTableAdjustment).`,
      );
    default: {
      const unknownState: never = table;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}
