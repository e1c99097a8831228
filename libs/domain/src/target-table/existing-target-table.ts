import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import type { NoTargetTable, TargetTableState } from './target-table.state.js';

export type ExistingTargetTable = Exclude<TargetTableState, NoTargetTable>;

/** The table a command acts on, or NOT_FOUND saying the table must be drafted first. */
export function existingTargetTable(
  state: TargetTableState,
  command: { projectCode: string; fiscalYear: number },
  verb: string,
): ExistingTargetTable {
  if (state.status === 'NONE') {
    throw new DomainError('NOT_FOUND', messages.targetTable.notFound({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, verb }));
  }
  return state;
}
