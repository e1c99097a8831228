import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import { commandContent } from './command-content.js';
import { reasonProblem } from '../approval/decision-text.js';
import { describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import { actingUser } from '../common/actor.js';
import { requireSignedIn } from '../approval/approval-authority.js';
import { requirePreparer } from './target-table-authority.js';
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
  switch (table.lifecycle) {
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
    case 'FIRST_VERSION':
    case 'ADJUSTING': {
      const state = describeTargetTableState(table);
      if (table.lifecycle === 'FIRST_VERSION' && table.stage.status === 'DRAFT') throw new DomainError('CONFLICT', messages.targetTable.cannotAdjustDraft(state));
      const advice = table.stage.status === 'IN_REVIEW' ? (table.baseline === null ? 'ONLY_APPROVED' : 'WAIT') : 'REVISE';
      throw new DomainError('CONFLICT', messages.targetTable.cannotAdjust({ state, advice }));
    }
    default: {
      const unknownTable: never = table;
      throw new Error(`Unknown target table lifecycle ${String((unknownTable as { lifecycle?: unknown }).lifecycle)}`);
    }
  }
}
