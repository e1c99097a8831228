import { DomainError } from '../shared/domain-error.js';
import { messages } from '../messages/messages.js';
import type { SubmissionChainStep } from '../target-table/submission-chain.js';
import type { TargetTableActor } from '../target-table/target-table-actor.js';
import { stepPhrase } from '../target-table/target-table-labels.js';
import { decidesInSection, dutyConflict, hasRole, inStepScope } from './may-decide.js';
import type { Review, ReviewScope } from './review.js';
import { placeOf, rolesHeld, unitOf } from '../shared/actor-words.js';

/**
 * Who may act on something owned by a section of a unit (docs/domain-rules.md). PREPARER and
 * SECTION_HEAD act in their own section, OFFICE and LEADER in their unit. Sections are compared
 * within the unit, so a section id repeated in another unit gives no authority there.
 */

export function requireSignedIn(actor: TargetTableActor | undefined): asserts actor is TargetTableActor {
  if (actor === undefined || actor === null || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    throw new DomainError('UNAUTHENTICATED', messages.actor.signedInRequired);
  }
}

/** A preparer of the owning section; something owned by no section yet is open to the unit's preparers. */
export function requirePreparerOf(actor: TargetTableActor | undefined, scope: ReviewScope, doing: string): asserts actor is TargetTableActor {
  requireSignedIn(actor);
  const needed = messages.approval.preparerNeeded({ doing, scope: scopeOf(scope) });
  if (!hasRole(actor, 'PREPARER')) {
    throw new DomainError('FORBIDDEN', messages.approval.noPreparerRole({ needed, rolesHeld: rolesHeld(actor) }));
  }
  if (!inSection(actor, scope)) {
    throw new DomainError('FORBIDDEN', messages.approval.preparerElsewhere({ needed, place: placeOf(actor) }));
  }
}

export function inSection(actor: TargetTableActor, scope: ReviewScope): boolean {
  return actor.unitCode === scope.unitCode && (scope.sectionId === null || actor.sectionId === scope.sectionId);
}

export { hasRole };

/**
 * The step's role, in the owning section for a section head and in its unit otherwise
 * (may-decide.ts). `doing` names the decision, e.g. "批准「办公室审核」步骤".
 */
export function requireStepDecider(actor: TargetTableActor, step: SubmissionChainStep, scope: ReviewScope, doing: string): void {
  requireSignedIn(actor);
  const sectionScoped = decidesInSection(step.role);
  const where = sectionScoped ? scopeOf(scope) : messages.actor.unit(scope.unitCode);
  const needed = messages.approval.deciderNeeded({ doing, where, role: step.role });
  if (!hasRole(actor, step.role)) {
    throw new DomainError('FORBIDDEN', messages.approval.noDeciderRole({ needed, role: step.role, rolesHeld: rolesHeld(actor) }));
  }
  if (!inStepScope(actor, step, scope)) {
    const yours = sectionScoped ? placeOf(actor) : unitOf(actor);
    throw new DomainError('FORBIDDEN', messages.approval.deciderElsewhere({ needed, role: step.role, place: yours }));
  }
}

/**
 * Separation of duties: whoever submitted the version decides none of its steps, and nobody
 * decides two steps of one submission — a return counts as deciding the step it was made at.
 * `submitted` names the version, e.g. "该目标表的第 2 版".
 */
export function requireSeparateDuties(
  actor: TargetTableActor,
  review: Pick<Review, 'submitters' | 'decisions'>,
  step: SubmissionChainStep,
  submitted: string,
): void {
  const conflict = dutyConflict(actor, review, step);
  if (conflict?.kind === 'SUBMITTED') {
    throw new DomainError('FORBIDDEN', messages.approval.submittedItself({ submitted, role: step.role, step: stepPhrase(step) }));
  }
  if (conflict?.kind === 'DECIDED_ANOTHER_STEP') {
    throw new DomainError(
      'FORBIDDEN',
      messages.approval.decidedAnotherStep({ earlier: stepPhrase(conflict.decision), step: stepPhrase(step), role: step.role }),
    );
  }
}

export function scopeOf(scope: ReviewScope): string {
  return scope.sectionId === null ? messages.actor.unit(scope.unitCode) : messages.actor.place(scope.unitCode, scope.sectionId);
}
