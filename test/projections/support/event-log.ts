import { join } from 'node:path';
import { ExpectedRevision, SqliteEventStore, type NewEvent } from '@app/event-store';

export function openEventStore(dataDir: string): SqliteEventStore {
  return SqliteEventStore.open(join(dataDir, 'events.sqlite'));
}

/** Appends to a stream whatever it holds; returns the position of the last event written. */
export async function append(store: SqliteEventStore, streamId: string, ...events: NewEvent[]): Promise<bigint> {
  return (await store.append(streamId, events, ExpectedRevision.any)).position;
}
