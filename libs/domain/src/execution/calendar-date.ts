/**
 * Calendar dates (YYYY-MM-DD) of the fiscal year, as payments are dated and plans are set.
 * Day arithmetic goes through UTC midnights, so it never meets a daylight-saving shift.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 24 * 60 * 60 * 1000;
/** China Standard Time is UTC+8 all year (no daylight saving). */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The date a text names, or null when it is not a real date written YYYY-MM-DD. */
export function parseCalendarDate(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const match = datePattern.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return { year, month, day };
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days from 1 January of `fiscalYear` to the end of `date`: 1 for 1 January, 365 or 366 for 31 December; ≤ 0 before the year. */
export function daysElapsedThrough(fiscalYear: number, date: CalendarDate): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(fiscalYear, 0, 1)) / msPerDay + 1;
}

/** The calendar date (YYYY-MM-DD) in China at an instant: an execution report is dated where the department is. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + chinaOffsetMs).toISOString().slice(0, 10);
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
