import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { awaitedItemsOf } from '../calendar/awaited-items.js';
import { defaultCalendarDates } from '../calendar/fiscal-calendar.js';
import { notificationDecider } from './notification.decider.js';
import { reminderNotification, remindersOf } from './reminder-notifications.js';
import { reviewNotifications, type ReviewStreamEvent } from './review-notifications.js';

const key = { projectCode: 'P1', fiscalYear: 2023 };
const chain = { steps: [{ step: 'SECTION', role: 'SECTION_HEAD' }, { step: 'OFFICE', role: 'OFFICE' }] };
const drafted: ReviewStreamEvent = { eventId: 'e1', type: 'TargetTableDrafted', data: { ...key, content: { name: '就业补助', unitCode: '323001', sectionId: 'employment' } } };
const submitted: ReviewStreamEvent = { eventId: 'e2', type: 'TargetTableSubmitted', data: { ...key, chain, submittedBy: { userId: 'zhang' } } };
const sectionApproved: ReviewStreamEvent = { eventId: 'e3', type: 'TargetTableStepApproved', data: { ...key, step: 'SECTION', nextStep: 'OFFICE' } };
const returned: ReviewStreamEvent = { eventId: 'e4', type: 'TargetTableReturned', data: { ...key, step: 'OFFICE', to: 'PREPARER', reason: '指标值不明确' } };
const approved: ReviewStreamEvent = { eventId: 'e5', type: 'TargetTableApproved', data: { ...key } };

describe('notifications of a reviewed document', () => {
  it('puts a submission in the inbox of the first step’s role in the section', () => {
    expect(reviewNotifications([drafted, submitted])).toEqual([
      expect.objectContaining({ notificationId: 'INBOX_NEW:e2', kind: 'INBOX_NEW', audience: { kind: 'ROLE', role: 'SECTION_HEAD', unitCode: '323001', sectionId: 'employment' }, step: 'SECTION', document: 'TARGET_TABLE' }),
    ]);
  });

  it('puts an approved step’s next step in the unit’s inbox', () => {
    expect(reviewNotifications([drafted, submitted, sectionApproved])).toEqual([
      expect.objectContaining({ kind: 'INBOX_NEW', audience: { kind: 'ROLE', role: 'OFFICE', unitCode: '323001', sectionId: null }, step: 'OFFICE' }),
    ]);
  });

  it('tells the submitter of a return with its reason, and of the approval', () => {
    expect(reviewNotifications([drafted, submitted, sectionApproved, returned])).toEqual([
      expect.objectContaining({ notificationId: 'RETURNED:e4', kind: 'RETURNED', audience: { kind: 'USER', userId: 'zhang' }, detail: '指标值不明确' }),
    ]);
    expect(reviewNotifications([drafted, submitted, approved])).toEqual([expect.objectContaining({ kind: 'APPROVED', audience: { kind: 'USER', userId: 'zhang' } })]);
  });

  it('says nothing of other events', () => {
    expect(reviewNotifications([drafted])).toEqual([]);
  });
});

describe('notifications of a department’s documents', () => {
  const department = { departmentCode: '323001', fiscalYear: 2022 };
  const departmentChain = { steps: [{ step: 'OFFICE', role: 'OFFICE' }, { step: 'LEADER', role: 'LEADER' }] };
  const content = { departmentName: '巨鹿县人力资源和社会保障局', unitCodes: ['323001', '323003'] };
  const targetsDrafted: ReviewStreamEvent = { eventId: 'd1', type: 'DepartmentTargetsDrafted', data: { ...department, version: 1, content } };
  const targetsSubmitted: ReviewStreamEvent = { eventId: 'd2', type: 'DepartmentTargetsSubmitted', data: { ...department, chain: departmentChain, submittedBy: { userId: 'zhang' }, content } };

  it('puts a submitted department targets in the inbox of the office of the department’s unit, named by the department and its code', () => {
    expect(reviewNotifications([targetsDrafted, targetsSubmitted])).toEqual([
      {
        notificationId: 'INBOX_NEW:d2',
        kind: 'INBOX_NEW',
        audience: { kind: 'ROLE', role: 'OFFICE', unitCode: '323001', sectionId: null },
        document: 'DEPARTMENT_TARGETS',
        projectCode: '323001',
        fiscalYear: 2022,
        name: '巨鹿县人力资源和社会保障局',
        step: 'OFFICE',
        detail: null,
      },
    ]);
    const officeApproved: ReviewStreamEvent = { eventId: 'd3', type: 'DepartmentTargetsStepApproved', data: { ...department, step: 'OFFICE', nextStep: 'LEADER' } };
    expect(reviewNotifications([targetsDrafted, targetsSubmitted, officeApproved])).toEqual([expect.objectContaining({ audience: { kind: 'ROLE', role: 'LEADER', unitCode: '323001', sectionId: null } })]);
    const returned: ReviewStreamEvent = { eventId: 'd4', type: 'DepartmentTargetsReturned', data: { ...department, step: 'OFFICE', to: 'PREPARER', reason: '结案率缺少依据' } };
    expect(reviewNotifications([targetsDrafted, targetsSubmitted, returned])).toEqual([
      expect.objectContaining({ kind: 'RETURNED', audience: { kind: 'USER', userId: 'zhang' }, detail: '结案率缺少依据', document: 'DEPARTMENT_TARGETS' }),
    ]);
  });

  it('places a department’s self-evaluation by the targets’ baseline it copies, and says nothing of a progress report', () => {
    const opened: ReviewStreamEvent = { eventId: 'v1', type: 'DepartmentEvaluationOpened', data: { ...department, version: 1, baseline: { version: 1, content } } };
    const submitted: ReviewStreamEvent = { eventId: 'v2', type: 'DepartmentEvaluationSubmitted', data: { ...department, chain: departmentChain, submittedBy: { userId: 'zhang' } } };
    expect(reviewNotifications([opened, submitted])).toEqual([
      expect.objectContaining({ document: 'DEPARTMENT_EVALUATION', projectCode: '323001', name: '巨鹿县人力资源和社会保障局', audience: { kind: 'ROLE', role: 'OFFICE', unitCode: '323001', sectionId: null } }),
    ]);
    const progress: ReviewStreamEvent = { eventId: 'd5', type: 'DepartmentIndicatorProgressReported', data: { ...department, subGoal: 0, index: 0 } };
    expect(reviewNotifications([targetsDrafted, targetsSubmitted, progress])).toEqual([]);
  });
});

