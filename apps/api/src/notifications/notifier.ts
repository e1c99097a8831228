import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import {
  awaitedItemsOf,
  messages,
  notificationDecider,
  notifiedDocumentOf,
  notificationStreamId,
  remindersOf,
  reviewNotifications,
  todayAt,
  type Notification,
  type NotificationsIssued,
} from '@app/domain';
import type { Actor, EventStore, RecordedEvent } from '@app/event-store';
import { findProjectProgress, type ReadStore } from '@app/projections';
import type { PubSub } from 'graphql-subscriptions';
import { concatMap, filter, type Subscription } from 'rxjs';
import { Clock } from '../clock/clock.js';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CalendarReader } from '../deadlines/calendar.reader.js';
import { StoredEvent } from '../event-bus/stored-event.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { EVENT_STORE, READ_STORE } from '../storage/storage.tokens.js';
import { NotificationKind, type NotificationItem } from './notifications.model.js';
import { NOTIFICATION_ADDED, NOTIFICATIONS_PUBSUB } from './notifications.topic.js';
import { NotificationMailer } from './notification-mailer.js';

const notifier: Actor = { userId: 'system:notifications', displayName: '通知中心', roles: [], unitCode: null, sectionId: null };
const everything = { everything: true, units: [], sections: [] };
/** How often reminders are swept without anyone asking (a query sweeps first too). */
const sweepIntervalMs = 5 * 60_000;

/**
 * Issues the notifications (docs/deadlines-and-rectification.md): for a stored submission, step,
 * return or approval as the EventBus delivers it (at least once), and reminders swept from the
 * awaited items by the application clock. Each command's id derives from what it is about (the
 * event, or the reminders' ids), and the decider skips ids already issued: a second delivery, a
 * restart or a second API instance issues nothing twice.
 */
@Injectable()
export class Notifier implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Notifier');
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<bigint> | null = null;
  /** What the last sweep was decided on (the day in China and the log's head) and where it wrote to. */
  private lastSwept: { on: string; position: bigint } | null = null;

  constructor(
    private readonly eventBus: EventBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly streams: AggregateStreams,
    private readonly calendars: CalendarReader,
    private readonly clock: Clock,
    @Inject(NOTIFICATIONS_PUBSUB) private readonly pubsub: PubSub,
    private readonly mailer: NotificationMailer,
    private readonly projections: ProjectionsService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.eventBus
      .pipe(
        filter((event): event is StoredEvent => event instanceof StoredEvent),
        concatMap(({ event }) => this.onStored(event)),
      )
      .subscribe();
    this.timer = setInterval(() => void this.sweep().catch((error) => this.logger.error('Sweeping reminders failed', error instanceof Error ? error.stack : String(error))), sweepIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
    if (this.timer !== undefined) clearInterval(this.timer);
  }

  /**
   * Issues the reminders due, unless nothing they depend on changed since the last sweep: which
   * reminders are due follows from the day (China) and the awaited items, which change only with
   * the log. So a reader of the notification centre sweeps once after a change or a new day, not
   * on every query. Answers the position to wait for before reading them.
   */
  async sweepIfChanged(): Promise<bigint> {
    const head = (await this.store.headPosition()) ?? 0n;
    const on = `${todayAt(this.clock.now())}/${head}`;
    if (this.lastSwept?.on === on) return this.lastSwept.position;
    // The awaited items are read from the views: a sweep on views short of the head (they did not
    // catch up in time) still issues what they show, but is not taken as the head's sweep.
    const caughtUp = await this.projections.reach(head).then(
      () => true,
      () => false,
    );
    const position = await this.sweep();
    if (caughtUp) this.lastSwept = { on, position };
    return position;
  }

  /** Issues the reminders due by now; answers the position to wait for before reading them. */
  sweep(): Promise<bigint> {
    this.sweeping ??= this.sweepOnce().finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private async sweepOnce(): Promise<bigint> {
    const now = this.clock.now();
    const year = Number(todayAt(now).slice(0, 4));
    let position = 0n;
    // This year's work and last year's final evaluations.
    for (const fiscalYear of [year - 1, year]) {
      const calendarOf = await this.calendars.datesByUnit(fiscalYear);
      for (const project of await findProjectProgress(this.readStore.db, fiscalYear, null, everything)) {
        const reminders = awaitedItemsOf(project, calendarOf(project.unitCode), now).flatMap(remindersOf);
        if (reminders.length === 0) continue;
        const ids = reminders.map((reminder) => reminder.notificationId).sort();
        const commandId = `remind-${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 32)}`;
        const written = await this.issue(fiscalYear, project.projectCode, reminders, commandId, now.toISOString());
        if (written > position) position = written;
      }
    }
    return position;
  }

  private async onStored(event: RecordedEvent): Promise<void> {
    try {
      if (event.type === 'NotificationsIssued') return await this.publish(event as unknown as NotificationsIssued & { metadata: RecordedEvent['metadata'] });
      if (notifiedDocumentOf(event.type) === null) return;
      const history = (await this.store.readStream(event.streamId)).filter((stored) => stored.revision <= event.revision);
      const notifications = reviewNotifications(history.map(({ eventId, type, data }) => ({ eventId, type, data })));
      if (notifications.length === 0) return;
      const { projectCode, fiscalYear } = notifications[0]!;
      await this.issue(fiscalYear, projectCode, notifications, `notify-${event.eventId}`, event.metadata.occurredAt);
    } catch (error) {
      this.logger.error(`Could not notify of ${event.type} at position ${event.position}`, error instanceof Error ? error.stack : String(error));
    }
  }

  private async issue(fiscalYear: number, projectCode: string, notifications: Notification[], commandId: string, now: string): Promise<bigint> {
    const outcome = await this.streams.execute(
      notificationStreamId(fiscalYear, projectCode),
      notificationDecider,
      { type: 'IssueNotifications', projectCode, fiscalYear, notifications, actor: notifier },
      { commandId, correlationId: commandId, causationId: commandId, actor: notifier, now },
    );
    return outcome.position ?? 0n;
  }

  private async publish(event: NotificationsIssued & { metadata: RecordedEvent['metadata'] }): Promise<void> {
    for (const notification of event.data.notifications) {
      const item = toNotificationItem(notification, event.metadata.occurredAt, false);
      await this.pubsub.publish(NOTIFICATION_ADDED, { notificationAdded: item, audience: notification.audience });
      await this.mailer.send(notification, item);
    }
  }
}

export function toNotificationItem(notification: Notification, createdAt: string, read: boolean): NotificationItem {
  const about = { document: messages.notification.documents[notification.document], name: notification.name };
  const body =
    notification.kind === 'RETURNED' && notification.detail !== null
      ? messages.notification.returnedBody(notification.detail)
      : (notification.kind === 'DUE_SOON' || notification.kind === 'OVERDUE' || notification.kind === 'ESCALATED') && notification.detail !== null
        ? messages.notification.dueBody({ what: messages.calendar.awaited[notification.step as keyof typeof messages.calendar.awaited] ?? about.document, dueDate: notification.detail })
        : null;
  return {
    id: notification.notificationId,
    kind: NotificationKind[notification.kind],
    title: messages.notification.titles[notification.kind](about),
    body,
    document: notification.document,
    projectCode: notification.projectCode,
    fiscalYear: notification.fiscalYear,
    step: notification.step,
    createdAt,
    read,
  };
}
