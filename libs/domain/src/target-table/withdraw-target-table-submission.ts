import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import { currentStep, describeTargetTableState } from './describe-target-table-state.js';
import { existingTargetTable } from './existing-target-table.js';
import { chainRef } from './submission-chain.js';
import { actingUser } from './target-table-actor.js';
import { requirePreparer, requireSignedIn } from './target-table-authority.js';
import { stepPhrase } from './target-table-labels.js';
import type { WithdrawTargetTableSubmission } from './target-table.commands.js';
import type { TargetTableEvent } from './target-table.events.js';
import type { TargetTableState } from './target-table.state.js';

/** Only while no step has decided: after that the decision belongs to the chain, which may return it. */
export function withdrawTargetTableSubmission(command: WithdrawTargetTableSubmission, state: TargetTableState): TargetTableEvent[] {
  requireSignedIn(command.actor);
  const table = existingTargetTable(state, command, messages.verbs.withdraw);
  requirePreparer(command.actor, [table.content], messages.approval.withdrawing(messages.targetTable.noun));
  if (table.status !== 'IN_REVIEW') {
    throw new DomainError('CONFLICT', messages.approval.nothingToWithdraw(describeTargetTableState(table)));
  }
  const [first] = table.review.decisions;
  if (first !== undefined) {
    throw new DomainError(
      'CONFLICT',
      messages.approval.cannotWithdrawDecided({
        by: first.by.userId,
        approved: first.decision === 'APPROVED',
        step: stepPhrase(first),
        stage: describeTargetTableState(table),
        awaited: stepPhrase(currentStep(table)),
      }),
    );
  }
  return [
    {
      type: 'TargetTableSubmissionWithdrawn',
      data: {
        projectCode: table.projectCode,
        fiscalYear: table.fiscalYear,
        version: table.version,
        chain: chainRef(table.review.chain),
        withdrawnBy: actingUser(command.actor),
      },
    },
  ];
}
