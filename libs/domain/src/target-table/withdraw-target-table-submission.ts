import { requireSignedIn } from '../approval/approval-authority.js';
import { withdrawReviewSubmission } from '../approval/withdraw-review-submission.js';
import { messages } from '../messages/messages.js';
import { existingTargetTable, targetTableReviewSubject } from './existing-target-table.js';
import type { WithdrawTargetTableSubmission } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** Only while no step has decided: after that the decision belongs to the chain, which may return it. */
export function withdrawTargetTableSubmission(command: WithdrawTargetTableSubmission, state: TargetTableState): TargetTableEvent[] {
  requireSignedIn(command.actor);
  const table = existingTargetTable(state, command, messages.verbs.withdraw);
  const withdrawn = withdrawReviewSubmission(table.stage, command.actor, table.content, targetTableReviewSubject(table));
  return [{ type: 'TargetTableSubmissionWithdrawn', data: { projectCode: table.projectCode, fiscalYear: table.fiscalYear, ...withdrawn } }];
}
