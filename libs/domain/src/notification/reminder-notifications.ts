import type { AwaitedItem } from '../calendar/awaited-items.js';
import type { Notification, NotifiedDocument } from './notification.js';

const documentOfKind: Record<AwaitedItem['kind'], NotifiedDocument> = {
  TARGET_TABLE_DRAFT: 'TARGET_TABLE',
  TARGET_TABLE_REVIEW: 'TARGET_TABLE',
  MIDTERM_REVIEW_DUE: 'MIDTERM_REVIEW',
  MIDTERM_REVIEW: 'MIDTERM_REVIEW',
  FINAL_EVALUATION_DUE: 'FINAL_EVALUATION',
  FINAL_EVALUATION: 'FINAL_EVALUATION',
};

/**
 * A reminder for whoever an item awaits, once it is due soon and once it is overdue: the id
 * names the item and its due date, so each is issued once however often the reminders are swept.
 */
export function reminderNotification(item: AwaitedItem): Notification | null {
  if (item.due.status === 'OPEN') return null;
  return remindAbout(item, item.due.status === 'OVERDUE' ? 'OVERDUE' : 'DUE_SOON', item.role);
}

/**
 * The next level hears once of a step overdue by the calendar's escalation days
 * (docs/deadlines-and-rectification.md, "Escalation"): the office of a section head's step, the
 * leader of the office's. The leader's own step stays with the leader, who hears it is overdue
 * already: nothing more.
 */
export function escalationNotification(item: AwaitedItem): Notification | null {
  return item.escalatedTo === null || item.escalatedTo === item.role ? null : remindAbout(item, 'ESCALATED', item.escalatedTo);
}

/** Every reminder an awaited item calls for now. */
export function remindersOf(item: AwaitedItem): Notification[] {
  return [reminderNotification(item), escalationNotification(item)].filter((reminder): reminder is Notification => reminder !== null);
}

function remindAbout(item: AwaitedItem, kind: 'DUE_SOON' | 'OVERDUE' | 'ESCALATED', role: string): Notification {
  const sectionScoped = role === 'PREPARER' || role === 'SECTION_HEAD';
  return {
    notificationId: `${kind}:${item.kind}:${item.fiscalYear}:${item.projectCode}:${item.step ?? '-'}:${item.due.dueDate}`,
    kind,
    audience: { kind: 'ROLE', role, unitCode: item.unitCode, sectionId: sectionScoped ? item.sectionId : null },
    document: documentOfKind[item.kind],
    projectCode: item.projectCode,
    fiscalYear: item.fiscalYear,
    name: item.name,
    step: item.kind,
    detail: item.due.dueDate,
  };
}
