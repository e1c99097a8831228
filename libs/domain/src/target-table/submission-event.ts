import type { ReviewSubmittedData } from '../approval/review.js';
import { DomainError, problemSummary } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import type { TargetTableSubmitted } from './target-table.events.js';
import type { TargetTable } from './target-table.state.js';
import { validateForSubmission } from './validation/validate-for-submission.js';
import { reviewAtSubmission } from '../review-assistant/review-at-submission.js';

/**
 * The (re)submission of the working version, run through the submission checks: every error is
 * refused at once with its field, and the warnings travel with the version to its reviewers.
 * The content and chain are repeated in the event, so an auditor sees what went to whom.
 */
export function submissionEvent(table: TargetTable, submission: ReviewSubmittedData): TargetTableSubmitted {
  const { errors, warnings } = validateForSubmission(table.content);
  if (errors.length > 0) {
    const message = messages.targetTable.cannotSubmitWithProblems({ version: table.version, count: errors.length, summary: problemSummary(errors) });
    throw new DomainError('VALIDATION', message, errors);
  }
  const { projectCode, fiscalYear, content } = table;
  return { type: 'TargetTableSubmitted', data: { projectCode, fiscalYear, ...submission, content, warnings: [...warnings, ...reviewAtSubmission(content)], baselineVersion: table.baseline?.version ?? null } };
}
