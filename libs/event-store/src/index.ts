import { join } from 'node:path';
import type { EventStore } from './event-store.port.js';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';

export * from './event-store.port.js';
export * from './errors.js';
export * from './hash-chain.js';
export * from './event-id.js';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb/eventstoredb-event-store.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store.js';

export interface EventStoreConfig {
  /** When set, events go to EventStoreDB. */
  eventStoreConnectionString?: string;
  /** When set (postgres://…), events go to PostgreSQL; with neither, to the embedded SQLite file. */
  eventStoreUrl?: string;
  dataDir: string;
}

export async function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  if (config.eventStoreUrl) {
    return PostgresEventStore.connect(config.eventStoreUrl);
  }
  if (config.eventStoreConnectionString) {
    return EventStoreDbEventStore.connect(config.eventStoreConnectionString);
  }
  return SqliteEventStore.open(sqliteEventStoreFile(config.dataDir));
}

/** Where the embedded store of a data folder is kept. */
export function sqliteEventStoreFile(dataDir: string): string {
  return join(dataDir, 'events.sqlite');
}
export * from './integrity/index.js';
export * from './backup/index.js';
