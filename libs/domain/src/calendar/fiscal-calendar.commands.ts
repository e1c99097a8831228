import type { Actor } from '../common/actor.js';

/** Dates as a person types them; numbers of days as integers. Fields left out keep their value. */
export interface CalendarDatesInput {
  targetTablesDue?: string | null;
  midtermCheckpoint?: string | null;
  midtermDue?: string | null;
  finalEvaluationDue?: string | null;
  decisionDays?: number | null;
  reminderDays?: number | null;
  escalationDays?: number | null;
}

export interface SetFiscalCalendar {
  type: 'SetFiscalCalendar';
  fiscalYear: number;
  /** Null: the department's calendar (ADMIN); a unit: its own dates (ADMIN, or that unit's OFFICE). */
  unitCode: string | null;
  dates: CalendarDatesInput;
  actor: Actor;
}

export type FiscalCalendarCommand = SetFiscalCalendar;
