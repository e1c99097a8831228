import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import { submissionEvent } from './submission-event.js';
import { readSubmissionChain } from './submission-chain.js';
import { requirePreparer } from './target-table-authority.js';
import type { SubmitTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

export function submitTargetTable(command: SubmitTargetTable, state: TargetTableState): TargetTableEvent[] {
  const { chain, problems } = readSubmissionChain(command.chain);
  if (problems.length > 0) throw DomainError.validation(problems);
  const table = existingTargetTable(state, command, messages.verbs.submit);
  requirePreparer(command.actor, [table.content], messages.approval.submitting(messages.targetTable.noun));
  switch (table.status) {
    case 'DRAFT':
    case 'ADJUSTING':
      return [submissionEvent(table, chain, command.actor, false)];
    case 'RETURNED':
      throw new DomainError('CONFLICT', messages.targetTable.cannotSubmitReturned(describeTargetTableState(table)));
    case 'IN_REVIEW':
      throw new DomainError('CONFLICT', messages.targetTable.alreadySubmitted({ doing: messages.verbs.submit, state: describeTargetTableState(table) }));
    case 'APPROVED':
      throw new DomainError('CONFLICT', messages.targetTable.cannotSubmitApproved({ doing: messages.verbs.submit, state: describeTargetTableState(table) }));
    default: {
      const unknownState: never = table;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}
