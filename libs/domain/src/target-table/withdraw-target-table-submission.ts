import { DomainError } from '../shared/domain-error.js';
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
  const table = existingTargetTable(state, command, 'withdraw');
  requirePreparer(command.actor, [table.content], 'Withdrawing the submission of this table');
  if (table.status !== 'IN_REVIEW') {
    throw new DomainError('CONFLICT', `There is no submission to withdraw: ${describeTargetTableState(table)}.`);
  }
  const [first] = table.review.decisions;
  if (first !== undefined) {
    const what = first.decision === 'APPROVED' ? 'approved' : 'returned';
    throw new DomainError(
      'CONFLICT',
      `Cannot withdraw the submission: ${first.by.userId} already ${what} it at ${stepPhrase(first)}, and ${describeTargetTableState(table)}. ` +
        `Ask whoever decides ${stepPhrase(currentStep(table))} to return it to the preparer instead.`,
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
