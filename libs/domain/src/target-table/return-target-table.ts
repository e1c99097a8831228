import { requireSignedIn } from '../approval/approval-authority.js';
import { returnReview } from '../approval/return-review.js';
import { messages } from '../messages/messages.js';
import { existingTargetTable, targetTableReviewSubject } from './existing-target-table.js';
import type { ReturnTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** 退回 to the preparer (it may then be revised and resubmitted) or to an earlier step, which decides again. */
export function returnTargetTable(command: ReturnTargetTable, state: TargetTableState): TargetTableEvent[] {
  requireSignedIn(command.actor);
  const table = existingTargetTable(state, command, messages.verbs.return);
  const returned = returnReview(table.stage, command, table.content, targetTableReviewSubject(table), '成本指标 must state what the project costs, not a revenue');
  return [{ type: 'TargetTableReturned', data: { projectCode: table.projectCode, fiscalYear: table.fiscalYear, ...returned } }];
}
