import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import { commandContent } from './command-content.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { requireCodeFreeToStart } from './existing-target-table.js';
import { requireImporter, requirePreparer } from './target-table-authority.js';
import type { DraftTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** The first version of a table is its first draft; later versions come from adjustments. */
const firstVersion = 1;

export function draftTargetTable(command: DraftTargetTable, state: TargetTableState): TargetTableEvent[] {
  const content = commandContent(command);
  if (command.asImport === true) requireImporter(command.actor, content, 'DRAFT', messages.targetTable.importingDraft);
  else if (command.actor !== undefined) requirePreparer(command.actor, [content], messages.targetTable.drafting);
  if (state.status !== 'NONE') requireCodeFreeToStart(state, command);
  switch (state.status) {
    case 'NONE':
      return [
        {
          type: 'TargetTableDrafted',
          data: { projectCode: command.projectCode, fiscalYear: command.fiscalYear, version: firstVersion, content },
        },
      ];
    case 'DRAFT':
      throw new DomainError('CONFLICT', messages.targetTable.draftExists(command));
    case 'IN_REVIEW':
    case 'RETURNED':
    case 'APPROVED':
    case 'ADJUSTING':
      throw new DomainError(
        'CONFLICT',
        messages.targetTable.exists({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, state: describeTargetTableState(state) }),
      );
    default: {
      const unknownState: never = state;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}
