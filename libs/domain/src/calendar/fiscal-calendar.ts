import { chinaDateOf, formatCalendarDate, parseCalendarDate } from '../execution/calendar-date.js';

/**
 * The dates of a fiscal year's work (docs/deadlines-and-rectification.md): when target tables are
 * due, the mid-term checkpoint and the review's due date, the final evaluation's due date, how many
 * days a step of an approval chain may wait for its decision, and how many days before a due date
 * a reminder goes out. Dates are calendar days in China (YYYY-MM-DD); a date is due through its
 * whole day and overdue from the next.
 */
export interface CalendarDates {
  targetTablesDue: string;
  midtermCheckpoint: string;
  midtermDue: string;
  finalEvaluationDue: string;
  decisionDays: number;
  reminderDays: number;
  /** Days a step may be overdue before it is shown to the next level (escalation). */
  escalationDays: number;
}

export type CalendarField = keyof CalendarDates;

export const calendarDateFields = ['targetTablesDue', 'midtermCheckpoint', 'midtermDue', 'finalEvaluationDue'] as const;
export const calendarDayCountFields = ['decisionDays', 'reminderDays', 'escalationDays'] as const;

/**
 * Without a calendar set for the year: targets are filed with the budget, approved by the county's
 * people's congress early in the year (31 January); the mid-term review is on data to 31 July
 * (as openMidtermReview's default) and due a month later; the self-evaluation is due by the end
 * of March of the next year; a step waits 5 days; reminders 7 days ahead; a step 3 days
 * overdue is shown to the next level.
 */
export function defaultCalendarDates(fiscalYear: number): CalendarDates {
  return {
    targetTablesDue: `${fiscalYear}-01-31`,
    midtermCheckpoint: `${fiscalYear}-07-31`,
    midtermDue: `${fiscalYear}-08-31`,
    finalEvaluationDue: `${fiscalYear + 1}-03-31`,
    decisionDays: 5,
    reminderDays: 7,
    escalationDays: 3,
  };
}

/** The dates a calendar event or command sets: any of the fields, the others left as they are. */
export type CalendarOverride = Partial<CalendarDates>;

const msPerDay = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  const parsed = parseCalendarDate(date);
  if (parsed === null) throw new Error(`${JSON.stringify(date)} is not a calendar date`);
  return Date.UTC(parsed.year, parsed.month - 1, parsed.day) / msPerDay;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): 1 from a day to the next, negative backwards. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: string, days: number): string {
  const day = new Date((dayNumber(date) + days) * msPerDay);
  return formatCalendarDate({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
}

/** Today in China at the application clock's instant. */
export function todayAt(now: Date): string {
  return chinaDateOf(now);
}
