import { approvalStepLabel, describeAuditedEvent, stepAwaited, describeTargetTableState, targetTableStatus, targetTableStatusLabels, type TargetTableState } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import { DecidingRole, TargetTableStatus } from '../target-tables/target-table.model.js';
import type { TargetTableChange } from './target-table-change.model.js';

/** A stored target-table event and the table's state right after it, as subscribers receive them. */
export function targetTableChangeOf(event: RecordedEvent, after: TargetTableState): TargetTableChange {
  if (after.lifecycle === 'NONE') throw new Error(`${event.type} at position ${event.position} leaves no target table`);
  const step = after.stage.status === 'IN_REVIEW' ? stepAwaited(after.stage.review) : null;
  const status = targetTableStatus(after);
  const { actor, occurredAt } = event.metadata;
  return {
    projectCode: after.projectCode,
    fiscalYear: after.fiscalYear,
    unitCode: after.content.unitCode,
    sectionId: after.content.sectionId,
    eventType: event.type,
    eventLabel: describeAuditedEvent(event).label,
    status: TargetTableStatus[status],
    statusLabel: targetTableStatusLabels[status],
    currentStep: step === null ? null : { step: step.step, label: approvalStepLabel(step), role: DecidingRole[step.role] },
    stateDescription: describeTargetTableState(after),
    version: after.version,
    revision: event.revision,
    position: event.position.toString(),
    by: actor.displayName,
    byUserId: actor.userId,
    at: occurredAt,
  };
}
