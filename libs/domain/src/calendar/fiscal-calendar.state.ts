import { defaultCalendarDates, type CalendarDates, type CalendarOverride } from './fiscal-calendar.js';
import type { FiscalCalendarEvent } from './fiscal-calendar.events.js';

/** What has been set for a year: the department's dates and each unit's own. */
export interface FiscalCalendarState {
  department: CalendarOverride;
  units: Record<string, CalendarOverride>;
}

export const initialFiscalCalendarState: FiscalCalendarState = { department: {}, units: {} };

export function evolveFiscalCalendar(state: FiscalCalendarState, event: FiscalCalendarEvent): FiscalCalendarState {
  switch (event.type) {
    case 'FiscalCalendarSet': {
      const { unitCode, dates } = event.data;
      if (unitCode === null) return { ...state, department: { ...state.department, ...dates } };
      return { ...state, units: { ...state.units, [unitCode]: { ...state.units[unitCode], ...dates } } };
    }
    default: {
      const unknownEvent: never = event.type;
      throw new Error(`Unknown fiscal calendar event type ${String(unknownEvent)}`);
    }
  }
}

/** The dates in force for a unit (or the department, null): the defaults, then the department's, then the unit's own. */
export function calendarFor(fiscalYear: number, state: FiscalCalendarState, unitCode: string | null): CalendarDates {
  const unit = unitCode === null ? {} : (state.units[unitCode] ?? {});
  return { ...defaultCalendarDates(fiscalYear), ...state.department, ...unit };
}
