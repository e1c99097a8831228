import { DomainError } from '../shared/domain-error.js';
import type { NoTargetTable, TargetTableState } from './target-table.state.js';

export type ExistingTargetTable = Exclude<TargetTableState, NoTargetTable>;

/** The table a command acts on, or NOT_FOUND saying the table must be drafted first. */
export function existingTargetTable(
  state: TargetTableState,
  command: { projectCode: string; fiscalYear: number },
  verb: string,
): ExistingTargetTable {
  if (state.status === 'NONE') {
    throw new DomainError(
      'NOT_FOUND',
      `There is no target table of project ${command.projectCode} for ${command.fiscalYear} to ${verb}: ` +
        'draft it first (draftTargetTable).',
    );
  }
  return state;
}
