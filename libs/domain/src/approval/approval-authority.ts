import { DomainError } from '../shared/domain-error.js';
import type { SubmissionChainStep } from '../target-table/submission-chain.js';
import type { TargetTableActor } from '../target-table/target-table-actor.js';
import { stepPhrase, targetTableRoleLabels } from '../target-table/target-table-labels.js';
import { decidesInSection, dutyConflict, hasRole, inStepScope } from './may-decide.js';
import type { Review, ReviewScope } from './review.js';
import { placeOf, rolesHeld } from '../shared/actor-words.js';

/**
 * Who may act on something owned by a section of a unit (docs/domain-rules.md). PREPARER and
 * SECTION_HEAD act in their own section, OFFICE and LEADER in their unit. Sections are compared
 * within the unit, so a section id repeated in another unit gives no authority there.
 */

export function requireSignedIn(actor: TargetTableActor | undefined): asserts actor is TargetTableActor {
  if (actor === undefined || actor === null || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    throw new DomainError('UNAUTHENTICATED', 'No signed-in user came with the command: sign in and try again.');
  }
}

/** A preparer of the owning section; something owned by no section yet is open to the unit's preparers. */
export function requirePreparerOf(actor: TargetTableActor | undefined, scope: ReviewScope, doing: string): asserts actor is TargetTableActor {
  requireSignedIn(actor);
  const needed = `${doing} needs a preparer (${targetTableRoleLabels.PREPARER}, role PREPARER) of ${scopeOf(scope)}`;
  if (!hasRole(actor, 'PREPARER')) {
    throw new DomainError('FORBIDDEN', `${needed}: you do not have the PREPARER role (${rolesHeld(actor)}).`);
  }
  if (!inSection(actor, scope)) {
    throw new DomainError('FORBIDDEN', `${needed}: you are a preparer of ${placeOf(actor)}.`);
  }
}

export function inSection(actor: TargetTableActor, scope: ReviewScope): boolean {
  return actor.unitCode === scope.unitCode && (scope.sectionId === null || actor.sectionId === scope.sectionId);
}

export { hasRole };

/** The step's role, in the owning section for a section head and in its unit otherwise (may-decide.ts). */
export function requireStepDecider(actor: TargetTableActor, step: SubmissionChainStep, scope: ReviewScope, doing: string): void {
  requireSignedIn(actor);
  const sectionScoped = decidesInSection(step.role);
  const where = sectionScoped ? scopeOf(scope) : `unit ${scope.unitCode}`;
  const needed = `${doing} ${stepPhrase(step)} needs a ${targetTableRoleLabels[step.role]} (role ${step.role}) of ${where}`;
  if (!hasRole(actor, step.role)) {
    throw new DomainError('FORBIDDEN', `${needed}: you do not have the ${step.role} role (${rolesHeld(actor)}).`);
  }
  if (!inStepScope(actor, step, scope)) {
    const yours = sectionScoped ? placeOf(actor) : actor.unitCode === null ? 'no unit' : `unit ${actor.unitCode}`;
    throw new DomainError('FORBIDDEN', `${needed}: you are ${targetTableRoleLabels[step.role]} (${step.role}) of ${yours}.`);
  }
}

/**
 * Separation of duties: whoever submitted the version decides none of its steps, and nobody
 * decides two steps of one submission — a return counts as deciding the step it was made at.
 * `submitted` names the version, e.g. "version 2 of this table".
 */
export function requireSeparateDuties(
  actor: TargetTableActor,
  review: Pick<Review, 'submitters' | 'decisions'>,
  step: SubmissionChainStep,
  submitted: string,
): void {
  const conflict = dutyConflict(actor, review, step);
  if (conflict?.kind === 'SUBMITTED') {
    throw new DomainError(
      'FORBIDDEN',
      `You submitted ${submitted}, so you cannot decide any step of it (separation of duties): ` +
        `another ${targetTableRoleLabels[step.role]} (${step.role}) must decide ${stepPhrase(step)}.`,
    );
  }
  if (conflict?.kind === 'DECIDED_ANOTHER_STEP') {
    throw new DomainError(
      'FORBIDDEN',
      `You already decided ${stepPhrase(conflict.decision)} of this submission, so you cannot also decide ${stepPhrase(step)} ` +
        `(separation of duties): another ${targetTableRoleLabels[step.role]} (${step.role}) must.`,
    );
  }
}

export function scopeOf(scope: ReviewScope): string {
  return scope.sectionId === null ? `unit ${scope.unitCode}` : `section ${scope.sectionId} in unit ${scope.unitCode}`;
}
