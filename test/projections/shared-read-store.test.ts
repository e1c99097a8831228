import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { SqliteEventStore } from '@app/event-store';
import { ProjectionRunner, targetTablesProjection } from '@app/projections';
import { CountingProjection } from './support/counting-projection.js';
import { append, openEventStore } from './support/event-log.js';
import { readStoreDialects, type ReadStoreLocation } from './support/read-stores.js';
import { unrelated } from './support/target-table-events.js';
import { patienceMs } from '../support/patience.js';

// Only PostgreSQL is shared by several API instances. (Two SQLite connections in one
// process cannot stand in for two processes: waiting for the write lock blocks the thread.)
const postgres = readStoreDialects.find(({ dialect }) => dialect === 'postgres')!;

let location: ReadStoreLocation;
let store: SqliteEventStore;
let runners: ProjectionRunner[];

beforeEach(async () => {
  location = await postgres.create();
  store = openEventStore(location.dataDir);
  const counting = new CountingProjection();
  runners = [0, 1].map(() => new ProjectionRunner(store, location.open(), [counting, targetTablesProjection], { batchSize: 3 }));
});

afterEach(async () => {
  await Promise.all(runners.map((runner) => runner.stop()));
  await store.close();
  await location.dispose();
});

it('lets the runners of several instances share a PostgreSQL read store, each event applied once', async () => {
  await Promise.all(runners.map((runner) => runner.start()));
  const together = await append(store, 'ledger-1', ...Array.from({ length: 7 }, unrelated));
  for (let i = 0; i < 5; i += 1) await append(store, 'ledger-2', unrelated());
  const last = await append(store, 'ledger-1', ...Array.from({ length: 4 }, unrelated));
  expect(together).toBe(7n);
  expect(last).toBe(16n);

  expect(await Promise.all(runners.map((runner) => runner.waitFor(last, patienceMs)))).toEqual([true, true]);
  const readStore = location.open();
  expect(await new CountingProjection().appliedPositions(readStore.db)).toEqual(Array.from({ length: 16 }, (_, i) => BigInt(i + 1)));
});
