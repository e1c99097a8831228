import { messages } from '../messages/messages.js';
import type { RectificationEvent } from '../rectification/rectification.events.js';
import { described, projectSubject, type AuditDescription } from './audit-description.js';

/**
 * A rectification item's life (docs/deadlines-and-rectification.md) in the trail's words: every
 * step under the kind RECTIFY, on the project's unit so that the unit's own people read it.
 */
export function describeRectificationEvent(event: RectificationEvent): AuditDescription {
  const words = messages.audit.rectification;
  const subject = projectSubject('RECTIFICATION', messages.rectification.noun, event.data, { unitCode: event.data.unitCode });
  const item = event.data.itemId;
  switch (event.type) {
    case 'RectificationProposed':
      return described('RECTIFY', words.proposedLabel, words.proposed({ item, finding: event.data.source.finding, source: messages.rectification.sourceLabels[event.data.source.kind], dueDate: event.data.dueDate }), subject);
    case 'RectificationStarted':
      return described('RECTIFY', words.startedLabel, words.started({ item, measure: event.data.measure, dueDate: event.data.dueDate }), subject);
    case 'RectificationEvidenceAdded':
      return described('RECTIFY', words.evidenceLabel, words.evidence({ item, note: event.data.note }), subject);
    case 'RectificationReported':
      return described('RECTIFY', words.reportedLabel, words.reported({ item, note: event.data.note }), subject);
    case 'RectificationReturned':
      return described('RECTIFY', words.returnedLabel, words.returned(item), subject, { reason: event.data.reason });
    case 'RectificationClosed':
      return described('RECTIFY', words.closedLabel, words.closed(item), subject, { reason: event.data.comment });
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown rectification event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
