import { patienceMs } from './patience.js';
import type { Caller, RunningApi } from './running-api.js';
import type { NotificationItem } from '../../apps/web/src/graphql/deadline-documents.js';

export type { NotificationItem };

export const MY_NOTIFICATIONS = `query($unread: Boolean, $min: String) {
  myNotifications(unreadOnly: $unread, minPosition: $min) { unreadCount items { id kind title body document projectCode fiscalYear step createdAt read } }
}`;

/**
 * A caller's notifications of a kind, once `count` of them are there: notifications of stored
 * events are issued once the EventBus has delivered them. After patienceMs it answers what there
 * is, for the test's assertion to say what is missing.
 */
export async function issuedNotifications(api: RunningApi, caller: Caller, kind: string, min: string, count = 1): Promise<NotificationItem[]> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    const { myNotifications } = await api.must<{ myNotifications: { items: NotificationItem[] } }>(caller, MY_NOTIFICATIONS, { unread: false, min });
    const items = myNotifications.items.filter((item) => item.kind === kind);
    if (items.length >= count || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
