import type { Decider } from '../common/decider.js';
import type { FiscalCalendarCommand } from './fiscal-calendar.commands.js';
import type { FiscalCalendarEvent } from './fiscal-calendar.events.js';
import { evolveFiscalCalendar, initialFiscalCalendarState, type FiscalCalendarState } from './fiscal-calendar.state.js';
import { setFiscalCalendar } from './set-fiscal-calendar.js';

export function decideFiscalCalendar(command: FiscalCalendarCommand, state: FiscalCalendarState): FiscalCalendarEvent[] {
  switch (command.type) {
    case 'SetFiscalCalendar':
      return setFiscalCalendar(command, state);
    default: {
      const unknownCommand: never = command.type;
      throw new Error(`Unknown fiscal calendar command ${String(unknownCommand)}`);
    }
  }
}

export const fiscalCalendarDecider: Decider<FiscalCalendarCommand, FiscalCalendarEvent, FiscalCalendarState> = {
  initialState: initialFiscalCalendarState,
  evolve: evolveFiscalCalendar,
  decide: decideFiscalCalendar,
  // Dates set by two people at once: each sets its own fields, so the later is decided again on the other's.
  decidedAgainOnConflict: () => true,
};
