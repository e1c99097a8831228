import type { ActingUser } from '../common/actor.js';
import type { CalendarOverride } from './fiscal-calendar.js';

/**
 * The calendar of one fiscal year. Stream: fiscalCalendarStreamId(fiscalYear). `unitCode` null
 * sets the department's dates, a unit code that unit's own (overriding the department's);
 * `dates` holds only the fields set, the others stay as they were.
 */
export interface FiscalCalendarSet {
  type: 'FiscalCalendarSet';
  data: { fiscalYear: number; unitCode: string | null; dates: CalendarOverride; setBy: ActingUser };
}

export type FiscalCalendarEvent = FiscalCalendarSet;

export const fiscalCalendarEventTypes: ReadonlyArray<FiscalCalendarEvent['type']> = ['FiscalCalendarSet'];

export function fiscalCalendarStreamId(fiscalYear: number): string {
  return `fiscal-calendar-${fiscalYear}`;
}
