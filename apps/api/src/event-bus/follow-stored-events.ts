import type { Logger } from '@nestjs/common';
import type { EventBus } from '@nestjs/cqrs';
import type { RecordedEvent } from '@app/event-store';
import { concatMap, filter, type Subscription } from 'rxjs';
import { StoredEvent } from './stored-event.js';

/**
 * Hands each stored event of `types` to `handle`, one at a time in the store's order, as the
 * EventBus delivers them — which is only events the store has kept, so nothing that follows
 * hears of a change a crash could still take back. One event that cannot be handled is logged
 * and must not stop the events after it.
 */
export function followStoredEvents(eventBus: EventBus, types: ReadonlySet<string>, handle: (event: RecordedEvent) => Promise<void>, logger: Logger): Subscription {
  return eventBus
    .pipe(
      filter((event): event is StoredEvent => event instanceof StoredEvent && types.has(event.event.type)),
      concatMap(async ({ event }) => {
        try {
          await handle(event);
        } catch (error) {
          logger.error(`Could not publish ${event.type} at position ${event.position}`, error instanceof Error ? error.stack : String(error));
        }
      }),
    )
    .subscribe();
}
