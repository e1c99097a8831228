import { Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { AuthModule } from '../auth/auth.module.js';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NOTIFICATIONS_PUBSUB } from './notifications.topic.js';
import { Notifier } from './notifier.js';
import { NotificationMailer } from './notification-mailer.js';
import { DirectoryModule } from '../directory/directory.module.js';

/** The notification centre: issued from stored events and swept reminders, read per person, live over graphql-ws. */
@Module({
  imports: [AuthModule, DeadlinesModule, DirectoryModule],
  providers: [{ provide: NOTIFICATIONS_PUBSUB, useFactory: () => new PubSub() }, Notifier, NotificationMailer, NotificationsResolver],
})
export class NotificationsModule {}
