import { describe, expect, it } from '@jest/globals';
import type { FiscalCalendarSet } from '../calendar/fiscal-calendar.events.js';
import type { NotificationEmailSet, NotificationsIssued, NotificationsRead } from '../notification/notification.js';
import type { RectificationClosed, RectificationProposed, RectificationReturned } from '../rectification/rectification.events.js';
import { describeAuditedEvent, type AuditedEvent } from './describe-audited-event.js';

const asAudited = (event: { type: string; data: object }): AuditedEvent => event as unknown as AuditedEvent;
const office = { userId: 'u-wang', unitCode: '323003', sectionId: null };
const key = { projectCode: 'P1', fiscalYear: 2023, itemId: 'R-1', unitCode: '323003' };

describe('the trail in words for rectification, the calendar and notifications', () => {
  it('tells a rectification item from proposal to closure as RECTIFY on the project’s unit, with the reason of a return', () => {
    const proposed: RectificationProposed = {
      type: 'RectificationProposed',
      data: {
        ...key,
        place: { name: '就业工作经费', unitCode: '323003', sectionId: 'employment' },
        source: { kind: 'MIDTERM_EXECUTION', version: 1, indicatorIndex: null, finding: '监控时点预算执行亮红灯' },
        ownerSectionId: 'employment',
        measure: null,
        dueDate: '2023-10-31',
        proposedBy: office,
      },
    };
    expect(describeAuditedEvent(asAudited(proposed))).toEqual({
      kind: 'RECTIFY',
      label: '提出整改',
      summary: '提出整改事项 R-1（中期监控：预算执行亮灯）：监控时点预算执行亮红灯；整改期限 2023-10-31',
      subject: { text: '整改事项 P1（2023 年度）', documentKind: 'RECTIFICATION', projectCode: 'P1', fiscalYear: 2023, unitCode: '323003', userId: null, voucherNumber: null },
      reason: null,
      version: null,
      step: null,
    });
    const returned: RectificationReturned = { type: 'RectificationReturned', data: { ...key, reason: '佐证材料不足', returnedBy: office } };
    expect(describeAuditedEvent(asAudited(returned))).toMatchObject({ kind: 'RECTIFY', label: '退回整改', summary: '退回整改事项 R-1，继续整改', reason: '佐证材料不足' });
    const closed: RectificationClosed = { type: 'RectificationClosed', data: { ...key, comment: null, closedBy: office } };
    expect(describeAuditedEvent(asAudited(closed))).toMatchObject({ label: '整改销号', summary: '整改事项 R-1 销号', subject: { unitCode: '323003' } });
  });

  it('names the dates a calendar sets, on the unit it is for, or on none for the department’s', () => {
    const set: FiscalCalendarSet = { type: 'FiscalCalendarSet', data: { fiscalYear: 2023, unitCode: '323003', dates: { midtermDue: '2023-08-15', escalationDays: 2 }, setBy: office } };
    expect(describeAuditedEvent(asAudited(set))).toMatchObject({
      kind: 'CONFIGURE',
      label: '设置工作日历',
      summary: '设置 2023 年度工作日历：中期监控截止日期 2023-08-15，逾期上报（天） 2',
      subject: { text: '2023 年度单位 323003 的工作日历', documentKind: 'CALENDAR', unitCode: '323003', projectCode: null },
    });
    const department: FiscalCalendarSet = { ...set, data: { ...set.data, unitCode: null } };
    expect(describeAuditedEvent(asAudited(department)).subject).toMatchObject({ text: '2023 年度工作日历', unitCode: null });
  });

  it('counts notifications by kind without saying to whom or where they were mailed, on no unit (auditors only)', () => {
    const notification = { audience: { kind: 'USER' as const, userId: 'u-li' }, document: 'TARGET_TABLE' as const, projectCode: 'P1', fiscalYear: 2023, name: '就业工作经费', step: 'SECTION', detail: null };
    const issued: NotificationsIssued = {
      type: 'NotificationsIssued',
      data: {
        projectCode: 'P1',
        fiscalYear: 2023,
        issuedBy: { userId: 'system:notifications', unitCode: null, sectionId: null },
        notifications: [
          { ...notification, notificationId: 'n1', kind: 'INBOX_NEW' },
          { ...notification, notificationId: 'n2', kind: 'OVERDUE' },
          { ...notification, notificationId: 'n3', kind: 'OVERDUE' },
        ],
      },
    };
    const description = describeAuditedEvent(asAudited(issued));
    expect(description).toMatchObject({ kind: 'NOTIFY', label: '发出通知', summary: '发出 3 条通知：新待办 1 条，已逾期 2 条' });
    expect(description.subject).toEqual({ text: '通知中心', documentKind: 'NOTIFICATION', projectCode: null, fiscalYear: null, unitCode: null, userId: null, voucherNumber: null });
    const read: NotificationsRead = { type: 'NotificationsRead', data: { userId: 'u-li', notificationIds: ['n1', 'n2'] } };
    expect(describeAuditedEvent(asAudited(read))).toMatchObject({ label: '阅读通知', summary: '把 2 条通知标为已读' });
    const mail: NotificationEmailSet = { type: 'NotificationEmailSet', data: { userId: 'u-li', address: 'li@example.cn' } };
    expect(JSON.stringify(describeAuditedEvent(asAudited(mail)))).not.toContain('li@example.cn');
  });
});
