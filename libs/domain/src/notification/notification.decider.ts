import { requireSignedIn } from '../approval/approval-authority.js';
import { messages } from '../messages/messages.js';
import type { Decider } from '../common/decider.js';
import { DomainError } from '../common/domain-error.js';
import { actingUser, type Actor } from '../common/actor.js';
import type { Notification, NotificationEvent } from './notification.js';

export interface IssueNotifications {
  type: 'IssueNotifications';
  projectCode: string;
  fiscalYear: number;
  notifications: readonly Notification[];
  actor: Actor;
}

export interface MarkNotificationsRead {
  type: 'MarkNotificationsRead';
  notificationIds: readonly string[];
  actor: Actor;
}

export interface SetNotificationEmail {
  type: 'SetNotificationEmail';
  address: string | null;
  actor: Actor;
}

export type NotificationCommand = IssueNotifications | MarkNotificationsRead | SetNotificationEmail;

/** The ids a stream holds: issued (a project's year) or read (a person's). */
export interface NotificationState {
  ids: ReadonlySet<string>;
  /** A person's stream: where they want notifications e-mailed. */
  email: string | null;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function evolveNotifications(state: NotificationState, event: NotificationEvent): NotificationState {
  switch (event.type) {
    case 'NotificationsIssued':
      return { ...state, ids: new Set([...state.ids, ...event.data.notifications.map((n) => n.notificationId)]) };
    case 'NotificationsRead':
      return { ...state, ids: new Set([...state.ids, ...event.data.notificationIds]) };
    case 'NotificationEmailSet':
      return { ...state, email: event.data.address };
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown notification event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}

export function decideNotifications(command: NotificationCommand, state: NotificationState): NotificationEvent[] {
  switch (command.type) {
    case 'IssueNotifications': {
      // Issued by the application alone, each id once.
      if (!command.actor.userId.startsWith('system:')) throw new DomainError('FORBIDDEN', messages.notification.issuedByTheApplication);
      const fresh = command.notifications.filter((notification) => !state.ids.has(notification.notificationId));
      if (fresh.length === 0) return [];
      return [{ type: 'NotificationsIssued', data: { projectCode: command.projectCode, fiscalYear: command.fiscalYear, notifications: fresh, issuedBy: actingUser(command.actor) } }];
    }
    case 'MarkNotificationsRead': {
      requireSignedIn(command.actor);
      if (command.notificationIds.length === 0 || command.notificationIds.length > 500) {
        throw DomainError.validation([{ field: 'notificationIds', message: messages.notification.idCount }]);
      }
      const fresh = [...new Set(command.notificationIds)].filter((id) => !state.ids.has(id));
      return fresh.length === 0 ? [] : [{ type: 'NotificationsRead', data: { userId: command.actor.userId, notificationIds: fresh } }];
    }
    case 'SetNotificationEmail': {
      requireSignedIn(command.actor);
      const address = command.address === null || command.address.trim() === '' ? null : command.address.trim();
      if (address !== null && (address.length > 254 || !emailPattern.test(address))) {
        throw DomainError.validation([{ field: 'address', message: messages.notification.notAnAddress(JSON.stringify(command.address)) }]);
      }
      return address === state.email ? [] : [{ type: 'NotificationEmailSet', data: { userId: command.actor.userId, address } }];
    }
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown notification command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

export const notificationDecider: Decider<NotificationCommand, NotificationEvent, NotificationState> = {
  initialState: { ids: new Set(), email: null },
  evolve: evolveNotifications,
  decide: decideNotifications,
};
