import { addDays, daysBetween, todayAt } from './fiscal-calendar.js';

/** OPEN: not yet near; DUE_SOON: within the reminder days (due today included); OVERDUE: its day has passed. */
export type DueStatus = 'OPEN' | 'DUE_SOON' | 'OVERDUE';

export interface Due {
  dueDate: string;
  status: DueStatus;
  /** Days left until the due date: 0 on the day, negative once overdue. */
  daysLeft: number;
  /** Days past the due date; 0 unless overdue. */
  daysOverdue: number;
}

/** Where a due date stands at an instant of the application clock, in China's calendar. */
export function dueAt(dueDate: string, now: Date, reminderDays: number): Due {
  const daysLeft = daysBetween(todayAt(now), dueDate);
  const status: DueStatus = daysLeft < 0 ? 'OVERDUE' : daysLeft <= reminderDays ? 'DUE_SOON' : 'OPEN';
  return { dueDate, status, daysLeft, daysOverdue: Math.max(0, -daysLeft) };
}

/** A step awaiting a decision is due `decisionDays` after the day it was (re)submitted. */
export function stepDueDate(submittedAt: string, decisionDays: number): string {
  return addDays(todayAt(new Date(submittedAt)), decisionDays);
}

/**
 * A step is given only a few days, so it is reminded of on its last day before the due date
 * rather than for the whole reminder window (which would remind at once of every submission).
 */
export function stepReminderDays(reminderDays: number): number {
  return Math.min(reminderDays, 1);
}

/** Whole days something has waited since an instant, by China's calendar. */
export function daysWaiting(since: string, now: Date): number {
  return Math.max(0, daysBetween(todayAt(new Date(since)), todayAt(now)));
}

/** More overdue first, then the nearest due date, then the rest in the order given. */
export function mostUrgentFirst<T extends { due: Due }>(a: T, b: T): number {
  return b.due.daysOverdue - a.due.daysOverdue || a.due.daysLeft - b.due.daysLeft;
}
