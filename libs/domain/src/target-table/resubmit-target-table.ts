import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import { submissionEvent } from './submission-event.js';
import { requirePreparer } from './target-table-authority.js';
import type { ResubmitTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** After a return to the preparer, the same checks as a submission, on the chain the review started with. */
export function resubmitTargetTable(command: ResubmitTargetTable, state: TargetTableState): TargetTableEvent[] {
  const table = existingTargetTable(state, command, messages.verbs.resubmit);
  requirePreparer(command.actor, [table.content], messages.approval.resubmitting(messages.targetTable.noun));
  switch (table.status) {
    case 'RETURNED':
      return [submissionEvent(table, table.review.chain, command.actor, true)];
    case 'DRAFT':
    case 'ADJUSTING':
      throw new DomainError('CONFLICT', messages.targetTable.cannotResubmitUnreturned(describeTargetTableState(table)));
    case 'IN_REVIEW':
      throw new DomainError('CONFLICT', messages.targetTable.alreadySubmitted({ doing: messages.verbs.resubmit, state: describeTargetTableState(table) }));
    case 'APPROVED':
      throw new DomainError('CONFLICT', messages.targetTable.cannotSubmitApproved({ doing: messages.verbs.resubmit, state: describeTargetTableState(table) }));
    default: {
      const unknownState: never = table;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}
