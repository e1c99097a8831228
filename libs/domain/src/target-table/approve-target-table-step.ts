import { approveReviewStep } from '../approval/approve-review-step.js';
import { requireSignedIn } from '../approval/approval-authority.js';
import { messages } from '../messages/messages.js';
import { existingTargetTable, targetTableReviewSubject } from './existing-target-table.js';
import type { ApproveTargetTableStep } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** Approving the last step also approves the version: it becomes the baseline in the same append. */
export function approveTargetTableStep(command: ApproveTargetTableStep, state: TargetTableState): TargetTableEvent[] {
  requireSignedIn(command.actor);
  const table = existingTargetTable(state, command, messages.verbs.approve);
  const { stepApproved, approved } = approveReviewStep(table.stage, command, table.content, targetTableReviewSubject(table));
  const key = { projectCode: table.projectCode, fiscalYear: table.fiscalYear };
  const events: TargetTableEvent[] = [{ type: 'TargetTableStepApproved', data: { ...key, ...stepApproved } }];
  if (approved !== null) {
    const replacedBaselineVersion = table.baseline?.version ?? null;
    events.push({ type: 'TargetTableApproved', data: { ...key, ...approved, content: table.content, replacedBaselineVersion } });
  }
  return events;
}
