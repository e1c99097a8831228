import { DomainError, problemSummary } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import type { SubmissionChain } from './submission-chain.js';
import { actingUser, type TargetTableActor } from './target-table-actor.js';
import type { TargetTableSubmitted } from './target-table.events.js';
import type { AdjustingTargetTableState, DraftTargetTableState, ReturnedTargetTableState } from './target-table.state.js';
import { validateForSubmission } from './validation/validate-for-submission.js';

type SubmittableTargetTable = DraftTargetTableState | AdjustingTargetTableState | ReturnedTargetTableState;

/**
 * The submission of the working version, run through the submission checks: every error is
 * refused at once with its field, and the warnings travel with the version to its reviewers.
 */
export function submissionEvent(
  table: SubmittableTargetTable,
  chain: SubmissionChain,
  actor: TargetTableActor,
  resubmission: boolean,
): TargetTableSubmitted {
  const { errors, warnings } = validateForSubmission(table.content);
  if (errors.length > 0) {
    const message = messages.targetTable.cannotSubmitWithProblems({ version: table.version, count: errors.length, summary: problemSummary(errors) });
    throw new DomainError('VALIDATION', message, errors);
  }
  return {
    type: 'TargetTableSubmitted',
    data: {
      projectCode: table.projectCode,
      fiscalYear: table.fiscalYear,
      version: table.version,
      content: table.content,
      chain,
      submittedBy: actingUser(actor),
      resubmission,
      warnings,
      baselineVersion: table.status === 'DRAFT' ? null : (table.baseline?.version ?? null),
    },
  };
}
