/** The in-process PubSub that carries issued notifications to subscribers. */
export const NOTIFICATIONS_PUBSUB = Symbol('NOTIFICATIONS_PUBSUB');

/** Payload `{ notificationAdded: NotificationItem, audience: NotificationAudience }`. */
export const NOTIFICATION_ADDED = 'notificationAdded';
