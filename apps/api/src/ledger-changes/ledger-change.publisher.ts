import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { describeAuditedEvent, ledgerEventTypes, type LedgerEvent } from '@app/domain';
import { findBaselinesInForce, type ReadStore } from '@app/projections';
import type { RecordedEvent } from '@app/event-store';
import type { PubSub } from 'graphql-subscriptions';
import type { Subscription } from 'rxjs';
import { followStoredEvents } from '../event-bus/follow-stored-events.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import type { LedgerChange } from './ledger-change.model.js';
import { LEDGER_CHANGED, LEDGER_CHANGES } from './ledger-changes.topic.js';

const ledgerTypes: ReadonlySet<string> = new Set(ledgerEventTypes);

/**
 * Publishes each stored ledger entry to the subscribers, in the store's order, as the
 * target-table changes are published: fed by the EventBus, which carries only kept events.
 * The entry's section comes from the approved table, so a change reaches only those who may
 * read that table's execution.
 */
@Injectable()
export class LedgerChangePublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LedgerChanges');
  private subscription: Subscription | undefined;

  constructor(
    private readonly eventBus: EventBus,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(LEDGER_CHANGES) private readonly changes: PubSub,
  ) {}

  onModuleInit(): void {
    this.subscription = followStoredEvents(this.eventBus, ledgerTypes, (event) => this.publish(event), this.logger);
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private async publish(event: RecordedEvent): Promise<void> {
    const data = (event as unknown as LedgerEvent).data;
    const [baseline] = await findBaselinesInForce(this.readStore.db, data.fiscalYear, { projectCode: data.projectCode });
    const change: LedgerChange = {
      projectCode: data.projectCode,
      fiscalYear: data.fiscalYear,
      unitCode: data.unitCode,
      sectionId: baseline?.sectionId ?? null,
      eventType: event.type,
      eventLabel: describeAuditedEvent(event).label,
      entryNumber: data.entryNumber,
      position: event.position.toString(),
      by: event.metadata.actor.displayName,
      at: event.metadata.occurredAt,
    };
    await this.changes.publish(LEDGER_CHANGED, { ledgerChanged: change });
  }
}
