import { hasRole, requireSignedIn } from '../approval/approval-authority.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { messages } from '../messages/messages.js';
import { rolesHeld } from '../common/actor-words.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { actingUser } from '../common/actor.js';
import type { SetFiscalCalendar } from './fiscal-calendar.commands.js';
import { calendarDateFields, calendarDayCountFields, type CalendarOverride } from './fiscal-calendar.js';
import { calendarFor } from './fiscal-calendar.state.js';
import type { FiscalCalendarEvent } from './fiscal-calendar.events.js';
import type { FiscalCalendarState } from './fiscal-calendar.state.js';

/** The earliest and latest a date may be, by field, relative to the fiscal year. */
function dateRange(field: (typeof calendarDateFields)[number], fiscalYear: number): { from: string; to: string } {
  switch (field) {
    case 'targetTablesDue':
      // Filed with the budget: from the autumn before the year to its end at the latest.
      return { from: `${fiscalYear - 1}-01-01`, to: `${fiscalYear}-12-31` };
    case 'midtermCheckpoint':
      // As openMidtermReview: a day of the year before December.
      return { from: `${fiscalYear}-01-01`, to: `${fiscalYear}-11-30` };
    case 'midtermDue':
      return { from: `${fiscalYear}-01-01`, to: `${fiscalYear}-12-31` };
    case 'finalEvaluationDue':
      return { from: `${fiscalYear + 1}-01-01`, to: `${fiscalYear + 1}-12-31` };
  }
}

const dayCountRange = { decisionDays: { min: 1, max: 60 }, reminderDays: { min: 0, max: 60 }, escalationDays: { min: 0, max: 60 } } as const;

/**
 * Sets dates of a year's calendar: the department's (ADMIN) or a unit's own (ADMIN, or the unit's
 * OFFICE). Dates left out keep their value; setting what is already in force changes nothing.
 */
export function setFiscalCalendar(command: SetFiscalCalendar, state: FiscalCalendarState): FiscalCalendarEvent[] {
  const { actor, fiscalYear, unitCode } = command;
  requireSignedIn(actor);
  const admin = hasRole(actor, 'ADMIN');
  const ownOffice = unitCode !== null && hasRole(actor, 'OFFICE') && actor.unitCode === unitCode;
  if (!admin && !ownOffice) {
    throw new DomainError('FORBIDDEN', messages.calendar.forbidden({ unitCode, rolesHeld: rolesHeld(actor) }));
  }
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) {
    throw DomainError.validation([{ field: 'fiscalYear', message: messages.calendar.notAYear(String(fiscalYear)) }]);
  }
  const problems: FieldProblem[] = [];
  const dates: CalendarOverride = {};
  for (const field of calendarDateFields) {
    const given = command.dates[field];
    if (given === undefined || given === null) continue;
    const range = dateRange(field, fiscalYear);
    if (parseCalendarDate(given) === null) problems.push({ field: `dates.${field}`, message: messages.calendar.notADate(JSON.stringify(given)) });
    else if (given < range.from || given > range.to) problems.push({ field: `dates.${field}`, message: messages.calendar.outOfRange({ given, ...range }) });
    else dates[field] = given;
  }
  for (const field of calendarDayCountFields) {
    const given = command.dates[field];
    if (given === undefined || given === null) continue;
    const { min, max } = dayCountRange[field];
    if (!Number.isInteger(given) || given < min || given > max) problems.push({ field: `dates.${field}`, message: messages.calendar.dayCount({ given: String(given), min, max }) });
    else dates[field] = given;
  }
  if (problems.length === 0 && Object.keys(dates).length === 0) problems.push({ field: 'dates', message: messages.calendar.nothingGiven });
  if (problems.length > 0) throw DomainError.validation(problems);

  const before = calendarFor(fiscalYear, state, unitCode);
  const after = { ...before, ...dates };
  if (after.midtermDue < after.midtermCheckpoint) {
    throw DomainError.validation([{ field: 'dates.midtermDue', message: messages.calendar.dueBeforeCheckpoint({ midtermDue: after.midtermDue, midtermCheckpoint: after.midtermCheckpoint }) }]);
  }
  const own = unitCode === null ? state.department : (state.units[unitCode] ?? {});
  const changed = Object.fromEntries(Object.entries(dates).filter(([field, value]) => own[field as keyof CalendarOverride] !== value)) as CalendarOverride;
  if (Object.keys(changed).length === 0) return [];
  return [{ type: 'FiscalCalendarSet', data: { fiscalYear, unitCode, dates: changed, setBy: actingUser(actor) } }];
}
