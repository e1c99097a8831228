import { describe, expect, it } from '@jest/globals';
import { EventStoreDbEventStore, type EventStore } from '@app/event-store';
import { eventStoreContract } from './event-store.contract.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

/** Short, so that the contract's cross-instance subscription test finishes quickly. */
const POLL_INTERVAL_MS = 50;

if (connectionString) {
  eventStoreContract('EventStoreDbEventStore', async () => {
    const instances: EventStore[] = [];
    const connect = async (): Promise<EventStore> => {
      const instance = await EventStoreDbEventStore.connect(connectionString, { pollIntervalMs: POLL_INTERVAL_MS });
      instances.push(instance);
      return instance;
    };
    return {
      store: await connect(),
      reopen: connect,
      // Streams stay on the server: every test writes to fresh, unique stream ids.
      dispose: async () => {
        await Promise.all(instances.map((instance) => instance.close()));
      },
    };
  });
} else {
  describe('EventStore contract: EventStoreDbEventStore', () => {
    it('is skipped: EVENTSTORE_CONNECTION_STRING is not set', () => {
      console.warn(
        'The EventStoreDB contract was NOT run because EVENTSTORE_CONNECTION_STRING is unset. ' +
          'Start EventStoreDB (docker compose up) and set it, e.g. esdb://localhost:2113?tls=false.',
      );
      expect(connectionString).toBeFalsy();
    });
  });
}
