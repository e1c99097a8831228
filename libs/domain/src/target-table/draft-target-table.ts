import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { commandContent } from './command-content.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { requireCodeFreeToStart } from './existing-target-table.js';
import { requireContentWriter } from './target-table-authority.js';
import type { DraftTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import { targetTableStatus, type TargetTableState } from './target-table.state.js';

/** The first version of a table is its first draft; later versions come from adjustments. */
const firstVersion = 1;

export function draftTargetTable(command: DraftTargetTable, state: TargetTableState): TargetTableEvent[] {
  const content = commandContent(command);
  requireContentWriter(command, content);
  if (state.lifecycle === 'NONE') {
    return [{ type: 'TargetTableDrafted', data: { projectCode: command.projectCode, fiscalYear: command.fiscalYear, version: firstVersion, content } }];
  }
  requireCodeFreeToStart(state, command);
  if (targetTableStatus(state) === 'DRAFT') throw new DomainError('CONFLICT', messages.targetTable.draftExists(command));
  throw new DomainError(
    'CONFLICT',
    messages.targetTable.exists({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, state: describeTargetTableState(state) }),
  );
}
