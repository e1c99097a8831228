import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store/event-store.port.js';
import type { SqliteEventStore } from '@app/event-store';
import { ProjectionRunner, readCheckpoint, type Projection, type ReadStore, type ReadStoreDialect } from '@app/projections';
import { CountingProjection } from './support/counting-projection.js';
import { append, openEventStore } from './support/event-log.js';
import { readStoreDialects, type ReadStoreLocation } from './support/read-stores.js';
import { unrelated } from './support/target-table-events.js';
import { patienceMs } from '../support/patience.js';

/**
 * A view that, once told to, writes its rows of the next batch and then holds the shared
 * transaction open, as a process does at the moment it is killed.
 */
class HoldingView implements Projection {
  readonly name: string;
  readonly tables: readonly string[];
  holding = false;
  /** Resolves once a batch is held open. */
  readonly held: Promise<void>;
  private enter!: () => void;
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));

  constructor(
    private readonly inner: CountingProjection,
    private readonly dialect: ReadStoreDialect,
  ) {
    this.name = inner.name;
    this.tables = inner.tables;
    this.held = new Promise((resolve) => (this.enter = resolve));
  }

  migrate(db: Kysely<any>): Promise<void> {
    return this.inner.migrate(db);
  }

  async apply(trx: Transaction<any>, events: readonly RecordedEvent[]): Promise<void> {
    await this.inner.apply(trx, events);
    if (!this.holding) return;
    this.enter();
    // On PostgreSQL the connection is busy in a statement when its session is ended, as a
    // killed process's would be mid-batch; SQLite's file is closed under the open transaction.
    if (this.dialect === 'postgres') await sql`select pg_sleep(600)`.execute(trx);
    else await this.released;
    throw new Error('The process was killed in the middle of the batch.');
  }

  /** Lets a held batch end (in failure): the killed process's last breath. */
  end(): void {
    this.release();
  }
}

/** Ends the read store's connections abruptly, as killing the process that holds them does. */
async function kill(location: ReadStoreLocation, readStore: ReadStore): Promise<void> {
  if (readStore.dialect === 'sqlite') {
    await readStore.close();
    return;
  }
  const admin = location.open();
  await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(admin.db);
}

describe.each(readStoreDialects)('a crash between batches on $dialect', ({ dialect, create }) => {
  let location: ReadStoreLocation;
  let store: SqliteEventStore;

  beforeEach(async () => {
    location = await create();
    store = openEventStore(location.dataDir);
  });

  afterEach(async () => {
    await store.close();
    await location.dispose();
  });

  it('loses no event and applies none twice in any view when the process dies with a batch half written', async () => {
    const counting = new CountingProjection();
    const holding = new HoldingView(new CountingProjection('other'), dialect);
    const crashing = location.open();
    const first = new ProjectionRunner(store, crashing, [counting, holding], { batchSize: 2, initialBackoffMs: 5, maxBackoffMs: 20, onError: () => undefined });
    await first.start();
    const committed: bigint[] = [];
    for (let i = 0; i < 4; i += 1) committed.push(await append(store, 'ledger-1', unrelated()));
    expect(await first.waitFor(committed.at(-1)!, patienceMs)).toBe(true);

    holding.holding = true;
    const inFlight = await append(store, 'ledger-1', ...Array.from({ length: 3 }, unrelated));
    await holding.held;
    const stopped = first.stop();
    await kill(location, crashing);
    holding.end();
    await stopped;

    // What survived the crash: the batches committed before it, none of the one in flight.
    const afterCrash = location.open();
    for (const view of [counting, holding]) expect(await readCheckpoint(afterCrash.db, view.name)).toBe(committed.at(-1));
    expect(await counting.appliedPositions(afterCrash.db)).toEqual(committed);
    expect(await new CountingProjection('other').appliedPositions(afterCrash.db)).toEqual(committed);

    // Started again on the same read store, every view applies the rest of the log once.
    const later = await append(store, 'ledger-2', unrelated());
    const restarted = new ProjectionRunner(store, afterCrash, [counting, new CountingProjection('other')], { batchSize: 2 });
    await restarted.start();
    try {
      expect(await restarted.waitFor(later, patienceMs)).toBe(true);
      const all = [...committed, inFlight - 2n, inFlight - 1n, inFlight, later];
      expect(await counting.appliedPositions(afterCrash.db)).toEqual(all);
      expect(await new CountingProjection('other').appliedPositions(afterCrash.db)).toEqual(all);
    } finally {
      await restarted.stop();
    }
  });
});
