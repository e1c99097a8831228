import type { FiscalCalendarEvent } from '../calendar/fiscal-calendar.events.js';
import { messages } from '../messages/messages.js';
import { described, otherSubject, type AuditDescription } from './audit-description.js';

/** A year's calendar set (docs/deadlines-and-rectification.md): which dates and day counts, for the department or one unit. */
export function describeCalendarEvent(event: FiscalCalendarEvent): AuditDescription {
  switch (event.type) {
    case 'FiscalCalendarSet': {
      const { fiscalYear, unitCode, dates } = event.data;
      const words = messages.audit.calendar;
      const set = Object.entries(dates)
        .filter(([, value]) => value !== undefined)
        .map(([field, value]) => words.field({ label: words.fieldLabels[field as keyof typeof words.fieldLabels] ?? field, value: String(value) }))
        .join(messages.audit.listSeparator);
      const subject = otherSubject('CALENDAR', words.subject({ fiscalYear, unitCode }), { unitCode });
      return described('CONFIGURE', words.label, words.summary({ fiscalYear, set }), subject);
    }
    default: {
      const unknownEvent: never = event.type;
      throw new Error(`Unknown calendar event type ${String(unknownEvent)}`);
    }
  }
}
