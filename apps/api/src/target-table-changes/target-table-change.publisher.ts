import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { targetTableEventTypes } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { PubSub } from 'graphql-subscriptions';
import type { Subscription } from 'rxjs';
import { followStoredEvents } from '../event-bus/follow-stored-events.js';
import { targetTableChangeOf } from './target-table-change-of.js';
import { TargetTableStates } from './target-table-states.js';
import { TARGET_TABLE_CHANGED, TARGET_TABLE_CHANGES } from './target-table-changes.topic.js';

const targetTableTypes: ReadonlySet<string> = new Set(targetTableEventTypes);

/**
 * Publishes each stored target-table event to the subscribers, in the store's order. Fed by
 * the EventBus, which carries only events the store has kept, so no subscriber ever hears of
 * a change that a crash could still take back.
 */
@Injectable()
export class TargetTableChangePublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('TargetTableChanges');
  private subscription: Subscription | undefined;

  constructor(
    private readonly eventBus: EventBus,
    private readonly states: TargetTableStates,
    @Inject(TARGET_TABLE_CHANGES) private readonly changes: PubSub,
  ) {}

  onModuleInit(): void {
    this.subscription = followStoredEvents(this.eventBus, targetTableTypes, (event) => this.publish(event), this.logger);
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private async publish(event: RecordedEvent): Promise<void> {
    const change = targetTableChangeOf(event, await this.states.after(event));
    await this.changes.publish(TARGET_TABLE_CHANGED, { targetTableChanged: change });
  }
}
