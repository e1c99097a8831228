import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import type { Actor } from '../common/actor.js';
import { daysWaiting, dueAt, mostUrgentFirst, stepDueDate } from './due-status.js';
import { defaultCalendarDates } from './fiscal-calendar.js';
import { fiscalCalendarDecider } from './fiscal-calendar.decider.js';
import type { FiscalCalendarEvent } from './fiscal-calendar.events.js';
import { calendarFor, initialFiscalCalendarState } from './fiscal-calendar.state.js';

const given = scenario(fiscalCalendarDecider);
const admin = { userId: 'zhou', roles: ['ADMIN'], unitCode: null, sectionId: null };
const office = { userId: 'chen', roles: ['OFFICE'], unitCode: '323001', sectionId: null };
const leader = { userId: 'liu', roles: ['LEADER'], unitCode: '323001', sectionId: null };
const set = (actor: Actor, unitCode: string | null, dates: object) => ({ type: 'SetFiscalCalendar', fiscalYear: 2023, unitCode, dates, actor }) as const;
const departmentSet: FiscalCalendarEvent = {
  type: 'FiscalCalendarSet',
  data: { fiscalYear: 2023, unitCode: null, dates: { midtermDue: '2023-08-20' }, setBy: { userId: 'zhou', unitCode: null, sectionId: null } },
};

describe('SetFiscalCalendar', () => {
  it('lets an administrator set the department’s dates, keeping only the fields given', () => {
    given([]).when(set(admin, null, { midtermDue: '2023-08-20', decisionDays: null })).then([departmentSet]);
  });

  it('lets a unit’s office set its own unit’s dates over the department’s', () => {
    const [event] = given([departmentSet]).when(set(office, '323001', { midtermDue: '2023-08-25', reminderDays: 3 })).thenEventTypes(['FiscalCalendarSet']);
    const state = [departmentSet, event!].reduce(fiscalCalendarDecider.evolve, initialFiscalCalendarState);
    expect(calendarFor(2023, state, '323001')).toEqual({ ...defaultCalendarDates(2023), midtermDue: '2023-08-25', reminderDays: 3 });
    expect(calendarFor(2023, state, '323003')).toEqual({ ...defaultCalendarDates(2023), midtermDue: '2023-08-20' });
  });

  it('refuses an office the department’s calendar and another unit’s, and a leader any', () => {
    given([]).when(set(office, null, { midtermDue: '2023-08-25' })).thenThrows('FORBIDDEN');
    given([]).when(set(office, '323003', { midtermDue: '2023-08-25' })).thenThrows('FORBIDDEN');
    given([]).when(set(leader, '323001', { midtermDue: '2023-08-25' })).thenThrows('FORBIDDEN');
  });

  it('refuses dates that are not dates or lie outside the year, with the field', () => {
    given([]).when(set(admin, null, { targetTablesDue: '2023-02-30' })).thenThrows('VALIDATION', 'dates.targetTablesDue');
    given([]).when(set(admin, null, { finalEvaluationDue: '2023-12-31' })).thenThrows('VALIDATION', 'dates.finalEvaluationDue');
    given([]).when(set(admin, null, { midtermCheckpoint: '2023-12-15' })).thenThrows('VALIDATION', 'dates.midtermCheckpoint');
    given([]).when(set(admin, null, { decisionDays: 0 })).thenThrows('VALIDATION', 'dates.decisionDays');
    given([]).when(set(admin, null, { escalationDays: 61 })).thenThrows('VALIDATION', 'dates.escalationDays');
    given([]).when(set(admin, null, {})).thenThrows('VALIDATION', 'dates');
  });

  it('refuses a mid-term due date before the checkpoint in force', () => {
    given([]).when(set(admin, null, { midtermDue: '2023-07-30' })).thenThrows('VALIDATION', 'dates.midtermDue');
  });

  it('changes nothing when the dates are already set', () => {
    given([departmentSet]).when(set(admin, null, { midtermDue: '2023-08-20' })).then([]);
  });
});

describe('due dates', () => {
  // 2023-08-31T16:00Z is midnight of 1 September in China.
  it('is due soon within the reminder days, on its day included, and overdue from the next day in China', () => {
    expect(dueAt('2023-08-31', new Date('2023-08-20T00:00:00Z'), 7)).toEqual({ dueDate: '2023-08-31', status: 'OPEN', daysLeft: 11, daysOverdue: 0 });
    expect(dueAt('2023-08-31', new Date('2023-08-24T00:00:00Z'), 7).status).toBe('DUE_SOON');
    expect(dueAt('2023-08-31', new Date('2023-08-31T15:59:00Z'), 7).status).toBe('DUE_SOON');
    expect(dueAt('2023-08-31', new Date('2023-08-31T16:00:00Z'), 7)).toEqual({ dueDate: '2023-08-31', status: 'OVERDUE', daysLeft: -1, daysOverdue: 1 });
  });

  it('gives a step its decision days from the day it was submitted in China', () => {
    expect(stepDueDate('2023-03-01T17:00:00Z', 5)).toBe('2023-03-07');
    expect(daysWaiting('2023-03-01T17:00:00Z', new Date('2023-03-05T01:00:00Z'))).toBe(3);
  });

  it('puts the most overdue first, then the nearest due date', () => {
    const at = new Date('2023-09-10T00:00:00Z');
    const items = ['2023-09-20', '2023-09-01', '2023-08-31', '2023-09-12'].map((date) => ({ date, due: dueAt(date, at, 7) }));
    expect(items.sort(mostUrgentFirst).map((item) => item.date)).toEqual(['2023-08-31', '2023-09-01', '2023-09-12', '2023-09-20']);
  });
});
