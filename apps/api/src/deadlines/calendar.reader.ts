import { Inject, Injectable } from '@nestjs/common';
import {
  calendarFor,
  fiscalCalendarDecider,
  fiscalCalendarStreamId,
  type CalendarDates,
  type FiscalCalendarEvent,
  type FiscalCalendarState,
} from '@app/domain';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '../storage/storage.tokens.js';

/**
 * A year's calendar, folded from its stream (one short stream per year, read as it is now: a
 * date just set is in force for the next question, without waiting for a view).
 */
@Injectable()
export class CalendarReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async state(fiscalYear: number): Promise<FiscalCalendarState> {
    const history = await this.store.readStream(fiscalCalendarStreamId(fiscalYear));
    return history.reduce((state, event) => fiscalCalendarDecider.evolve(state, event as unknown as FiscalCalendarEvent), fiscalCalendarDecider.initialState);
  }

  async datesFor(fiscalYear: number, unitCode: string | null): Promise<CalendarDates> {
    return calendarFor(fiscalYear, await this.state(fiscalYear), unitCode);
  }

  /** The dates of several units of a year, reading the stream once. */
  async datesByUnit(fiscalYear: number): Promise<(unitCode: string | null) => CalendarDates> {
    const state = await this.state(fiscalYear);
    return (unitCode) => calendarFor(fiscalYear, state, unitCode);
  }
}
