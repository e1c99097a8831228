import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { notificationDecider, notificationReadsStreamId, type NotificationAudience } from '@app/domain';
import { findMyNotifications, type ReadStore } from '@app/projections';
import type { PubSub } from 'graphql-subscriptions';
import { actorOf, type RequestContext } from '../auth/authenticated-request.js';
import { CallerAuthentication } from '../auth/caller-authentication.js';
import { Clock } from '../clock/clock.js';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { commandContextFromRequest } from '../commands/command-as-caller.js';
import { minPositionArg } from '../graphql/min-position-argument.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, NotificationItem, NotificationList, SetNotificationEmailInput } from './notifications.model.js';
import { NOTIFICATION_ADDED, NOTIFICATIONS_PUBSUB } from './notifications.topic.js';
import { addressedTo } from './addressed-to.js';
import { Notifier, toNotificationItem } from './notifier.js';

interface AddedPayload {
  notificationAdded: NotificationItem;
  audience: NotificationAudience;
}

@Resolver(() => NotificationItem)
export class NotificationsResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly notifier: Notifier,
    private readonly projections: ProjectionsService,
    private readonly streams: AggregateStreams,
    private readonly clock: Clock,
    private readonly authentication: CallerAuthentication,
    @Inject(NOTIFICATIONS_PUBSUB) private readonly pubsub: PubSub,
  ) {}

  @Query(() => NotificationList, { description: '通知中心: your notifications, newest first — addressed to you, or to a role you hold now in your unit (and section).' })
  async myNotifications(
    @Context() { req }: RequestContext,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null | undefined,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many (default 50, at most 200).' }) first: number | null | undefined,
    @Args('minPosition', minPositionArg) minPosition?: string,
  ): Promise<NotificationList> {
    // Reminders due by the application clock are issued before they are read (once per change or day).
    const swept = await this.notifier.sweepIfChanged();
    const wanted = minPosition !== undefined && minPosition !== null && /^\d+$/.test(minPosition) ? BigInt(minPosition) : 0n;
    await this.projections.reach(swept > wanted ? swept : wanted);
    const views = await findMyNotifications(this.readStore.db, actorOf(req), { unreadOnly: unreadOnly === true, first: Math.min(Math.max(first ?? 50, 1), 200) });
    const items = views.map((view) => toNotificationItem(view.notification, view.createdAt, view.read));
    return { items, unreadCount: items.filter((item) => !item.read).length };
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark notifications read (your own reading only).' })
  async markNotificationsRead(@Args('input') input: MarkNotificationsReadInput, @Context() { req }: RequestContext): Promise<MarkNotificationsReadPayload> {
    const actor = actorOf(req);
    const context = commandContextFromRequest(req, { type: 'MarkNotificationsRead', input }, this.clock.now());
    const outcome = await this.streams.execute(notificationReadsStreamId(actor.userId), notificationDecider, { type: 'MarkNotificationsRead', notificationIds: input.notificationIds, actor }, context);
    return { position: String(outcome.position ?? 0n), replayed: outcome.replayed };
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Where your notifications are e-mailed when the installation sends e-mail (SMTP_URL); null or empty: none.' })
  async setNotificationEmail(@Args('input') input: SetNotificationEmailInput, @Context() { req }: RequestContext): Promise<MarkNotificationsReadPayload> {
    const actor = actorOf(req);
    const context = commandContextFromRequest(req, { type: 'SetNotificationEmail', input }, this.clock.now());
    const outcome = await this.streams.execute(notificationReadsStreamId(actor.userId), notificationDecider, { type: 'SetNotificationEmail', address: input.address ?? null, actor }, context);
    return { position: String(outcome.position ?? 0n), replayed: outcome.replayed };
  }

  @Subscription(() => NotificationItem, {
    description: 'Each new notification for you, as it is issued.',
    filter(this: NotificationsResolver, payload: AddedPayload, _variables: unknown, context: RequestContext) {
      return this.delivers(payload.audience, context);
    },
  })
  notificationAdded(@Context() { req }: RequestContext): AsyncIterableIterator<AddedPayload> {
    actorOf(req);
    return this.pubsub.asyncIterableIterator<AddedPayload>(NOTIFICATION_ADDED);
  }

  /** Asked for every notification against the directory as it is now, as the AuthGuard asks for an operation. */
  private async delivers(audience: NotificationAudience, { req }: RequestContext): Promise<boolean> {
    const { actor } = await this.authentication.callerOf(req.headers.authorization);
    return addressedTo(audience, actor);
  }
}
