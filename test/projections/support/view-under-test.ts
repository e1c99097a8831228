import { afterEach, beforeEach, expect } from '@jest/globals';
import type { SqliteEventStore } from '@app/event-store';
import { ProjectionRunner, type Projection, type ReadStore } from '@app/projections';
import { openEventStore } from './event-log.js';
import type { ReadStoreLocation } from './read-stores.js';

/** Views (one or more) following an SQLite event log into a fresh read store, for each test of a describe block. */
export interface ViewUnderTest {
  store: SqliteEventStore;
  readStore: ReadStore;
  runner: ProjectionRunner;
  /** Resolves once the view has applied the whole log. */
  caughtUp(): Promise<void>;
  /** Stops the runner and follows the log again from the stored checkpoint, through a newly opened read store, as after a restart. */
  restart(): Promise<void>;
}

export function viewUnderTest(create: () => Promise<ReadStoreLocation>, ...projections: Projection[]): ViewUnderTest {
  let location: ReadStoreLocation;
  const view: ViewUnderTest = {
    store: undefined!,
    readStore: undefined!,
    runner: undefined!,
    async caughtUp() {
      expect(await view.runner.waitFor((await view.store.headPosition())!, 5000, projections.map((projection) => projection.name))).toBe(true);
    },
    async restart() {
      await view.runner.stop();
      view.runner = new ProjectionRunner(view.store, location.open(), projections);
      await view.runner.start();
    },
  };

  beforeEach(async () => {
    location = await create();
    view.store = openEventStore(location.dataDir);
    view.readStore = location.open();
    view.runner = new ProjectionRunner(view.store, view.readStore, projections);
    await view.runner.start();
  });

  afterEach(async () => {
    await view.runner.stop();
    await view.store.close();
    await location.dispose();
  });

  return view;
}
