import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import { ProjectionsService } from '../storage/projections.service.js';
import { toStoredEvent } from './stored-event.js';

/**
 * Feeds the CQRS EventBus from the store's checkpointed subscription, never from the
 * write path: handlers and sagas see only events that are stored, and after a restart
 * they see every event from the checkpoint on (at least once). It follows the log beside
 * the views, its checkpoint written in their transaction (docs/speed.md: one commit per
 * batch for all of them); it publishes before that commit, so a batch that fails and is
 * delivered again is published again — the handlers are idempotent for that reason.
 */
@Injectable()
export class StoredEventPublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly follower: Projection = {
    name: 'event-bus',
    tables: [],
    migrate: async () => undefined,
    apply: async (_trx, events) => this.publish(events),
  };

  constructor(
    private readonly projections: ProjectionsService,
    private readonly eventBus: EventBus,
  ) {}

  // On bootstrap, as before, so that the handlers that subscribe to the bus on their own
  // bootstrap or module init are listening before the first event is published.
  async onApplicationBootstrap(): Promise<void> {
    await this.projections.runner.attach(this.follower);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projections.runner.detach(this.follower);
  }

  private publish(events: readonly RecordedEvent[]): void {
    this.eventBus.publishAll(events.map(toStoredEvent));
  }
}
