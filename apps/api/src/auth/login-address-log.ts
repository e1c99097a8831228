import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { addressLoginPolicy, loginAttemptEventTypes, loginRecordOf, type LoginAttemptEvent, type LoginRecord } from '@app/domain';
import type { RecordedEvent } from '@app/event-store';
import type { Subscription } from 'rxjs';
import { StoredEvent } from '../event-bus/stored-event.js';

const loginTypes = new Set<string>(loginAttemptEventTypes);
/** Kept a little longer than the address policy looks back, so a lock that ends in the window still counts. */
const keepMs = addressLoginPolicy.windowMs + addressLoginPolicy.lockMs;

/**
 * Recent sign-in attempts by network address, across all users' login streams, for the
 * address throttle. Fed by the attempts this instance records (at once) and by the stored
 * events on the EventBus (those of other instances too); held in memory, so after a restart
 * the address count starts again — the per-user throttle, read from each user's stream,
 * does not.
 */
@Injectable()
export class LoginAddressLog implements OnModuleInit, OnModuleDestroy {
  private readonly byAddress = new Map<string, Map<string, { ms: number; record: LoginRecord }>>();
  private subscription: Subscription | undefined;

  constructor(private readonly eventBus: EventBus) {}

  onModuleInit(): void {
    this.subscription = this.eventBus.subscribe((event) => {
      if (event instanceof StoredEvent && loginTypes.has(event.event.type)) this.add([event.event]);
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  add(events: ReadonlyArray<Pick<RecordedEvent, 'eventId' | 'type' | 'data'>>): void {
    for (const stored of events) {
      if (!loginTypes.has(stored.type)) continue;
      const event = stored as unknown as LoginAttemptEvent;
      const record = loginRecordOf(event, 'ADDRESS');
      if (record === null) continue;
      const address = event.data.address;
      let records = this.byAddress.get(address);
      if (records === undefined) this.byAddress.set(address, (records = new Map()));
      records.set(stored.eventId, { ms: Date.parse(record.at), record });
    }
  }

  records(address: string, now: Date): LoginRecord[] {
    const records = this.byAddress.get(address);
    if (records === undefined) return [];
    const oldest = now.getTime() - keepMs;
    for (const [id, entry] of records) if (entry.ms < oldest) records.delete(id);
    if (records.size === 0) this.byAddress.delete(address);
    return [...records.values()].map((entry) => entry.record);
  }
}
