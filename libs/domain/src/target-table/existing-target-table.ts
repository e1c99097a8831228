import { DomainError } from '../shared/domain-error.js';
import { hiddenFrom } from './read-scope.js';
import type { TargetTableActor } from './target-table-actor.js';
import { messages } from '../messages/messages.js';
import type { NoTargetTable, TargetTableState } from './target-table.state.js';

export type ExistingTargetTable = Exclude<TargetTableState, NoTargetTable>;

/** The table a command acts on, or NOT_FOUND saying the table must be drafted first. */
export function existingTargetTable(
  state: TargetTableState,
  command: { projectCode: string; fiscalYear: number; actor?: TargetTableActor },
  verb: string,
): ExistingTargetTable {
  if (state.status === 'NONE') {
    throw new DomainError('NOT_FOUND', messages.targetTable.notFound({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, verb }));
  }
  return state;
}

/**
 * A table cannot be started (drafted, imported) under a project code and year already taken.
 * Whoever may read the taken table hears its state from the command; anyone else hears only
 * that the code and year are taken, never whose table it is or how it stands.
 */
export function requireCodeFreeToStart(state: ExistingTargetTable, command: { projectCode: string; fiscalYear: number; actor?: TargetTableActor }): void {
  if (!hiddenFrom(command.actor, state.content)) return;
  const key = { projectCode: command.projectCode, fiscalYear: command.fiscalYear };
  throw new DomainError('CONFLICT', messages.targetTable.codeTaken(key), [{ field: 'projectCode', message: messages.targetTable.codeTakenField(key) }]);
}

/** How a refusal names a table without saying anything of it. */
export function targetTableSubject(command: { projectCode: string; fiscalYear: number }): string {
  return messages.targetTable.subject({ projectCode: command.projectCode, fiscalYear: command.fiscalYear });
}
