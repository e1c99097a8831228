import {
  requirePreparerOf,
  requireSeparateDuties as requireSeparateReviewDuties,
  requireSignedIn,
  requireStepDecider,
} from '../approval/approval-authority.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { TargetTableActor } from './target-table-actor.js';
import type { TargetTableContent } from './target-table.events.js';
import type { TargetTableReview } from './target-table.state.js';

/**
 * Who may act on a table (DESIGN.md section 3), by the rules every reviewed document follows
 * (approval/approval-authority.ts): a table's scope is its content's unit and section.
 */
export { requireSignedIn, requireStepDecider };

/**
 * A preparer of the unit and section of every content given — the table as it is and, when
 * revising, as it will be, so nobody moves a table out of reach. A table naming no section yet
 * is open to the preparers of its unit until it does.
 */
export function requirePreparer(
  actor: TargetTableActor | undefined,
  contents: readonly [TargetTableContent, ...TargetTableContent[]],
  doing: string,
): void {
  for (const content of contents) requirePreparerOf(actor, content, doing);
}

export function requireSeparateDuties(actor: TargetTableActor, review: TargetTableReview, step: SubmissionChainStep, version: number): void {
  requireSeparateReviewDuties(actor, review, step, `version ${version} of this table`);
}
