export * from './notification.js';
export * from './review-notifications.js';
export * from './reminder-notifications.js';
export * from './notification.decider.js';
