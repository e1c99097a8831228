import { messages } from '../messages/messages.js';
import type { FindingAcceptanceEvent } from '../review-assistant/finding-acceptance.js';
import { described, projectSubject, type AuditDescription } from './audit-description.js';

/** A review finding accepted as is (保留原样), in the trail's words: the cell, what the assistant said, and the reviewer's reason. */
export function describeFindingAcceptanceEvent(event: FindingAcceptanceEvent): AuditDescription {
  switch (event.type) {
    case 'ReviewFindingAccepted': {
      const { unitCode, code, field, message, reason } = event.data;
      const subject = projectSubject('TARGET_TABLE', messages.audit.subject.targetTable, event.data, { unitCode });
      return described('OTHER', messages.review.auditLabel, messages.review.auditSummary({ code, field, message }), subject, { reason });
    }
    default: {
      const unknownEvent: never = event.type;
      throw new Error(`Unknown finding acceptance event type ${String(unknownEvent)}`);
    }
  }
}
