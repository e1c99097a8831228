import type { EventStore } from '@app/event-store';
import { eventStoreNameOf, type AppConfig } from '../config/app-config.js';

/** Whether this start loads the demo data: DEMO_DATA on, the embedded store, and nothing stored yet. */
export async function loadsDemoData(config: AppConfig, store: EventStore): Promise<boolean> {
  return config.demoData && eventStoreNameOf(config) === 'SQLite' && (await store.headPosition()) === undefined;
}
