import type { ActingUser } from '../common/actor.js';

/**
 * A notification for a person (docs/deadlines-and-rectification.md): something new in their
 * inbox, their submission returned (with the reason) or approved, something they are awaited for
 * due soon or overdue, a step overdue long enough to go to the next level (escalation). Addressed to a user, or to whoever holds a role in a unit (and section)
 * when it is read: the directory as it is then decides who sees it.
 */
export type NotificationKind = 'INBOX_NEW' | 'RETURNED' | 'APPROVED' | 'DUE_SOON' | 'OVERDUE' | 'ESCALATED';

export type NotificationAudience = { kind: 'USER'; userId: string } | { kind: 'ROLE'; role: string; unitCode: string; sectionId: string | null };

export type NotifiedDocument = 'TARGET_TABLE' | 'MIDTERM_REVIEW' | 'FINAL_EVALUATION' | 'DEPARTMENT_TARGETS' | 'DEPARTMENT_EVALUATION';

export interface Notification {
  /** Deterministic: from the event or the due date it is about, so it is issued once. */
  notificationId: string;
  kind: NotificationKind;
  audience: NotificationAudience;
  document: NotifiedDocument;
  /** The project's code; a department's document gives the department's code (its unit's). */
  projectCode: string;
  fiscalYear: number;
  name: string;
  /** The step awaited or decided, or the kind of awaited item for a reminder. */
  step: string | null;
  /** The return's reason; the due date of a reminder. */
  detail: string | null;
}

export interface NotificationsIssued {
  type: 'NotificationsIssued';
  data: { projectCode: string; fiscalYear: number; notifications: Notification[]; issuedBy: ActingUser };
}

export interface NotificationsRead {
  type: 'NotificationsRead';
  data: { userId: string; notificationIds: string[] };
}

/** Where a person wants notifications e-mailed (null: none), when the installation sends e-mail. */
export interface NotificationEmailSet {
  type: 'NotificationEmailSet';
  data: { userId: string; address: string | null };
}

export type NotificationEvent = NotificationsIssued | NotificationsRead | NotificationEmailSet;

export const notificationEventTypes: ReadonlyArray<NotificationEvent['type']> = ['NotificationsIssued', 'NotificationsRead', 'NotificationEmailSet'];

export function notificationStreamId(fiscalYear: number, projectCode: string): string {
  return `notifications-${fiscalYear}-${projectCode}`;
}

export function notificationReadsStreamId(userId: string): string {
  return `notification-reads-${userId}`;
}
