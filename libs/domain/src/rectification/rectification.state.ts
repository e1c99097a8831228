import type { RectificationEvent } from './rectification.events.js';
import type { RectificationItem, RectificationPlace } from './rectification.js';

export type RectificationState = NoRectifications | ProjectRectifications;

export interface NoRectifications {
  status: 'NONE';
}

export interface ProjectRectifications {
  status: 'TRACKED';
  projectCode: string;
  fiscalYear: number;
  place: RectificationPlace;
  /** In the order proposed. */
  items: RectificationItem[];
}

export const initialRectificationState: RectificationState = { status: 'NONE' };

export function evolveRectification(state: RectificationState, event: RectificationEvent): RectificationState {
  switch (event.type) {
    case 'RectificationProposed': {
      const { projectCode, fiscalYear, itemId, place, source, ownerSectionId, measure, dueDate, proposedBy } = event.data;
      const tracked: ProjectRectifications = state.status === 'TRACKED' ? state : { status: 'TRACKED', projectCode, fiscalYear, place, items: [] };
      const item: RectificationItem = { itemId, source, ownerSectionId, measure, dueDate, status: 'PENDING', evidence: [], proposedBy, rectifiedBy: null, closedBy: null };
      return { ...tracked, items: [...tracked.items, item] };
    }
    case 'RectificationStarted': {
      const { measure, ownerSectionId, dueDate } = event.data;
      return withItem(state, event, (item) => ({ ...item, measure, ownerSectionId, dueDate, status: 'IN_PROGRESS' }));
    }
    case 'RectificationEvidenceAdded':
      return withItem(state, event, (item) => ({ ...item, evidence: [...item.evidence, { note: event.data.note, by: event.data.addedBy }] }));
    case 'RectificationReported':
      return withItem(state, event, (item) => ({
        ...item,
        status: 'RECTIFIED',
        rectifiedBy: event.data.reportedBy,
        evidence: [...item.evidence, { note: event.data.note, by: event.data.reportedBy }],
      }));
    case 'RectificationReturned':
      return withItem(state, event, (item) => ({ ...item, status: 'IN_PROGRESS', rectifiedBy: null }));
    case 'RectificationClosed':
      return withItem(state, event, (item) => ({ ...item, status: 'CLOSED', closedBy: event.data.closedBy }));
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown rectification event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

function withItem(state: RectificationState, event: RectificationEvent, change: (item: RectificationItem) => RectificationItem): RectificationState {
  const itemId = event.data.itemId;
  if (state.status !== 'TRACKED' || !state.items.some((item) => item.itemId === itemId)) {
    throw new Error(`${event.type} of ${itemId} cannot come before its RectificationProposed: the stream was not written by this decider`);
  }
  return { ...state, items: state.items.map((item) => (item.itemId === itemId ? change(item) : item)) };
}
