import { afterEach, beforeEach, expect } from '@jest/globals';
import type { SqliteEventStore } from '@app/event-store';
import { ProjectionRunner, type Projection, type ProjectionRunnerOptions, type ReadStore } from '@app/projections';
import { openEventStore } from './event-log.js';
import type { ReadStoreLocation } from './read-stores.js';
import { patienceMs } from '../../support/patience.js';

/** Views (one or more) following an SQLite event log into a fresh read store, for each test of a describe block. */
export interface ViewUnderTest {
  store: SqliteEventStore;
  readStore: ReadStore;
  /** The runner following the log; set once the view follows it. */
  runner: ProjectionRunner;
  /** Resolves once the view has applied the whole log. */
  caughtUp(): Promise<void>;
  /** Follows the log from here on (from the stored checkpoint) with these runner options, e.g. small batches; a runner already following stops first. */
  follow(options?: ProjectionRunnerOptions): Promise<void>;
  /** Stops the runner and follows the log again from the stored checkpoint, through a newly opened read store, as after a restart. */
  restart(): Promise<void>;
}

export interface ViewUnderTestOptions {
  /**
   * Whether each test starts with the view following the log (the default); without, a test
   * writes the log first and then calls follow, e.g. to apply it in batches of a given size.
   */
  following?: boolean;
}

export function viewUnderTest(create: () => Promise<ReadStoreLocation>, views: Projection | Projection[], { following = true }: ViewUnderTestOptions = {}): ViewUnderTest {
  const projections = Array.isArray(views) ? views : [views];
  let location: ReadStoreLocation;
  let runner: ProjectionRunner | undefined;
  const view: ViewUnderTest = {
    store: undefined!,
    readStore: undefined!,
    get runner(): ProjectionRunner {
      if (runner === undefined) throw new Error('The view does not follow the log yet: call follow() first.');
      return runner;
    },
    async caughtUp() {
      expect(await view.runner.waitFor((await view.store.headPosition())!, patienceMs, projections.map((projection) => projection.name))).toBe(true);
    },
    async follow(options: ProjectionRunnerOptions = {}) {
      await runner?.stop();
      runner = new ProjectionRunner(view.store, view.readStore, projections, options);
      await runner.start();
    },
    async restart() {
      await view.runner.stop();
      runner = new ProjectionRunner(view.store, location.open(), projections);
      await runner.start();
    },
  };

  beforeEach(async () => {
    location = await create();
    view.store = openEventStore(location.dataDir);
    view.readStore = location.open();
    runner = undefined;
    if (following) await view.follow();
  });

  afterEach(async () => {
    await runner?.stop();
    await view.store.close();
    await location.dispose();
  });

  return view;
}
