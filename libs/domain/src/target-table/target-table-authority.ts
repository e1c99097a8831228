import { DomainError } from '../shared/domain-error.js';
import type { SubmissionChainStep } from './submission-chain.js';
import type { TargetTableActor, TargetTableRole } from './target-table-actor.js';
import type { TargetTablePlace } from './read-scope.js';
import type { TargetTableContent } from './target-table.events.js';
import { stepPhrase, targetTableRoleLabels } from './target-table-labels.js';
import type { TargetTableReview } from './target-table.state.js';
import { placeOf, rolesHeld, unitOf } from '../shared/actor-words.js';

/**
 * Who may act on a table (DESIGN.md section 3). PREPARER and SECTION_HEAD act in their own
 * section, OFFICE and LEADER in their unit. Sections are compared within the unit, so a
 * section id repeated in another unit gives no authority there.
 */

export function requireSignedIn(actor: TargetTableActor | undefined): asserts actor is TargetTableActor {
  if (actor === undefined || actor === null || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    throw new DomainError('UNAUTHENTICATED', 'No signed-in user came with the command: sign in and try again.');
  }
}

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
  requireSignedIn(actor);
  const needed = (place: TargetTablePlace) => `a preparer (${targetTableRoleLabels.PREPARER}, role PREPARER) of ${scopeOf(place)}`;
  if (!hasRole(actor, 'PREPARER')) {
    throw new DomainError('FORBIDDEN', `${doing} needs ${needed(places[0])}: you do not have the PREPARER role (${rolesHeld(actor)}).`);
  }
  for (const place of places) {
    const inScope = actor.unitCode === place.unitCode && (place.sectionId === null || actor.sectionId === place.sectionId);
    if (!inScope) {
      throw new DomainError('FORBIDDEN', `${doing} needs ${needed(place)}: you are a preparer of ${placeOf(actor)}.`);
    }
  }
}

/** The step's role, in the table's section for a section head and in its unit otherwise. */
export function requireStepDecider(actor: TargetTableActor, step: SubmissionChainStep, content: TargetTableContent, doing: string): void {
  requireSignedIn(actor);
  const sectionScoped = step.role === 'SECTION_HEAD';
  const scope = sectionScoped ? scopeOf(content) : `unit ${content.unitCode}`;
  const needed = `${doing} ${stepPhrase(step)} needs a ${targetTableRoleLabels[step.role]} (role ${step.role}) of ${scope}`;
  if (!hasRole(actor, step.role)) {
    throw new DomainError('FORBIDDEN', `${needed}: you do not have the ${step.role} role (${rolesHeld(actor)}).`);
  }
  const inScope = actor.unitCode === content.unitCode && (!sectionScoped || (content.sectionId !== null && actor.sectionId === content.sectionId));
  if (!inScope) {
    const yours = sectionScoped ? placeOf(actor) : unitOf(actor);
    throw new DomainError('FORBIDDEN', `${needed}: you are ${targetTableRoleLabels[step.role]} (${step.role}) of ${yours}.`);
  }
}

/**
 * Separation of duties: whoever submitted the version decides none of its steps, and nobody
 * decides two steps of one submission — a return counts as deciding the step it was made at.
 */
export function requireSeparateDuties(actor: TargetTableActor, review: TargetTableReview, step: SubmissionChainStep, version: number): void {
  if (review.submitters.includes(actor.userId)) {
    throw new DomainError(
      'FORBIDDEN',
      `You submitted version ${version} of this table, so you cannot decide any step of it (separation of duties): ` +
        `another ${targetTableRoleLabels[step.role]} (${step.role}) must decide ${stepPhrase(step)}.`,
    );
  }
  const other = review.decisions.find((decision) => decision.by.userId === actor.userId && decision.step !== step.step);
  if (other !== undefined) {
    throw new DomainError(
      'FORBIDDEN',
      `You already decided ${stepPhrase(other)} of this submission, so you cannot also decide ${stepPhrase(step)} ` +
        `(separation of duties): another ${targetTableRoleLabels[step.role]} (${step.role}) must.`,
    );
  }
}

function hasRole(actor: TargetTableActor, role: TargetTableRole): boolean {
  return Array.isArray(actor.roles) && actor.roles.includes(role);
}

function scopeOf(place: TargetTablePlace): string {
  return place.sectionId === null ? `unit ${place.unitCode}` : `section ${place.sectionId} in unit ${place.unitCode}`;
}
