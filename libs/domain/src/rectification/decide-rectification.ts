import { hasRole, requireSignedIn } from '../approval/approval-authority.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { messages } from '../messages/messages.js';
import { rolesHeld } from '../common/actor-words.js';
import type { Decider } from '../common/decider.js';
import { DomainError } from '../common/domain-error.js';
import { requiredReason } from '../approval/decision-text.js';
import { requireReadableToActOn } from '../common/read-scope.js';
import { actingUser, type Actor } from '../common/actor.js';
import type {
  CloseRectification,
  ProposeRectifications,
  RecordAuditFinding,
  RectificationCommand,
  ReportRectified,
  ReturnRectification,
  StartRectification,
  AddRectificationEvidence,
} from './rectification.commands.js';
import type { RectificationEvent } from './rectification.events.js';
import type { RectificationItem, RectificationPlace, RectificationStatus } from './rectification.js';
import { evolveRectification, initialRectificationState, type ProjectRectifications, type RectificationState } from './rectification.state.js';

export function decideRectification(command: RectificationCommand, state: RectificationState): RectificationEvent[] {
  switch (command.type) {
    case 'ProposeRectifications':
      return proposeRectifications(command, state);
    case 'RecordAuditFinding':
      return recordAuditFinding(command, state);
    case 'StartRectification':
      return startRectification(command, state);
    case 'AddRectificationEvidence':
      return addRectificationEvidence(command, state);
    case 'ReportRectified':
      return reportRectified(command, state);
    case 'ReturnRectification':
      return returnRectification(command, state);
    case 'CloseRectification':
      return closeRectification(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown rectification command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

export const rectificationDecider: Decider<RectificationCommand, RectificationEvent, RectificationState> = {
  initialState: initialRectificationState,
  evolve: evolveRectification,
  decide: decideRectification,
  // The items of a project's year share a stream: work on one item is decided again after a write to another.
  decidedAgainOnConflict: () => true,
};

/** Proposals from an approved review, sent by the application (a system actor); those already made are skipped. */
function proposeRectifications(command: ProposeRectifications, state: RectificationState): RectificationEvent[] {
  if (!command.actor.userId.startsWith('system:')) throw new DomainError('FORBIDDEN', messages.rectification.proposedByTheApplication);
  const known = new Set(state.status === 'TRACKED' ? state.items.map((item) => item.itemId) : []);
  const place = state.status === 'TRACKED' ? state.place : command.place;
  return command.proposals
    .filter((proposal) => !known.has(proposal.itemId))
    .map((proposal) => ({
      type: 'RectificationProposed',
      data: { projectCode: command.projectCode, fiscalYear: command.fiscalYear, unitCode: place.unitCode, place, ...proposal, proposedBy: actingUser(command.actor) },
    }));
}

/** An auditor's finding: AUDITOR only, on a project with approved targets. */
function recordAuditFinding(command: RecordAuditFinding, state: RectificationState): RectificationEvent[] {
  const { actor } = command;
  requireSignedIn(actor);
  if (!actor.roles.includes('AUDITOR')) throw new DomainError('FORBIDDEN', messages.rectification.auditorOnly(rolesHeld(actor)));
  const place = state.status === 'TRACKED' ? state.place : command.place;
  if (place === null) throw new DomainError('NOT_FOUND', messages.rectification.noTargets({ projectCode: command.projectCode, fiscalYear: command.fiscalYear }));
  const finding = requiredReason(command.finding, 'finding', messages.rectification.findingExample);
  const measure = command.measure === undefined || command.measure === null ? null : requiredReason(command.measure, 'measure', messages.rectification.measureExample);
  const dueDate = requiredDate(command.dueDate, 'dueDate');
  const count = state.status === 'TRACKED' ? state.items.filter((item) => item.source.kind === 'AUDIT').length : 0;
  return [
    {
      type: 'RectificationProposed',
      data: {
        projectCode: command.projectCode,
        fiscalYear: command.fiscalYear,
        itemId: `AUDIT-${count + 1}`,
        unitCode: place.unitCode,
        place,
        source: { kind: 'AUDIT', version: null, indicatorIndex: null, finding },
        ownerSectionId: command.ownerSectionId ?? place.sectionId,
        measure,
        dueDate,
        proposedBy: actingUser(actor),
      },
    },
  ];
}

function startRectification(command: StartRectification, state: RectificationState): RectificationEvent[] {
  const { tracked, item } = workedItem(command, state, ['PENDING', 'IN_PROGRESS']);
  const key = keyOf(command, tracked);
  const measure = requiredReason(command.measure, 'measure', messages.rectification.measureExample);
  const dueDate = command.dueDate === undefined || command.dueDate === null ? item.dueDate : requiredDate(command.dueDate, 'dueDate');
  const ownerSectionId = command.ownerSectionId === undefined ? item.ownerSectionId : command.ownerSectionId;
  if (ownerSectionId !== item.ownerSectionId) requireUnitDecider(command.actor, tracked.place, messages.rectification.reassigning);
  return [{ type: 'RectificationStarted', data: { ...key, measure, ownerSectionId, dueDate, startedBy: actingUser(command.actor) } }];
}

function addRectificationEvidence(command: AddRectificationEvidence, state: RectificationState): RectificationEvent[] {
  const { tracked } = workedItem(command, state, ['PENDING', 'IN_PROGRESS', 'RECTIFIED']);
  const note = requiredReason(command.note, 'note', messages.rectification.evidenceExample);
  return [{ type: 'RectificationEvidenceAdded', data: { ...keyOf(command, tracked), note, addedBy: actingUser(command.actor) } }];
}

function reportRectified(command: ReportRectified, state: RectificationState): RectificationEvent[] {
  const { tracked } = workedItem(command, state, ['IN_PROGRESS']);
  const note = requiredReason(command.note, 'note', messages.rectification.evidenceExample);
  return [{ type: 'RectificationReported', data: { ...keyOf(command, tracked), note, reportedBy: actingUser(command.actor) } }];
}

function returnRectification(command: ReturnRectification, state: RectificationState): RectificationEvent[] {
  const { tracked, item } = closingItem(command, state);
  const reason = requiredReason(command.reason, 'reason', messages.rectification.returnExample);
  requireNotReporter(command.actor, item);
  return [{ type: 'RectificationReturned', data: { ...keyOf(command, tracked), reason, returnedBy: actingUser(command.actor) } }];
}

/** 销号: the unit's OFFICE or LEADER, never the person who reported it rectified. */
function closeRectification(command: CloseRectification, state: RectificationState): RectificationEvent[] {
  const { tracked, item } = closingItem(command, state);
  requireNotReporter(command.actor, item);
  const comment = command.comment === undefined || command.comment === null || command.comment.trim() === '' ? null : requiredReason(command.comment, 'comment', '');
  return [{ type: 'RectificationClosed', data: { ...keyOf(command, tracked), comment, closedBy: actingUser(command.actor) } }];
}

type ItemCommand = { projectCode: string; fiscalYear: number; itemId: string; actor: Actor };

function keyOf(command: ItemCommand, tracked: ProjectRectifications) {
  return { projectCode: command.projectCode, fiscalYear: command.fiscalYear, itemId: command.itemId, unitCode: tracked.place.unitCode };
}

function itemOf(command: ItemCommand, state: RectificationState): { tracked: ProjectRectifications; item: RectificationItem } {
  requireSignedIn(command.actor);
  const tracked = state.status === 'TRACKED' ? state : null;
  if (tracked !== null) requireReadableToActOn(command.actor, tracked.place, messages.rectification.noun);
  const item = tracked?.items.find((candidate) => candidate.itemId === command.itemId);
  if (tracked === null || item === undefined) {
    throw new DomainError('NOT_FOUND', messages.rectification.notFound({ projectCode: command.projectCode, fiscalYear: command.fiscalYear, itemId: command.itemId }));
  }
  return { tracked, item };
}

function requireStatus(item: RectificationItem, allowed: RectificationStatus[]): void {
  if (!allowed.includes(item.status)) {
    throw new DomainError('CONFLICT', messages.rectification.wrongStatus({ itemId: item.itemId, status: messages.rectification.statusLabels[item.status] }));
  }
}

/** Worked by the owner section's preparers and head, or by the unit's office or leader. */
function workedItem(command: ItemCommand, state: RectificationState, allowed: RectificationStatus[]) {
  const found = itemOf(command, state);
  const { actor } = command;
  const { place } = found.tracked;
  const owner = found.item.ownerSectionId;
  const inSection = actor.unitCode === place.unitCode && (hasRole(actor, 'PREPARER') || hasRole(actor, 'SECTION_HEAD')) && (owner === null || actor.sectionId === owner);
  if (!inSection && !isUnitDecider(actor, place)) {
    throw new DomainError('FORBIDDEN', messages.rectification.workerOnly({ unitCode: place.unitCode, sectionId: owner ?? '', rolesHeld: rolesHeld(actor) }));
  }
  requireStatus(found.item, allowed);
  return found;
}

function closingItem(command: ItemCommand, state: RectificationState) {
  const found = itemOf(command, state);
  requireUnitDecider(command.actor, found.tracked.place, messages.rectification.closing);
  requireStatus(found.item, ['RECTIFIED']);
  return found;
}

function isUnitDecider(actor: Actor, place: RectificationPlace): boolean {
  return actor.unitCode === place.unitCode && (hasRole(actor, 'OFFICE') || hasRole(actor, 'LEADER'));
}

function requireUnitDecider(actor: Actor, place: RectificationPlace, doing: string): void {
  if (!isUnitDecider(actor, place)) throw new DomainError('FORBIDDEN', messages.rectification.unitDeciderOnly({ doing, unitCode: place.unitCode, rolesHeld: rolesHeld(actor) }));
}

function requireNotReporter(actor: Actor, item: RectificationItem): void {
  if (item.rectifiedBy !== null && item.rectifiedBy.userId === actor.userId) throw new DomainError('FORBIDDEN', messages.rectification.separationOfDuties);
}

function requiredDate(value: unknown, field: string): string {
  if (parseCalendarDate(value) === null) throw DomainError.validation([{ field, message: messages.calendar.notADate(JSON.stringify(value ?? '')) }]);
  return value as string;
}
