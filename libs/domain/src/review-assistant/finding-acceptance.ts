import { messages } from '../messages/messages.js';
import type { Decider } from '../common/decider.js';
import { DomainError } from '../common/domain-error.js';
import { textLimits } from '../common/limits.js';
import { textProblem } from '../common/text-input.js';
import { requireReadableToActOn, type TargetTablePlace } from '../common/read-scope.js';
import { actingUser, type ActingUser, type Actor } from '../common/actor.js';
import type { ReviewCode } from './review-codes.js';

/**
 * A reviewer's "accepted as is" (保留原样) on a finding of the review assistant: its own small
 * aggregate, one stream per table and year (findingAcceptanceStreamId), so that accepting
 * touches neither the table's stream nor its workflow (docs/review-assistant.md, "Accepting a
 * finding"). The event keeps the finding's code, cell and message as they were, and the reason:
 * an auditor reads in the audit trail what was accepted, by whom and why.
 */

export function findingAcceptanceStreamId(fiscalYear: number, projectCode: string): string {
  return `review-finding-acceptance-${fiscalYear}-${projectCode}`;
}

export interface ReviewFindingAccepted {
  type: 'ReviewFindingAccepted';
  data: {
    projectCode: string;
    fiscalYear: number;
    unitCode: string;
    /** findingKey of the finding: code, cell and the other table where there is one. */
    key: string;
    code: ReviewCode;
    field: string;
    /** The finding's message when it was accepted. */
    message: string;
    reason: string;
    acceptedBy: ActingUser;
  };
}

export type FindingAcceptanceEvent = ReviewFindingAccepted;
export const findingAcceptanceEventTypes = ['ReviewFindingAccepted'] as const satisfies ReadonlyArray<FindingAcceptanceEvent['type']>;

export interface AcceptReviewFinding {
  type: 'AcceptReviewFinding';
  projectCode: string;
  fiscalYear: number;
  /** Where the table stands, from the view: whom it may be shown to and whose reviewers decide. */
  place: TargetTablePlace;
  key: string;
  reason: string;
  /** The findings the assistant gives on the table now (computed by the caller from its current content). */
  current: ReadonlyArray<{ key: string; code: ReviewCode; field: string; message: string }>;
  actor: Actor;
}

export type FindingAcceptanceCommand = AcceptReviewFinding;

export interface FindingAcceptanceState {
  accepted: Readonly<Record<string, { reason: string; acceptedBy: ActingUser }>>;
}

export const initialFindingAcceptanceState: FindingAcceptanceState = { accepted: {} };

/** The reviewers of a table (docs/workflow.md): its unit's section head, office and leader; an administrator anywhere. */
const acceptingRoles = ['SECTION_HEAD', 'OFFICE', 'LEADER'];

export function acceptReviewFinding(command: AcceptReviewFinding, state: FindingAcceptanceState): ReviewFindingAccepted[] {
  const { actor, place, projectCode, fiscalYear, key } = command;
  const words = messages.review;
  requireReadableToActOn(actor, place, messages.targetTable.subject({ projectCode, fiscalYear }));
  const mayAccept = actor.roles.includes('ADMIN') || (actor.unitCode === place.unitCode && acceptingRoles.some((role) => actor.roles.includes(role)));
  if (!mayAccept) throw new DomainError('FORBIDDEN', words.acceptForbidden);
  const reason = command.reason.trim();
  const problem = reason === '' ? { field: 'reason', message: words.acceptReasonMissing } : textProblem(command.reason, 'reason', textLimits.decisionText);
  if (problem !== null) throw DomainError.validation([problem]);
  const finding = command.current.find((candidate) => candidate.key === key);
  if (finding === undefined) throw DomainError.validation([{ field: 'key', message: words.findingUnknown({ key }) }]);
  if (state.accepted[key] !== undefined) throw new DomainError('CONFLICT', words.alreadyAccepted({ key }));
  return [
    {
      type: 'ReviewFindingAccepted',
      data: { projectCode, fiscalYear, unitCode: place.unitCode, key, code: finding.code, field: finding.field, message: finding.message, reason: command.reason, acceptedBy: actingUser(actor) },
    },
  ];
}

export function evolveFindingAcceptance(state: FindingAcceptanceState, event: FindingAcceptanceEvent): FindingAcceptanceState {
  switch (event.type) {
    case 'ReviewFindingAccepted':
      return { accepted: { ...state.accepted, [event.data.key]: { reason: event.data.reason, acceptedBy: event.data.acceptedBy } } };
    default: {
      const unknownEvent: never = event.type;
      throw new Error(`Unknown finding acceptance event ${String(unknownEvent)}`);
    }
  }
}

export const findingAcceptanceDecider: Decider<FindingAcceptanceCommand, FindingAcceptanceEvent, FindingAcceptanceState> = {
  initialState: initialFindingAcceptanceState,
  evolve: evolveFindingAcceptance,
  decide: (command, state) => {
    switch (command.type) {
      case 'AcceptReviewFinding':
        return acceptReviewFinding(command, state);
      default: {
        const unknownCommand: never = command.type;
        throw new Error(`Unknown finding acceptance command ${String(unknownCommand)}`);
      }
    }
  },
};
