import { DomainError } from '../shared/domain-error.js';
import { hiddenFrom } from './read-scope.js';
import type { TargetTableActor } from './target-table-actor.js';
import type { NoTargetTable, TargetTableState } from './target-table.state.js';

export type ExistingTargetTable = Exclude<TargetTableState, NoTargetTable>;

/** The table a command acts on, or NOT_FOUND saying the table must be drafted first. */
export function existingTargetTable(
  state: TargetTableState,
  command: { projectCode: string; fiscalYear: number; actor?: TargetTableActor },
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

/**
 * A table cannot be started (drafted, imported) under a project code and year already taken.
 * Whoever may read the taken table hears its state from the command; anyone else hears only
 * that the code and year are taken, never whose table it is or how it stands.
 */
export function requireCodeFreeToStart(state: ExistingTargetTable, command: { projectCode: string; fiscalYear: number; actor?: TargetTableActor }): void {
  if (!hiddenFrom(command.actor, state.content)) return;
  throw new DomainError('CONFLICT', `项目编码 ${command.projectCode} 在 ${command.fiscalYear} 年度已被使用：请核对项目编码和年度。`, [
    { field: 'projectCode', message: `${command.projectCode} 在 ${command.fiscalYear} 年度已被使用` },
  ]);
}

/** How a refusal names a table without saying anything of it. */
export function targetTableSubject(command: { projectCode: string; fiscalYear: number }): string {
  return `项目 ${command.projectCode} 的 ${command.fiscalYear} 年度绩效目标表`;
}
