import { ExpectedRevision, type EventStore } from '@app/event-store';
import { benchEvent } from './bench-events.js';

const EVENTS_PER_APPEND = 1000;

/** Fills a store with `count` events over count/1000 streams, through the store's own append. */
export async function seedLargeStore(store: EventStore, count: number): Promise<void> {
  for (let written = 0, stream = 0; written < count; written += EVENTS_PER_APPEND, stream += 1) {
    const size = Math.min(EVENTS_PER_APPEND, count - written);
    const events = Array.from({ length: size }, (_, i) => benchEvent('BenchSeeded', { sequence: written + i }));
    await store.append(`seed-${stream}`, events, ExpectedRevision.noStream);
  }
}
