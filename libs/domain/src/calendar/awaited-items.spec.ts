import { describe, expect, it } from '@jest/globals';
import { awaitedItemsOf, byUrgency, type ProjectProgress } from './awaited-items.js';
import { defaultCalendarDates } from './fiscal-calendar.js';

const calendar = defaultCalendarDates(2023);
const project = (changes: Partial<ProjectProgress>): ProjectProgress => ({
  projectCode: 'P1',
  fiscalYear: 2023,
  name: '就业补助',
  unitCode: '323001',
  sectionId: 'employment',
  targetTable: { status: 'APPROVED', step: null, role: null, submittedAt: null },
  midtermReview: null,
  finalEvaluation: null,
  ...changes,
});
const at = (instant: string) => new Date(instant);
const kindsAndStatus = (p: ProjectProgress, now: string) => awaitedItemsOf(p, calendar, at(now)).map((item) => `${item.kind} ${item.due.status}`);

describe('what a project’s year awaits', () => {
  it('awaits a draft by the filing date: open, then due soon, then overdue', () => {
    const draft = project({ targetTable: { status: 'DRAFT', step: null, role: null, submittedAt: null } });
    expect(kindsAndStatus(draft, '2023-01-10T02:00:00Z')).toEqual(['TARGET_TABLE_DRAFT OPEN']);
    expect(kindsAndStatus(draft, '2023-01-28T02:00:00Z')).toEqual(['TARGET_TABLE_DRAFT DUE_SOON']);
    expect(kindsAndStatus(draft, '2023-02-01T02:00:00Z')).toEqual(['TARGET_TABLE_DRAFT OVERDUE']);
  });

  it('awaits a step for the decision days from its submission, with the role that decides it', () => {
    const inReview = project({ targetTable: { status: 'IN_REVIEW', step: 'OFFICE', role: 'OFFICE', submittedAt: '2023-01-20T02:00:00Z' } });
    const [item] = awaitedItemsOf(inReview, calendar, at('2023-01-26T02:00:00Z'));
    expect(item).toMatchObject({ kind: 'TARGET_TABLE_REVIEW', step: 'OFFICE', role: 'OFFICE', since: '2023-01-20T02:00:00Z', due: { dueDate: '2023-01-25', status: 'OVERDUE', daysOverdue: 1 }, escalatedTo: null });
    // Overdue by the escalation days (3): shown to the next level.
    expect(awaitedItemsOf(inReview, calendar, at('2023-01-28T02:00:00Z'))[0]).toMatchObject({ escalatedTo: 'LEADER', due: { daysOverdue: 3 } });
    const atSection = project({ targetTable: { status: 'IN_REVIEW', step: 'SECTION', role: 'SECTION_HEAD', submittedAt: '2023-01-20T02:00:00Z' } });
    expect(awaitedItemsOf(atSection, calendar, at('2023-01-28T02:00:00Z'))[0]).toMatchObject({ escalatedTo: 'OFFICE' });
  });

  it('awaits the mid-term review from its checkpoint until it is approved', () => {
    expect(kindsAndStatus(project({}), '2023-07-30T02:00:00Z')).toEqual([]);
    expect(kindsAndStatus(project({}), '2023-07-31T02:00:00Z')).toEqual(['MIDTERM_REVIEW_DUE OPEN']);
    const opened = project({ midtermReview: { status: 'DRAFT', step: null, role: null, submittedAt: null } });
    expect(kindsAndStatus(opened, '2023-09-02T02:00:00Z')).toEqual(['MIDTERM_REVIEW_DUE OVERDUE']);
    const inReview = project({ midtermReview: { status: 'IN_REVIEW', step: 'SECTION', role: 'SECTION_HEAD', submittedAt: '2023-08-30T02:00:00Z' } });
    expect(kindsAndStatus(inReview, '2023-09-02T02:00:00Z')).toEqual(['MIDTERM_REVIEW OPEN']);
    // A step is reminded of on its last day before the due date.
    expect(kindsAndStatus(inReview, '2023-09-03T02:00:00Z')).toEqual(['MIDTERM_REVIEW DUE_SOON']);
    const approved = project({ midtermReview: { status: 'APPROVED', step: null, role: null, submittedAt: null } });
    expect(kindsAndStatus(approved, '2023-09-02T02:00:00Z')).toEqual([]);
  });

  it('awaits the final evaluation after the year’s end until it is approved once', () => {
    const midtermDone = { midtermReview: { status: 'APPROVED', step: null, role: null, submittedAt: null } };
    expect(kindsAndStatus(project(midtermDone), '2023-12-31T02:00:00Z')).toEqual([]);
    expect(kindsAndStatus(project(midtermDone), '2024-04-01T02:00:00Z')).toEqual(['FINAL_EVALUATION_DUE OVERDUE']);
    const corrected = project({ ...midtermDone, finalEvaluation: { status: 'DRAFT', step: null, role: null, submittedAt: null, approvedOnce: true } });
    expect(kindsAndStatus(corrected, '2024-04-01T02:00:00Z')).toEqual([]);
  });

  it('lists the overdue first', () => {
    const draft = project({ projectCode: 'P2', targetTable: { status: 'DRAFT', step: null, role: null, submittedAt: null } });
    const now = at('2023-08-05T02:00:00Z');
    const items = byUrgency([...awaitedItemsOf(project({}), calendar, now), ...awaitedItemsOf(draft, calendar, now)]);
    expect(items.map((item) => item.kind)).toEqual(['TARGET_TABLE_DRAFT', 'MIDTERM_REVIEW_DUE']);
  });
});
