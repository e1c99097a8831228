import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ExpectedRevision, PostgresEventStore, type EventStore } from '@app/event-store';
import { createTemporaryDatabase, type TemporaryDatabase } from '../support/postgres-database.js';
import { eventStoreContract, type OpenedStore } from './event-store.contract.js';
import { eventsFor, idsOf, newCommandId, newStreamId, sleep, waitUntil } from './contract-fixtures.js';

/** Short, so that the contract's cross-instance subscription test finishes quickly. */
const POLL_INTERVAL_MS = 25;

async function openOn(database: TemporaryDatabase, dropOnDispose: boolean): Promise<OpenedStore & { database: TemporaryDatabase }> {
  const instances: EventStore[] = [];
  const connect = async (): Promise<PostgresEventStore> => {
    const instance = await PostgresEventStore.connect(database.url, { pollIntervalMs: POLL_INTERVAL_MS });
    instances.push(instance);
    return instance;
  };
  return {
    database,
    store: await connect(),
    reopen: connect,
    dispose: async () => {
      await Promise.all(instances.map((instance) => instance.close()));
      if (dropOnDispose) await database.drop();
    },
  };
}

const openOnNewDatabase = async () => openOn(await createTemporaryDatabase(), true);

// The contract's tests each write to fresh streams, so they share one database (as on a shared server).
let shared: Promise<TemporaryDatabase> | undefined;
eventStoreContract('PostgresEventStore', async () => openOn(await (shared ??= createTemporaryDatabase()), false));
afterAll(async () => {
  await (await shared)?.drop();
});

describe('PostgresEventStore', () => {
  let opened: OpenedStore & { database: TemporaryDatabase };

  beforeEach(async () => {
    opened = await openOnNewDatabase();
  });

  afterEach(async () => {
    await opened.dispose();
  });

  it('gives positions in commit order without gaps when several instances append at once', async () => {
    const others = await Promise.all([opened.reopen(), opened.reopen()]);
    const writers = [opened.store, ...others];
    const delivered: bigint[] = [];
    const subscription = others[0]!.subscribeToAll(async (batch) => {
      delivered.push(...batch.map((event) => event.position));
    });
    try {
      // 3 instances × 20 appends of 1–3 events, all in flight together.
      const appends = writers.flatMap((writer, w) =>
        Array.from({ length: 20 }, (_, i) => writer.append(newStreamId(`concurrent-${w}-${i}`), eventsFor(newCommandId(), 1 + (i % 3)), ExpectedRevision.noStream)),
      );
      await Promise.all(appends);
      const all = await opened.store.readAll();
      const positions = all.map((event) => event.position);
      expect(positions).toEqual(positions.map((_, index) => BigInt(index + 1)));
      await waitUntil(() => delivered.length === all.length, 10_000);
      expect(delivered).toEqual(positions);
    } finally {
      await subscription.stop();
    }
  });

  it('lets exactly one of two instances append at the same expected revision', async () => {
    const other = await opened.reopen();
    const stream = newStreamId('race');
    await opened.store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
    const outcomes = await Promise.allSettled([
      opened.store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(0)),
      other.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.exact(0)),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await opened.store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1]);
  });

  it('wakes a subscription of another instance at once through NOTIFY, without waiting to poll', async () => {
    const slowPoller = await PostgresEventStore.connect(opened.database.url, { pollIntervalMs: 60_000 });
    const delivered: string[] = [];
    const subscription = slowPoller.subscribeToAll(async (batch) => {
      delivered.push(...idsOf(batch));
    });
    try {
      // Let the subscription find the log empty and start waiting.
      await sleep(100);
      const events = eventsFor(newCommandId(), 1);
      await opened.store.append(newStreamId('notify'), events, ExpectedRevision.noStream);
      await waitUntil(() => delivered.length === 1, 5000);
      expect(delivered).toEqual(idsOf(events));
    } finally {
      await subscription.stop();
      await slowPoller.close();
    }
  });

  it('keeps data and metadata as the JSON text that was hashed', async () => {
    const stream = newStreamId('text');
    await opened.store.append(stream, eventsFor(newCommandId(), 1), ExpectedRevision.noStream);
    const [stored] = await opened.store.readStream(stream);
    const client = new pg.Client({ connectionString: opened.database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ data: string; metadata: string }>('SELECT data, metadata FROM event_log WHERE event_id = $1', [stored!.eventId]);
      expect(rows[0]!.data).toBe(JSON.stringify(stored!.data));
      expect(rows[0]!.metadata).toBe(JSON.stringify(stored!.metadata));
    } finally {
      await client.end();
    }
  });
});
