import { DomainError } from '../common/domain-error.js';
import { messages } from '../messages/messages.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { Actor } from '../common/actor.js';
import { stepPhrase } from './approval-labels.js';
import { decidesInSection, dutyConflict, hasRole, inStepScope } from './may-decide.js';
import type { DecidedAsSubstitute, Review, ReviewScope } from './review.js';
import { placeOf, rolesHeld, unitOf } from '../common/actor-words.js';
import { substituteFor, type SubstitutionFacts } from './substitution.js';

/**
 * Who may act on something owned by a section of a unit (docs/domain-rules.md). PREPARER and
 * SECTION_HEAD act in their own section, OFFICE and LEADER in their unit. Sections are compared
 * within the unit, so a section id repeated in another unit gives no authority there.
 */

export function requireSignedIn(actor: Actor | undefined): asserts actor is Actor {
  if (actor === undefined || actor === null || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    throw new DomainError('UNAUTHENTICATED', messages.actor.signedInRequired);
  }
}

/** A preparer of the owning section; something owned by no section yet is open to the unit's preparers. */
export function requirePreparerOf(actor: Actor | undefined, scope: ReviewScope, doing: string): asserts actor is Actor {
  requireSignedIn(actor);
  const needed = messages.approval.preparerNeeded({ doing, scope: scopeOf(scope) });
  if (!hasRole(actor, 'PREPARER')) {
    throw new DomainError('FORBIDDEN', messages.approval.noPreparerRole({ needed, rolesHeld: rolesHeld(actor) }));
  }
  if (!inSection(actor, scope)) {
    throw new DomainError('FORBIDDEN', messages.approval.preparerElsewhere({ needed, place: placeOf(actor) }));
  }
}

export function inSection(actor: Actor, scope: ReviewScope): boolean {
  return actor.unitCode === scope.unitCode && (scope.sectionId === null || actor.sectionId === scope.sectionId);
}

export { hasRole };

/**
 * The step's role, in the owning section for a section head and in its unit otherwise
 * (may-decide.ts), or a substitute the unit named for it once the step is overdue by the
 * escalation days (substitution.ts; `substitution` carries the facts the application has).
 * `doing` names the decision, e.g. "批准「办公室审核」步骤". Answers the delegation a substitute
 * decides by, null for the role's own holder.
 */
export function requireStepDecider(
  actor: Actor,
  step: SubmissionChainStep,
  scope: ReviewScope,
  doing: string,
  substitution?: SubstitutionFacts,
): DecidedAsSubstitute | null {
  requireSignedIn(actor);
  if (hasRole(actor, step.role) && inStepScope(actor, step, scope)) return null;
  const substitute = substituteFor(actor, step, scope, substitution);
  if (substitute !== null) return substitute;
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
  return null;
}

/**
 * Separation of duties: whoever submitted the version decides none of its steps, and nobody
 * decides two steps of one submission — a return counts as deciding the step it was made at.
 * `submitted` names the version, e.g. "该目标表的第 2 版".
 */
export function requireSeparateDuties(
  actor: Actor,
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
