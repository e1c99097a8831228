import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { EventStore, RecordedEvent, Subscription } from '@app/event-store';
import { migrateCheckpoints, readCheckpoint, writeCheckpoint, type ReadStore } from '@app/projections';
import { EVENT_STORE, READ_STORE } from '../storage/storage.tokens.js';
import { toStoredEvent } from './stored-event.js';

const CHECKPOINT = 'event-bus';

/**
 * Feeds the CQRS EventBus from the store's checkpointed subscription, never from the
 * write path: handlers and sagas see only events that are stored, and after a restart
 * they see every event from the checkpoint on (at least once).
 */
@Injectable()
export class StoredEventPublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventBus');
  private subscription: Subscription | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly eventBus: EventBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await migrateCheckpoints(this.readStore.db);
    const after = await readCheckpoint(this.readStore.db, CHECKPOINT);
    this.subscription = this.store.subscribeToAll((events) => this.publish(events), {
      after,
      onError: (error, attempt) => this.logger.error(`Publishing stored events failed (attempt ${attempt}); retrying`, error instanceof Error ? error.stack : String(error)),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  private async publish(events: RecordedEvent[]): Promise<void> {
    this.eventBus.publishAll(events.map(toStoredEvent));
    await this.readStore.db.transaction().execute((trx) => writeCheckpoint(trx, CHECKPOINT, events[events.length - 1]!.position));
  }
}
