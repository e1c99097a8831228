import { submittableChain } from '../approval/submission-chain.js';
import { resubmitForReview, submitForReview } from '../approval/submit-for-review.js';
import { messages } from '../messages/messages.js';
import { existingTargetTable, targetTableReviewSubject } from './existing-target-table.js';
import { submissionEvent } from './submission-event.js';
import type { ResubmitTargetTable, SubmitTargetTable } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** A draft (a first version or an adjustment) goes to the unit's chain as the application read it from the directory. */
export function submitTargetTable(command: SubmitTargetTable, state: TargetTableState): TargetTableEvent[] {
  // A malformed chain is named before the table is looked at, whatever the table's state.
  const chain = submittableChain(command.chain);
  const table = existingTargetTable(state, command, messages.verbs.submit);
  const submission = submitForReview(table.stage, chain, command.actor, table.content, targetTableReviewSubject(table));
  return [submissionEvent(table, submission)];
}

/** After a return to the preparer, the same checks as a submission, on the chain the review started with. */
export function resubmitTargetTable(command: ResubmitTargetTable, state: TargetTableState): TargetTableEvent[] {
  const table = existingTargetTable(state, command, messages.verbs.resubmit);
  const submission = resubmitForReview(table.stage, command.actor, table.content, targetTableReviewSubject(table));
  return [submissionEvent(table, submission)];
}
