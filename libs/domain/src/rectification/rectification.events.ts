import type { ActingUser } from '../common/actor.js';
import type { RectificationPlace, RectificationSource } from './rectification.js';

/**
 * Rectifications (整改) of one project's year. Stream: rectificationStreamId(fiscalYear,
 * projectCode). The first event copies the project's place; items are told apart by itemId.
 */
export interface RectificationKey {
  projectCode: string;
  fiscalYear: number;
  itemId: string;
  /** The project's unit, so that the audit trail scopes every event to it. */
  unitCode: string;
}

export interface RectificationProposed {
  type: 'RectificationProposed';
  data: RectificationKey & {
    place: RectificationPlace;
    source: RectificationSource;
    ownerSectionId: string | null;
    measure: string | null;
    dueDate: string;
    proposedBy: ActingUser;
  };
}

/** 整改中: the measure, owner and due date as planned (again). */
export interface RectificationStarted {
  type: 'RectificationStarted';
  data: RectificationKey & { measure: string; ownerSectionId: string | null; dueDate: string; startedBy: ActingUser };
}

export interface RectificationEvidenceAdded {
  type: 'RectificationEvidenceAdded';
  data: RectificationKey & { note: string; addedBy: ActingUser };
}

/** 已整改: the owner says it is done. */
export interface RectificationReported {
  type: 'RectificationReported';
  data: RectificationKey & { note: string; reportedBy: ActingUser };
}

/** Not accepted by the office or leader: back to 整改中 with the reason. */
export interface RectificationReturned {
  type: 'RectificationReturned';
  data: RectificationKey & { reason: string; returnedBy: ActingUser };
}

/** 已销号. */
export interface RectificationClosed {
  type: 'RectificationClosed';
  data: RectificationKey & { comment: string | null; closedBy: ActingUser };
}

export type RectificationEvent =
  | RectificationProposed
  | RectificationStarted
  | RectificationEvidenceAdded
  | RectificationReported
  | RectificationReturned
  | RectificationClosed;

export const rectificationEventTypes: ReadonlyArray<RectificationEvent['type']> = [
  'RectificationProposed',
  'RectificationStarted',
  'RectificationEvidenceAdded',
  'RectificationReported',
  'RectificationReturned',
  'RectificationClosed',
];

export function rectificationStreamId(fiscalYear: number, projectCode: string): string {
  return `rectification-${fiscalYear}-${projectCode}`;
}
