import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { SqliteEventStore } from '@app/event-store';
import {
  ProjectionRunner,
  readCheckpoint,
  targetTablesProjection,
  type Projection,
  type ProjectionRunnerOptions,
  type ReadStore,
} from '@app/projections';
import { commitBatch, type FromZero } from '@app/projections/runner/commit-batch.js';
import { migrateProjections } from '@app/projections/runner/projection-schema.js';
import { CountingProjection } from './support/counting-projection.js';
import { append, openEventStore } from './support/event-log.js';
import { readStoreDialects, type ReadStoreLocation } from './support/read-stores.js';
import { content, drafted, revised, streamOf, unrelated } from './support/target-table-events.js';
import { until } from './support/until.js';
import { patienceMs } from '../support/patience.js';

const fastRetry: ProjectionRunnerOptions = { initialBackoffMs: 5, maxBackoffMs: 20 };

describe.each(readStoreDialects)('projection runner on $dialect', ({ create }) => {
  let location: ReadStoreLocation;
  let store: SqliteEventStore;
  let readStore: ReadStore;
  const runners: ProjectionRunner[] = [];

  beforeEach(async () => {
    location = await create();
    store = openEventStore(location.dataDir);
    readStore = location.open();
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await store.close();
    await location.dispose();
  });

  function runner(projections: Projection[], options: ProjectionRunnerOptions = {}, on = readStore) {
    const created = new ProjectionRunner(store, on, projections, { ...fastRetry, ...options });
    runners.push(created);
    return created;
  }

  async function head(): Promise<bigint> {
    return (await store.headPosition())!;
  }

  /** `count` events, each appended on its own; returns their positions. */
  async function appendEvents(count: number): Promise<bigint[]> {
    const positions: bigint[] = [];
    for (let i = 0; i < count; i += 1) positions.push(await append(store, 'ledger-1', unrelated()));
    return positions;
  }

  /** `count` events in one append, so that a subscription sees them in one batch. */
  async function appendTogether(count: number): Promise<bigint[]> {
    const last = await append(store, 'ledger-1', ...Array.from({ length: count }, unrelated));
    return Array.from({ length: count }, (_, i) => last - BigInt(count - 1 - i));
  }

  it('commits a batch and its checkpoint together, and applies every event once after a failure', async () => {
    const counting = new CountingProjection();
    const errors: string[] = [];
    const running = runner([counting, targetTablesProjection], {
      batchSize: 5,
      onError: (_error, projection) => errors.push(projection),
    });
    await running.start();
    const before = await appendEvents(4);
    expect(await running.waitFor(before.at(-1)!, patienceMs)).toBe(true);

    counting.failing = true;
    const key = { projectCode: 'P-1', fiscalYear: 2022 };
    const during = [...(await appendTogether(3)), await append(store, streamOf(key), drafted(key, content())), ...(await appendEvents(3))];
    await until(() => errors.length >= 2);
    // The other view carries on while this one retries.
    await until(async () => (await readCheckpoint(readStore.db, targetTablesProjection.name)) === during.at(-1));
    expect(new Set(errors)).toEqual(new Set(['counting']));
    expect(await counting.appliedPositions(readStore.db)).toEqual(before);
    expect(await readCheckpoint(readStore.db, counting.name)).toBe(before.at(-1));
    expect(await running.waitFor(during.at(-1)!, 50)).toBe(false);

    counting.failing = false;
    expect(await running.waitFor(during.at(-1)!, patienceMs)).toBe(true);
    expect(await counting.appliedPositions(readStore.db)).toEqual([...before, ...during]);
    expect(await readCheckpoint(readStore.db, counting.name)).toBe(during.at(-1));
  });

  it('resumes from the checkpoint after a restart and applies each event once', async () => {
    const counting = new CountingProjection();
    const first = runner([counting, targetTablesProjection]);
    await first.start();
    const early = await appendEvents(3);
    expect(await first.waitFor(early.at(-1)!, patienceMs)).toBe(true);
    await first.stop();

    const late = await appendEvents(4);
    const second = runner([counting, targetTablesProjection], {}, location.open());
    await second.start();
    expect(await second.waitFor(late.at(-1)!, patienceMs)).toBe(true);
    expect(await counting.appliedPositions(readStore.db)).toEqual([...early, ...late]);
    expect(await second.status()).toEqual([
      { name: 'counting', position: late.at(-1), lag: 0n },
      { name: 'target-tables', position: late.at(-1), lag: 0n },
    ]);
  });

  it('rebuilds from zero into the rows the incremental build made', async () => {
    const keys = ['P-1', 'P-2', 'P-3'].map((projectCode, i) => ({ projectCode, fiscalYear: 2021 + i }));
    for (const [i, key] of keys.entries()) {
      await append(store, streamOf(key), drafted(key, content({ name: `项目${i}` }), { occurredAt: `2022-0${i + 1}-01T00:00:00.000Z` }));
    }
    await appendEvents(2);
    for (const [i, key] of keys.entries()) {
      for (const version of [2, 3]) {
        const budget = { total: 1_000_000 * version, fiscal: 1_000_000 * version, other: 0 };
        await append(store, streamOf(key), revised(key, version, { name: `项目${i}v${version}`, budget }));
      }
    }
    const counting = new CountingProjection();
    // Batches of two split every table's events across batches; the rebuild reads them in one.
    const running = runner([counting, targetTablesProjection], { batchSize: 2 });
    await running.start();
    expect(await running.waitFor(await head(), patienceMs)).toBe(true);
    const incremental = await snapshot(readStore);
    // Every revision landed in a later batch than its draft and was merged over the stored row.
    expect(incremental.rows.map((row) => [row.name, row.version, JSON.parse(row.content_json)])).toEqual(
      keys.map((_, i) => [`项目${i}v3`, 3, content({ name: `项目${i}v3`, budget: { total: 3_000_000, fiscal: 3_000_000, other: 0 } })]),
    );

    await running.rebuild('all');
    expect(await snapshot(readStore)).toEqual(incremental);
    expect(await counting.appliedPositions(readStore.db)).toHaveLength(11);

    // Still following the log after the rebuild.
    const next = await append(store, streamOf(keys[0]!), revised(keys[0]!, 4, { name: '项目0v4' }));
    expect(await running.waitFor(next, patienceMs)).toBe(true);
    const followed = (await snapshot(readStore)).rows[0]!;
    expect(followed).toMatchObject({ name: '项目0v4', version: 4 });
    expect(Number(followed.budget_total_fen)).toBe(3_000_000);
    expect(JSON.parse(followed.content_json)).toEqual(content({ name: '项目0v4', budget: { total: 3_000_000, fiscal: 3_000_000, other: 0 } }));
  });

  it('applies a rebuild\'s batches through the view\'s apply from zero only while no other runner has written the view', async () => {
    const counting = new CountingProjection();
    await migrateProjections(readStore, [counting]);
    const positions = await appendEvents(6);
    const [first, second, third] = [0, 2, 4].map((from) => ({ after: from === 0 ? undefined : positions[from - 1], maxCount: 2 }));
    const fromZero: Array<readonly bigint[]> = [];
    const replays = new Map<string, FromZero>([
      [counting.name, { apply: async (_trx, events) => void fromZero.push(events.map((event) => event.position)), committed: undefined }],
    ]);

    await commitBatch(readStore, [counting], await store.readAll(first), replays);
    expect(fromZero).toEqual([positions.slice(0, 2)]);
    expect(replays.get(counting.name)?.committed).toBe(positions[1]);
    // Another runner on the same read store applies the next batch.
    await commitBatch(readStore, [counting], await store.readAll(second));
    await commitBatch(readStore, [counting], await store.readAll(third), replays);
    expect(replays.has(counting.name)).toBe(false);
    expect(fromZero).toHaveLength(1);
    expect(await counting.appliedPositions(readStore.db)).toEqual(positions.slice(2));
    expect(await readCheckpoint(readStore.db, counting.name)).toBe(positions[5]);
  });

  it('rebuilds only the views it is asked to', async () => {
    const counting = new CountingProjection();
    const other = new CountingProjection('other');
    const running = runner([counting, other], { rebuildBatchSize: 2 });
    await running.start();
    const positions = await appendEvents(5);
    expect(await running.waitFor(positions.at(-1)!, patienceMs)).toBe(true);
    await readStore.db.deleteFrom(counting.tables[0]!).execute();
    await readStore.db.insertInto(other.tables[0]!).values({ position: '999', type: 'Planted' }).execute();

    await running.rebuild(['counting']);
    expect(await counting.appliedPositions(readStore.db)).toEqual(positions);
    expect(await other.appliedPositions(readStore.db)).toEqual([...positions, 999n]);
    await expect(running.rebuild(['counting', 'no-such-view'])).rejects.toThrow(/No projection named no-such-view/);
  });

  it('rebuilds a stopped runner without starting it', async () => {
    const positions = await appendEvents(3);
    const counting = new CountingProjection();
    const stopped = runner([counting]);
    await stopped.rebuild('all');
    expect(await counting.appliedPositions(readStore.db)).toEqual(positions);
    const more = await append(store, 'ledger-1', unrelated());
    expect(await stopped.waitFor(more, 200)).toBe(false);
  });

  it('applies a batch to every view that is level in one read-store transaction', async () => {
    const views = [new CountingProjection(), new CountingProjection('other'), targetTablesProjection];
    const running = runner(views);
    await running.start();
    expect(await running.waitFor(await appendEvents(1).then((positions) => positions[0]!), patienceMs)).toBe(true);
    const transactions = countTransactions(readStore);
    const together = await appendTogether(4);
    expect(await running.waitFor(together.at(-1)!, patienceMs)).toBe(true);
    expect(transactions.count).toBe(1);
    expect((await readStore.db.selectFrom('projection_checkpoints').select(['name', 'position']).orderBy('name').execute())).toEqual(
      views.map(({ name }) => ({ name, position: String(together.at(-1)) })).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('lets a view behind the others catch up on its own, then apply their batches with them, each event once', async () => {
    const ahead = new CountingProjection();
    const first = runner([ahead]);
    await first.start();
    const early = await appendEvents(5);
    expect(await first.waitFor(early.at(-1)!, patienceMs)).toBe(true);
    await first.stop();

    // A view new in this build starts from nothing beside one at the head of the log.
    const behind = new CountingProjection('other');
    const second = runner([ahead, behind], { batchSize: 2 });
    await second.start();
    expect(await second.waitFor(early.at(-1)!, patienceMs)).toBe(true);
    const transactions = countTransactions(readStore);
    const late = await appendTogether(2);
    expect(await second.waitFor(late.at(-1)!, patienceMs)).toBe(true);
    expect(transactions.count).toBe(1);
    expect(await ahead.appliedPositions(readStore.db)).toEqual([...early, ...late]);
    expect(await behind.appliedPositions(readStore.db)).toEqual([...early, ...late]);

    // Rebuilt while the other view follows the log, it joins it again.
    await second.rebuild(['other']);
    const after = await appendEvents(2);
    expect(await second.waitFor(after.at(-1)!, patienceMs)).toBe(true);
    expect(await ahead.appliedPositions(readStore.db)).toEqual([...early, ...late, ...after]);
    expect(await behind.appliedPositions(readStore.db)).toEqual([...early, ...late, ...after]);
    const again = countTransactions(readStore);
    const last = await appendTogether(2);
    expect(await second.waitFor(last.at(-1)!, patienceMs)).toBe(true);
    expect(again.count).toBe(1);
  });

  it('commits an attached follower’s checkpoint with the views, without listing, awaiting or rebuilding it', async () => {
    const views = [new CountingProjection()];
    const follower = new CountingProjection('follower');
    const running = runner(views);
    await running.start();
    await running.attach(follower);
    const positions = await appendEvents(3);
    await until(async () => (await readCheckpoint(readStore.db, follower.name)) === positions.at(-1));
    expect(await follower.appliedPositions(readStore.db)).toEqual(positions);
    expect((await running.status()).map(({ name }) => name)).toEqual(['counting']);
    await expect(running.rebuild(['follower'])).rejects.toThrow(/No projection named follower/);

    await running.detach(follower);
    const more = await appendEvents(1);
    expect(await running.waitFor(more[0]!, patienceMs)).toBe(true);
    expect(await follower.appliedPositions(readStore.db)).toEqual(positions);
  });

  it('waits for a position until every view has committed it, or times out', async () => {
    const running = runner([new CountingProjection(), targetTablesProjection]);
    await running.start();
    const key = { projectCode: 'P-1', fiscalYear: 2022 };
    const waiting = running.waitFor(3n, patienceMs);
    await appendEvents(2);
    const position = await append(store, streamOf(key), drafted(key, content()));
    expect(position).toBe(3n);
    expect(await waiting).toBe(true);
    expect(await running.waitFor(position, 0)).toBe(true);

    const started = Date.now();
    expect(await running.waitFor(position + 1000n, 150)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('reports each view’s position and lag behind the log', async () => {
    const counting = new CountingProjection();
    const running = runner([counting, targetTablesProjection]);
    await running.start();
    const positions = await appendEvents(3);
    expect(await running.waitFor(positions.at(-1)!, patienceMs)).toBe(true);
    counting.failing = true;
    const stuck = await appendTogether(3);
    await until(async () => (await running.status())[1]!.position === stuck.at(-1));
    expect(await running.status()).toEqual([
      { name: 'counting', position: positions.at(-1), lag: stuck.at(-1)! - positions.at(-1)! },
      { name: 'target-tables', position: stuck.at(-1), lag: 0n },
    ]);
  });

  it('refuses two views with one name', () => {
    expect(() => runner([new CountingProjection(), new CountingProjection()])).toThrow(/Two projections are named "counting"/);
  });
});

/** Every row of the target table view, and the checkpoints, as the read store holds them. */
async function snapshot(readStore: ReadStore) {
  return {
    rows: await readStore.db.selectFrom('target_tables').selectAll().orderBy('fiscal_year').orderBy('project_code').execute(),
    checkpoints: await readStore.db.selectFrom('projection_checkpoints').select(['name', 'position']).orderBy('name').execute(),
  };
}

/** Counts the read-store transactions begun from here on. */
function countTransactions(readStore: ReadStore): { count: number } {
  const counted = { count: 0 };
  const begin = readStore.db.transaction.bind(readStore.db);
  readStore.db.transaction = () => {
    counted.count += 1;
    return begin();
  };
  return counted;
}
