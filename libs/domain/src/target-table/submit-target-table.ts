import { DomainError } from '../shared/domain-error.js';
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
  const table = existingTargetTable(state, command, 'submit');
  requirePreparer(command.actor, [table.content], 'Submitting this table');
  switch (table.status) {
    case 'DRAFT':
    case 'ADJUSTING':
      return [submissionEvent(table, chain, command.actor, false)];
    case 'RETURNED':
      throw new DomainError(
        'CONFLICT',
        `Cannot submit: ${describeTargetTableState(table)}. Resubmit it (resubmitTargetTable): it keeps the approval chain it started with.`,
      );
    case 'IN_REVIEW':
      throw new DomainError('CONFLICT', `Cannot submit: ${describeTargetTableState(table)}; it is already submitted.`);
    case 'APPROVED':
      throw new DomainError(
        'CONFLICT',
        `Cannot submit: ${describeTargetTableState(table)}. To change approved targets, propose an adjustment (proposeTargetTableAdjustment).`,
      );
    default: {
      const unknownState: never = table;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}