describe('reminders', () => {
  const draft = {
    ...key,
    name: '就业补助',
    unitCode: '323001',
    sectionId: 'employment',
    targetTable: { status: 'DRAFT', step: null, role: null, submittedAt: null },
    midtermReview: null,
    finalEvaluation: null,
  };
  const remindersAt = (instant: string) => awaitedItemsOf(draft, defaultCalendarDates(2023), new Date(instant)).map(reminderNotification);

  it('reminds once due soon and once overdue, each with an id of its own that stays the same', () => {
    expect(remindersAt('2023-01-10T02:00:00Z')).toEqual([null]);
    const [soon] = remindersAt('2023-01-28T02:00:00Z');
    expect(soon).toMatchObject({ kind: 'DUE_SOON', audience: { kind: 'ROLE', role: 'PREPARER', unitCode: '323001', sectionId: 'employment' }, detail: '2023-01-31' });
    expect(remindersAt('2023-01-30T02:00:00Z')[0]!.notificationId).toBe(soon!.notificationId);
    expect(remindersAt('2023-02-02T02:00:00Z')[0]).toMatchObject({ kind: 'OVERDUE' });
  });

  it('tells the next level once a step is overdue by the escalation days, and not before', () => {
    // Submitted 1 March: due 6 March (5 decision days), overdue from the 7th, escalated from the 9th (3 days).
    const inReview = { ...draft, targetTable: { status: 'IN_REVIEW', step: 'SECTION', role: 'SECTION_HEAD', submittedAt: '2023-03-01T02:00:00Z' } };
    const at = (instant: string) => awaitedItemsOf(inReview, defaultCalendarDates(2023), new Date(instant)).flatMap(remindersOf);
    expect(at('2023-03-08T02:00:00Z').map((reminder) => reminder.kind)).toEqual(['OVERDUE']);
    const escalated = at('2023-03-09T02:00:00Z').find((reminder) => reminder.kind === 'ESCALATED');
    expect(escalated).toMatchObject({ audience: { kind: 'ROLE', role: 'OFFICE', unitCode: '323001', sectionId: null }, detail: '2023-03-06' });
    expect(at('2023-03-20T02:00:00Z').find((reminder) => reminder.kind === 'ESCALATED')!.notificationId).toBe(escalated!.notificationId);
    const atLeader = { ...inReview, targetTable: { ...inReview.targetTable, step: 'LEADER', role: 'LEADER' } };
    const leaderReminders = awaitedItemsOf(atLeader, defaultCalendarDates(2023), new Date('2023-03-20T02:00:00Z')).flatMap(remindersOf);
    expect(leaderReminders.map((reminder) => [reminder.kind, reminder.audience])).toEqual([['OVERDUE', { kind: 'ROLE', role: 'LEADER', unitCode: '323001', sectionId: null }]]);
  });
});

describe('issuing and reading', () => {
  const given = scenario(notificationDecider);
  const system = { userId: 'system:notifications', roles: [], unitCode: null, sectionId: null };
  const [notification] = reviewNotifications([drafted, submitted]);
  const issue = { type: 'IssueNotifications', ...key, notifications: [notification!], actor: system } as const;

  it('issues each notification once', () => {
    const events = given([]).when(issue).thenEventTypes(['NotificationsIssued']);
    given(events).when(issue).then([]);
  });

  it('marks read once, and only for the caller', () => {
    const read = { type: 'MarkNotificationsRead', notificationIds: ['INBOX_NEW:e2', 'INBOX_NEW:e2'], actor: { userId: 'lisi', roles: ['SECTION_HEAD'], unitCode: '323001', sectionId: 'employment' } } as const;
    const events = given([]).when(read).then([{ type: 'NotificationsRead', data: { userId: 'lisi', notificationIds: ['INBOX_NEW:e2'] } }]);
    given(events).when(read).then([]);
    given([]).when({ ...read, notificationIds: [] }).thenThrows('VALIDATION', 'notificationIds');
    given([]).when({ ...issue, actor: read.actor }).thenThrows('FORBIDDEN');
  });
});
