import { messages } from '../messages/messages.js';
import type { NotificationEvent } from '../notification/notification.js';
import { described, otherSubject, type AuditDescription } from './audit-description.js';

/**
 * Notifications are deliveries to people, not acts on a document: kept in the trail for
 * auditors (no unit, so only those who read everything see them), never in a project's or
 * unit's history, and told without whom they went to or an e-mail address.
 */
export function describeNotificationEvent(event: NotificationEvent): AuditDescription {
  const words = messages.audit.notification;
  const subject = otherSubject('NOTIFICATION', messages.audit.notificationCentre);
  switch (event.type) {
    case 'NotificationsIssued': {
      const kinds = new Map<string, number>();
      for (const { kind } of event.data.notifications) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const byKind = [...kinds].map(([kind, count]) => words.ofKind({ kind: words.kinds[kind as keyof typeof words.kinds] ?? kind, count })).join(messages.audit.listSeparator);
      return described('NOTIFY', words.issuedLabel, words.issued({ count: event.data.notifications.length, byKind }), subject);
    }
    case 'NotificationsRead':
      return described('NOTIFY', words.readLabel, words.read(event.data.notificationIds.length), subject);
    case 'NotificationEmailSet':
      return described('NOTIFY', words.emailLabel, event.data.address === null ? words.emailCleared : words.emailSet, subject);
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown notification event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
