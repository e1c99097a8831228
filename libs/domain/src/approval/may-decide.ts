import { decidingRoles, type DecidingRole, type SubmissionChainStep } from './submission-chain.js';
import type { Actor, WorkflowRole } from '../common/actor.js';
import type { StepDecision } from './review.js';
import type { Review, ReviewScope } from './review.js';

/**
 * Who may decide a step of a submission: whoever holds the step's role — in the owning section
 * for a section head, in the owning unit otherwise — unless separation of duties rules them out.
 * Deciding refuses by this rule (approval-authority.ts) and the inbox offers by it, so nobody is
 * shown what they would be refused.
 */

export function hasRole(actor: Actor, role: WorkflowRole | 'ADMIN'): boolean {
  return Array.isArray(actor.roles) && actor.roles.includes(role);
}

/** A section head decides for one section; the office and the leader for the whole unit. */
export function decidesInSection(role: DecidingRole): boolean {
  return role === 'SECTION_HEAD';
}

/** Whether the actor's unit and section are where `step` of something owned by `scope` is decided. */
export function inStepScope(actor: Actor, step: SubmissionChainStep, scope: ReviewScope): boolean {
  return actor.unitCode === scope.unitCode && (!decidesInSection(step.role) || (scope.sectionId !== null && actor.sectionId === scope.sectionId));
}

/** Why separation of duties keeps the actor from `step`: they (re)submitted the version, or decided another step of it. */
export type DutyConflict = { kind: 'SUBMITTED' } | { kind: 'DECIDED_ANOTHER_STEP'; decision: StepDecision };

/** A return counts as deciding the step it was made at. */
export function dutyConflict(actor: Actor, review: Pick<Review, 'submitters' | 'decisions'>, step: SubmissionChainStep): DutyConflict | null {
  if (review.submitters.includes(actor.userId)) return { kind: 'SUBMITTED' };
  const decision = review.decisions.find((earlier) => earlier.by.userId === actor.userId && earlier.step !== step.step);
  return decision === undefined ? null : { kind: 'DECIDED_ANOTHER_STEP', decision };
}

/** Whether the actor may decide the step the submission awaits now; none is awaited once its last step is approved. */
export function mayDecideAwaitedStep(
  actor: Actor,
  review: Pick<Review, 'chain' | 'currentStepIndex' | 'submitters' | 'decisions'>,
  scope: ReviewScope,
): boolean {
  const step = review.chain.steps[review.currentStepIndex];
  if (step === undefined) return false;
  return hasRole(actor, step.role) && inStepScope(actor, step, scope) && dutyConflict(actor, review, step) === null;
}

/**
 * Where the actor decides, as data a view query narrows by before mayDecideAwaitedStep settles
 * each submission: the roles they decide in their own section, and those they decide in their
 * unit. Null when they decide nothing.
 */
export interface DecisionScope {
  unitCode: string;
  sectionId: string | null;
  sectionRoles: DecidingRole[];
  unitRoles: DecidingRole[];
}

export function decisionScope(actor: Actor): DecisionScope | null {
  if (actor.unitCode === null) return null;
  const held = decidingRoles.filter((role) => hasRole(actor, role));
  const sectionRoles = actor.sectionId === null ? [] : held.filter(decidesInSection);
  const unitRoles = held.filter((role) => !decidesInSection(role));
  if (sectionRoles.length === 0 && unitRoles.length === 0) return null;
  return { unitCode: actor.unitCode, sectionId: actor.sectionId, sectionRoles, unitRoles };
}
