import { DomainError } from '../common/domain-error.js';
import { hiddenFrom } from '../common/read-scope.js';
import type { Actor } from '../common/actor.js';
import { messages } from '../messages/messages.js';
import type { ReviewSubject } from '../approval/review.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import type { TargetTable, TargetTableState } from './target-table.state.js';

export type ExistingTargetTable = TargetTable;

/** The table a command acts on, or NOT_FOUND saying the table must be drafted first. */
export function existingTargetTable(
  state: TargetTableState,
  command: { projectCode: string; fiscalYear: number; actor?: Actor },
  verb: string,
): ExistingTargetTable {
  if (state.lifecycle === 'NONE') {
    throw new DomainError('NOT_FOUND', messages.targetTable.notFound({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, verb }));
  }
  return state;
}

/**
 * A table cannot be started (drafted, imported) under a project code and year already taken.
 * Whoever may read the taken table hears its state from the command; anyone else hears only
 * that the code and year are taken, never whose table it is or how it stands.
 */
export function requireCodeFreeToStart(state: ExistingTargetTable, command: { projectCode: string; fiscalYear: number; actor?: Actor }): void {
  if (!hiddenFrom(command.actor, state.content)) return;
  const key = { projectCode: command.projectCode, fiscalYear: command.fiscalYear };
  throw new DomainError('CONFLICT', messages.targetTable.codeTaken(key), [{ field: 'projectCode', message: messages.targetTable.codeTakenField(key) }]);
}

/** How a refusal names a table without saying anything of it. */
export function targetTableSubject(command: { projectCode: string; fiscalYear: number }): string {
  return messages.targetTable.subject({ projectCode: command.projectCode, fiscalYear: command.fiscalYear });
}

/**
 * How the shared approval refusals (approval/) name a table: by its own description of where
 * it stands, and by its project and year to someone who may not read it.
 */
export function targetTableReviewSubject(table: TargetTable): ReviewSubject {
  return {
    noun: messages.targetTable.noun,
    version: table.version,
    describe: () => describeTargetTableState(table),
    named: targetTableSubject(table),
    cannotSubmit: (stage, resubmission) => cannotSubmitTable(stage.status, resubmission, describeTargetTableState(table)),
  };
}

/** The shared functions ask only in a stage they refuse: DRAFT for a resubmission, RETURNED for a submission. */
function cannotSubmitTable(status: TargetTable['stage']['status'], resubmission: boolean, state: string): string {
  const doing = resubmission ? messages.verbs.resubmit : messages.verbs.submit;
  switch (status) {
    case 'DRAFT':
      return messages.targetTable.cannotResubmitUnreturned(state);
    case 'RETURNED':
      return messages.targetTable.cannotSubmitReturned(state);
    case 'IN_REVIEW':
      return messages.targetTable.alreadySubmitted({ doing, state });
    case 'APPROVED':
      return messages.targetTable.cannotSubmitApproved({ doing, state });
    default: {
      const unknownStatus: never = status;
      throw new Error(`Unknown review status ${String(unknownStatus)}`);
    }
  }
}
