import {
  hasRole,
  requirePreparerOf,
  requireSeparateDuties as requireSeparateReviewDuties,
  requireSignedIn,
  requireStepDecider,
  scopeOf,
} from '../approval/approval-authority.js';
import { placeOf, rolesHeld } from '../shared/actor-words.js';
import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { TargetTableActor } from './target-table-actor.js';
import type { TargetTablePlace } from './read-scope.js';
import type { TargetTableContent } from './target-table.events.js';
import type { TargetTableReview } from './target-table.state.js';

/**
 * Who may act on a table (docs/domain-rules.md), by the rules every reviewed document follows
 * (approval/approval-authority.ts): a table's scope is its content's unit and section.
 */
export { requireSignedIn, requireStepDecider };

/**
 * A preparer of the unit and section of every place given — the table's as it is and, when
 * revising, as it will be, so nobody moves a table out of reach. A table naming no section yet
 * is open to the preparers of its unit until it does.
 */
export function requirePreparer(
  actor: TargetTableActor | undefined,
  places: readonly [TargetTablePlace, ...TargetTablePlace[]],
  doing: string,
): void {
  for (const place of places) requirePreparerOf(actor, place, doing);
}

export type ImportMode = 'DRAFT' | 'APPROVED';

/**
 * Who may import a table from a document: the office (办公室) of the table's unit or an
 * administrator, as an approved baseline or as a draft; a preparer of the table's section
 * as a draft only.
 */
export function requireImporter(actor: TargetTableActor | undefined, content: TargetTableContent, mode: ImportMode, doing: string): void {
  requireSignedIn(actor);
  if (hasRole(actor, 'ADMIN') || (hasRole(actor, 'OFFICE') && actor.unitCode === content.unitCode)) return;
  if (mode === 'DRAFT' && hasRole(actor, 'PREPARER')) return requirePreparer(actor, [content], doing);
  const preparerScope = mode === 'DRAFT' ? scopeOf(content) : null;
  const needed = messages.targetTable.importerNeeded({ doing, preparerScope, unitCode: content.unitCode });
  const yours = hasRole(actor, 'OFFICE') ? messages.targetTable.officeElsewhere(placeOf(actor)) : rolesHeld(actor);
  throw new DomainError('FORBIDDEN', messages.targetTable.refused({ needed, yours }));
}

/**
 * Whether the actor could import any table at all in this mode, before the document is read:
 * whoever holds none of the importing roles is refused without learning what the document holds.
 */
export function requireImportingRole(actor: TargetTableActor | undefined, mode: ImportMode): void {
  requireSignedIn(actor);
  const roles = mode === 'DRAFT' ? (['PREPARER', 'OFFICE', 'ADMIN'] as const) : (['OFFICE', 'ADMIN'] as const);
  if (roles.some((role) => hasRole(actor, role))) return;
  throw new DomainError('FORBIDDEN', messages.targetTable.importingRoleNeeded({ draft: mode === 'DRAFT', roles, rolesHeld: rolesHeld(actor) }));
}

export function requireSeparateDuties(actor: TargetTableActor, review: TargetTableReview, step: SubmissionChainStep, version: number): void {
  requireSeparateReviewDuties(actor, review, step, messages.approval.versionOf({ noun: messages.targetTable.noun, version }));
}
