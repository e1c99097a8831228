import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import { commandContent } from './command-content.js';
import { reasonProblem } from './decision-text.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import { actingUser } from './target-table-actor.js';
import { requirePreparer, requireSignedIn } from './target-table-authority.js';
import type { ProposeTargetTableAdjustment } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';
import { changedContentFields } from './target-table-diff.js';

/** 调整: the next version starts as a draft of new content; the approved baseline stays in force meanwhile. */
export function proposeTargetTableAdjustment(command: ProposeTargetTableAdjustment, state: TargetTableState): TargetTableEvent[] {
  requireSignedIn(command.actor);
  const reason = reasonProblem(command.reason, 'reason', messages.targetTable.adjustmentReasonExample);
  const content = commandContent(command, reason === null ? [] : [reason]);
  const table = existingTargetTable(state, command, messages.verbs.adjust);
  requirePreparer(command.actor, [table.content, content], messages.targetTable.proposingAdjustment);
  switch (table.status) {
    case 'APPROVED': {
      const changedFields = changedContentFields(table.baseline.content, content);
      if (changedFields.length === 0) {
        throw DomainError.validation([
          { field: 'input', message: messages.targetTable.adjustmentUnchanged(table.baseline.version) },
        ]);
      }
      return [
        {
          type: 'TargetTableAdjustmentProposed',
          data: {
            projectCode: table.projectCode,
            fiscalYear: table.fiscalYear,
            version: table.version + 1,
            baselineVersion: table.baseline.version,
            content,
            reason: command.reason,
            proposedBy: actingUser(command.actor),
            changedFields,
          },
        },
      ];
    }
    case 'ADJUSTING':
    case 'IN_REVIEW':
    case 'RETURNED':
      throw new DomainError(
        'CONFLICT',
        messages.targetTable.cannotAdjust({
          state: describeTargetTableState(table),
          advice: table.status === 'IN_REVIEW' ? (table.baseline === null ? 'ONLY_APPROVED' : 'WAIT') : 'REVISE',
        }),
      );
    case 'DRAFT':
      throw new DomainError('CONFLICT', messages.targetTable.cannotAdjustDraft(describeTargetTableState(table)));
    default: {
      const unknownState: never = table;
      throw new Error(`Unknown target table status ${String((unknownState as { status?: unknown }).status)}`);
    }
  }
}
