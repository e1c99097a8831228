import { requireSignedIn, hasRole } from '../approval/approval-authority.js';
import { reasonProblem, requiredReason } from '../approval/decision-text.js';
import { decidesInSection } from '../approval/may-decide.js';
import { decidingRoles, type DecidingRole } from '../approval/submission-chain.js';
import { actingUser, type Actor } from '../common/actor.js';
import { commandsOfType, type Decider } from '../common/decider.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { mayReadTargetTable, targetTableReadScope } from '../common/read-scope.js';
import { messages } from '../messages/messages.js';
import type { DelegationCommand, GrantDelegation, PersonInDirectory, RevokeDelegation } from './delegation.commands.js';
import { evolveDelegations, initialDelegationState, type DelegationEvent, type DelegationState } from './delegation.js';

export function decideDelegation(command: DelegationCommand, state: DelegationState): DelegationEvent[] {
  switch (command.type) {
    case 'GrantDelegation':
      return grantDelegation(command, state);
    case 'RevokeDelegation':
      return revokeDelegation(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown delegation command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

export const delegationDecider: Decider<DelegationCommand, DelegationEvent, DelegationState> = {
  initialState: initialDelegationState,
  evolve: evolveDelegations,
  decide: decideDelegation,
  // A grant numbers itself after whatever another one wrote; a revocation checks the state it finds.
  decidedAgainOnConflict: commandsOfType<DelegationCommand>('GrantDelegation', 'RevokeDelegation'),
};

/**
 * Who names and revokes substitutes: the unit's OFFICE or LEADER — the office runs the unit's
 * approvals, the leader answers for them; the leader's own step only by the LEADER, so the
 * office cannot hand the leader's decision to someone else. Nobody names themselves.
 */
function requireGranter(actor: Actor | undefined, unitCode: string, role: DecidingRole, doing: string): asserts actor is Actor {
  requireSignedIn(actor);
  const allowed = role === 'LEADER' ? hasRole(actor, 'LEADER') : hasRole(actor, 'OFFICE') || hasRole(actor, 'LEADER');
  if (!allowed || actor.unitCode !== unitCode) {
    throw new DomainError('FORBIDDEN', messages.delegation.granterNeeded({ doing, unitCode, role }));
  }
}

function grantDelegation(command: GrantDelegation, state: DelegationState): DelegationEvent[] {
  const { actor, unitCode } = command;
  requireSignedIn(actor);
  if (!(decidingRoles as readonly string[]).includes(command.role)) {
    // Refuse an outsider before telling them what is wrong with the input.
    requireGranter(actor, unitCode, 'OFFICE', messages.delegation.naming(command.role));
    throw DomainError.validation([{ field: 'role', message: messages.delegation.notADecidingRole(command.role) }]);
  }
  const role = command.role as DecidingRole;
  requireGranter(actor, unitCode, role, messages.delegation.naming(role));
  const sectionId = decidesInSection(role) ? (command.sectionId ?? null) : null;
  const problems: FieldProblem[] = [];
  if (decidesInSection(role) && (sectionId === null || sectionId.trim() === '')) problems.push({ field: 'sectionId', message: messages.delegation.sectionNeeded });
  const from = dateProblem(command.validFrom, 'validFrom', problems);
  const until = dateProblem(command.validUntil, 'validUntil', problems);
  if (from && until && command.validUntil < command.validFrom) problems.push({ field: 'validUntil', message: messages.delegation.untilBeforeFrom({ from: command.validFrom, until: command.validUntil }) });
  const { delegator, substitute } = command.people;
  personProblem(delegator, command.delegatorUserId, 'delegatorUserId', unitCode, problems);
  if (delegator !== null && delegator.active && delegator.unitCode === unitCode && !holdsRole(delegator, role, sectionId)) {
    const place = sectionId === null ? messages.actor.unit(unitCode) : messages.actor.place(unitCode, sectionId);
    problems.push({ field: 'delegatorUserId', message: messages.delegation.delegatorLacksRole({ userId: command.delegatorUserId, role, place }) });
  }
  personProblem(substitute, command.substituteUserId, 'substituteUserId', unitCode, problems);
  if (substitute !== null && substitute.active && substitute.unitCode === unitCode && !readsWhatRoleDecides(substitute, unitCode, role, sectionId)) {
    const readers = sectionId === null ? messages.delegation.unitReaders(unitCode) : messages.delegation.sectionReaders({ unitCode, sectionId });
    problems.push({ field: 'substituteUserId', message: messages.delegation.substituteCannotRead({ userId: command.substituteUserId, readers }) });
  }
  if (command.substituteUserId === command.delegatorUserId) problems.push({ field: 'substituteUserId', message: messages.delegation.sameAsDelegator });
  else if (command.substituteUserId === actor.userId) problems.push({ field: 'substituteUserId', message: messages.delegation.notYourself });
  const reasonIssue = reasonProblem(command.reason, 'reason', messages.delegation.reasonExample);
  if (reasonIssue !== null) problems.push(reasonIssue);
  if (problems.length > 0) throw DomainError.validation(problems);
  const reason = command.reason;
  const delegationId = `${unitCode}-D${state.delegations.length + 1}`;
  return [
    {
      type: 'DelegationGranted',
      data: {
        delegationId,
        unitCode,
        sectionId,
        role,
        delegatorUserId: command.delegatorUserId,
        substituteUserId: command.substituteUserId,
        validFrom: command.validFrom,
        validUntil: command.validUntil,
        reason,
        grantedBy: actingUser(actor),
      },
    },
  ];
}

function revokeDelegation(command: RevokeDelegation, state: DelegationState): DelegationEvent[] {
  const { actor, unitCode, delegationId } = command;
  requireSignedIn(actor);
  const delegation = state.delegations.find((candidate) => candidate.delegationId === delegationId);
  // Whoever may not name substitutes in the unit hears nothing of its delegations, not even whether one exists.
  requireGranter(actor, unitCode, delegation?.role ?? 'OFFICE', messages.delegation.revoking);
  if (delegation === undefined) throw new DomainError('NOT_FOUND', messages.delegation.notFound({ delegationId, unitCode }));
  if (delegation.revoked) throw new DomainError('CONFLICT', messages.delegation.alreadyRevoked(delegationId));
  const reason = requiredReason(command.reason, 'reason', messages.delegation.reasonExample);
  return [{ type: 'DelegationRevoked', data: { delegationId, unitCode, reason, revokedBy: actingUser(actor) } }];
}

function dateProblem(value: unknown, field: string, problems: FieldProblem[]): boolean {
  if (typeof value === 'string' && parseCalendarDate(value) !== null) return true;
  problems.push({ field, message: messages.delegation.badDate(String(value)) });
  return false;
}

function personProblem(person: PersonInDirectory | null, userId: string, field: string, unitCode: string, problems: FieldProblem[]): void {
  if (person === null || !person.active) problems.push({ field, message: messages.delegation.noSuchPerson(userId) });
  else if (person.unitCode !== unitCode) problems.push({ field, message: messages.delegation.notInUnit({ userId, unitCode }) });
}

/**
 * A substitute decides only what they may read (docs/domain-rules.md, who may read): a section
 * head's step, the section's documents; the office's or the leader's, every document of the unit.
 */
function readsWhatRoleDecides(person: PersonInDirectory, unitCode: string, role: DecidingRole, sectionId: string | null): boolean {
  const scope = targetTableReadScope(person);
  return decidesInSection(role) ? mayReadTargetTable(scope, { unitCode, sectionId }) : scope.everything || scope.units.includes(unitCode);
}

function holdsRole(person: PersonInDirectory, role: DecidingRole, sectionId: string | null): boolean {
  return person.roles.includes(role) && (!decidesInSection(role) || person.sectionId === sectionId);
}
