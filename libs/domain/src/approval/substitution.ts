import { DomainError } from '../common/domain-error.js';
import { hiddenFrom } from '../common/read-scope.js';
import type { Actor } from '../common/actor.js';
import { messages } from '../messages/messages.js';
import { dueAt, stepDueDate } from '../calendar/due-status.js';
import { todayAt } from '../calendar/fiscal-calendar.js';
import { stepPhrase } from './approval-labels.js';
import { decidesInSection, dutyConflict } from './may-decide.js';
import type { DecidedAsSubstitute, Review, ReviewScope } from './review.js';
import type { DecidingRole, SubmissionChainStep } from './submission-chain.js';

/**
 * 代理审批 (docs/deadlines-and-rectification.md): a step overdue by the calendar's escalation days
 * may be decided by a substitute the unit's office or leader named for that role. The approval
 * authority knows nothing of where delegations are kept: the application passes them in, with
 * the clock and the step's dates, and every reviewed document gets the same rule.
 */

/** A delegation as the approval authority weighs it. */
export interface StepDelegation {
  delegationId: string;
  unitCode: string;
  /** The section of a section head's step; null for the office's and the leader's. */
  sectionId: string | null;
  role: DecidingRole;
  /** Whom the substitute decides for: the holder of the role who is away. */
  delegatorUserId: string;
  substituteUserId: string;
  /** China calendar days, both included. */
  validFrom: string;
  validUntil: string;
  revoked: boolean;
}

/** What the application knows when a decision is asked of someone who may be a substitute. */
export interface SubstitutionFacts {
  /** The application clock's instant (ISO). */
  now: string;
  /** When the version was (re)submitted (ISO): the step is due `decisionDays` later, as the awaited items have it. */
  awaitedSince: string | null;
  decisionDays: number;
  escalationDays: number;
  /** The delegations naming the actor as substitute; any others are ignored. */
  delegations: readonly StepDelegation[];
}

/** A command deciding a step may carry the facts of a substitution; without them nobody decides as substitute. */
export interface WithSubstitution {
  substitution?: SubstitutionFacts;
}

/** Whether a delegation is for this step of something owned by `scope`, naming the actor. */
function delegationFits(delegation: StepDelegation, actor: Actor, step: SubmissionChainStep, scope: ReviewScope): boolean {
  return (
    delegation.substituteUserId === actor.userId &&
    delegation.unitCode === scope.unitCode &&
    delegation.role === step.role &&
    (!decidesInSection(step.role) || delegation.sectionId === scope.sectionId)
  );
}

/** Whether the delegation is in force on `today` (not revoked, within its days). */
export function delegationInForce(delegation: StepDelegation, today: string): boolean {
  return !delegation.revoked && delegation.validFrom <= today && today <= delegation.validUntil;
}

/** Days the step is overdue at the facts' instant; 0 when not overdue or never submitted. */
export function stepDaysOverdue(facts: Pick<SubstitutionFacts, 'now' | 'awaitedSince' | 'decisionDays'>): number {
  if (facts.awaitedSince === null) return 0;
  return dueAt(stepDueDate(facts.awaitedSince, facts.decisionDays), new Date(facts.now), 0).daysOverdue;
}

/** How a delegation bears on the actor deciding a step: none names them for it, one lets them now, or one names them but does not yet (or no longer) let them, and why. */
export type SubstitutionOutcome = { kind: 'NONE' } | { kind: 'SUBSTITUTE'; decided: DecidedAsSubstitute } | { kind: 'REFUSED'; message: string };

export function substitutionOutcome(actor: Actor, step: SubmissionChainStep, scope: ReviewScope, facts: SubstitutionFacts | undefined): SubstitutionOutcome {
  if (facts === undefined) return { kind: 'NONE' };
  const fitting = facts.delegations.filter((delegation) => delegationFits(delegation, actor, step, scope));
  if (fitting.length === 0) return { kind: 'NONE' };
  // Named when they could read the documents; the directory may have moved them since.
  if (hiddenFrom(actor, scope)) return { kind: 'REFUSED', message: messages.delegation.notInForce({ step: stepPhrase(step), why: messages.delegation.cannotReadNow }) };
  const today = todayAt(new Date(facts.now));
  const inForce = fitting.find((delegation) => delegationInForce(delegation, today));
  const what = stepPhrase(step);
  if (inForce === undefined) {
    const latest = fitting[fitting.length - 1]!;
    const why = latest.revoked ? messages.delegation.revoked : messages.delegation.outOfDays({ from: latest.validFrom, until: latest.validUntil, today });
    return { kind: 'REFUSED', message: messages.delegation.notInForce({ step: what, why }) };
  }
  const daysOverdue = stepDaysOverdue(facts);
  if (daysOverdue === 0 || daysOverdue < facts.escalationDays) {
    return { kind: 'REFUSED', message: messages.delegation.notOverdueEnough({ step: what, daysOverdue, escalationDays: facts.escalationDays }) };
  }
  return { kind: 'SUBSTITUTE', decided: { delegationId: inForce.delegationId, forUserId: inForce.delegatorUserId } };
}

/**
 * The delegation letting the actor decide `step` in the role holder's place, or null when no
 * delegation names them for it (the caller then refuses as for anyone without the role). A
 * delegation that names them but does not let them decide now is refused here, saying why:
 * revoked, outside its days, or the step not yet overdue by the escalation days.
 */
export function substituteFor(actor: Actor, step: SubmissionChainStep, scope: ReviewScope, facts: SubstitutionFacts | undefined): DecidedAsSubstitute | null {
  const outcome = substitutionOutcome(actor, step, scope, facts);
  if (outcome.kind === 'REFUSED') throw new DomainError('FORBIDDEN', outcome.message);
  return outcome.kind === 'SUBSTITUTE' ? outcome.decided : null;
}

/**
 * For whom the actor may decide the step a submission awaits now as substitute, or null — the
 * inbox offers by it (marked 代理) as it offers by mayDecideAwaitedStep, so nobody is shown what
 * they would be refused: separation of duties included.
 */
export function substituteForAwaitedStep(
  actor: Actor,
  review: Pick<Review, 'chain' | 'currentStepIndex' | 'submitters' | 'decisions'>,
  scope: ReviewScope,
  facts: SubstitutionFacts,
): DecidedAsSubstitute | null {
  const step = review.chain.steps[review.currentStepIndex];
  if (step === undefined) return null;
  const outcome = substitutionOutcome(actor, step, scope, facts);
  return outcome.kind === 'SUBSTITUTE' && dutyConflict(actor, review, step) === null ? outcome.decided : null;
}

/** The optional field of a decision's event: present only for a substitute's decision, so other events keep their shape. */
export function substituteField(asSubstitute: DecidedAsSubstitute | null): { asSubstitute?: DecidedAsSubstitute } {
  return asSubstitute === null ? {} : { asSubstitute };
}
