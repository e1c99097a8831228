import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { commandContent } from './command-content.js';
import { awaitedStep } from '../approval/describe-review-stage.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import { requirePreparer } from './target-table-authority.js';
import { stepPhrase } from '../approval/approval-labels.js';
import type { ReviseTargetTableDraft } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';
import { changedContent } from './target-table-diff.js';

/** A version is revised while it is in the preparer's hands: a draft, returned to them, or an adjustment. */
export function reviseTargetTableDraft(command: ReviseTargetTableDraft, state: TargetTableState): TargetTableEvent[] {
  const content = commandContent(command);
  const table = existingTargetTable(state, command, messages.verbs.revise);
  if (command.actor !== undefined) requirePreparer(command.actor, [table.content, content], messages.targetTable.revisingDoing);
  const { stage } = table;
  switch (stage.status) {
    case 'DRAFT':
    case 'RETURNED': {
      // Only the changed fields are recorded: the event says what changed, not the whole form.
      const changes = changedContent(table.content, content);
      // Saving an unchanged form is not an event: the history records changes, not clicks.
      if (Object.keys(changes).length === 0) return [];
      return [
        {
          type: 'TargetTableDraftRevised',
          data: {
            projectCode: command.projectCode,
            fiscalYear: command.fiscalYear,
            version: table.version,
            changes,
          },
        },
      ];
    }
    case 'IN_REVIEW': {
      const undecided = stage.review.decisions.length === 0;
      throw new DomainError(
        'CONFLICT',
        messages.targetTable.cannotReviseSubmitted({ state: describeTargetTableState(table), undecided, step: stepPhrase(awaitedStep(stage.review)) }),
      );
    }
    case 'APPROVED':
      throw new DomainError('CONFLICT', messages.targetTable.cannotReviseApproved(describeTargetTableState(table)));
    default: {
      const unknownStage: never = stage;
      throw new Error(`Unknown review status ${String((unknownStage as { status?: unknown }).status)}`);
    }
  }
}
