import type { TargetTableContent } from '../target-table/target-table.events.js';
import type { Finding } from '../target-table/validation/finding.js';
import { reviewTable } from './review-table.js';

/**
 * The review assistant's findings on a table being submitted, in the shape the submission
 * keeps its warnings: they travel with the version to its reviewers and never block it
 * (docs/review-assistant.md). Checks across tables need the unit's year and run on demand.
 */
export function reviewAtSubmission(content: TargetTableContent): Finding[] {
  return reviewTable(content).map(({ code, field, message }) => ({ code, field, message }));
}
