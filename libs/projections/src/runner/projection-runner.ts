import type { EventStore } from '@app/event-store/event-store.port.js';
import { readCheckpoints } from '../checkpoints/checkpoints.js';
import type { Projection } from '../projection.js';
import type { ReadStore } from '../read-store/read-store.js';
import { LogFollowers } from './log-followers.js';
import { PositionWaiters, type WaitedViews } from './position-waiters.js';
import { migrateProjections, resetProjections } from './projection-schema.js';
import { replayFromStart } from './replay-from-start.js';

export interface ProjectionRunnerOptions {
  /** Largest batch (and so transaction) while following the log. */
  batchSize?: number;
  /** Batch size while rebuilding from zero: larger batches mean fewer commits. */
  rebuildBatchSize?: number;
  /** Backoff before a failed batch is redelivered (see SubscriptionOptions). */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A failed batch of one view; the view retries with backoff while the others carry on. */
  onError?: (error: unknown, projection: string, attempt: number) => void;
}

export interface ProjectionStatus {
  name: string;
  /** Position of the last event the view has committed, undefined when none. */
  position: bigint | undefined;
  /** How far the view's position is behind the head of the log. */
  lag: bigint;
}

export const DEFAULT_REBUILD_BATCH_SIZE = 5_000;

/**
 * Keeps every view following the event log, each with its own checkpoint; the views that are
 * level apply each batch in one shared transaction (see LogFollowers).
 */
export class ProjectionRunner {
  private readonly positions = new Map<string, bigint | undefined>();
  private readonly followers: LogFollowers;
  /** Followers of the log that are not views (the event bus): checkpointed with the views, never rebuilt. */
  private readonly attached: Projection[] = [];
  private readonly waiters = new PositionWaiters((position, views) => this.allReached(position, views));
  private running = false;
  private changes = 0;
  /** start, stop and rebuild run one after the other, never interleaved. */
  private lifecycle: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    const names = projections.map((projection) => projection.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) throw new Error(`Two projections are named "${duplicate}"; they would share one checkpoint.`);
    const { batchSize, initialBackoffMs, maxBackoffMs, onError = logError } = options;
    this.followers = new LogFollowers(
      store,
      readStore,
      { batchSize, initialBackoffMs, maxBackoffMs, onError },
      ({ name }) => this.positions.get(name),
      (projection, position) => this.committed(projection, position),
    );
  }

  /** Creates missing tables, then follows the log from each view's checkpoint. */
  start(): Promise<void> {
    return this.exclusively(async () => {
      if (this.running) return;
      const following = [...this.projections, ...this.attached];
      await migrateProjections(this.readStore, following);
      const checkpoints = await readCheckpoints(this.readStore.db, following.map(({ name }) => name));
      for (const [name, position] of checkpoints) this.positions.set(name, position);
      this.followers.follow(following);
      this.running = true;
    });
  }

  stop(): Promise<void> {
    return this.exclusively(async () => {
      this.running = false;
      await this.followers.stop();
    });
  }

  /**
   * Has a follower of the log that is not a view (the event bus) follow it from its own
   * checkpoint, committed in the views' transactions; neither listed in status, waited
   * for, nor rebuilt.
   */
  attach(follower: Projection): Promise<void> {
    return this.exclusively(async () => {
      if ([...this.projections, ...this.attached].some(({ name }) => name === follower.name)) {
        throw new Error(`Two projections are named "${follower.name}"; they would share one checkpoint.`);
      }
      await migrateProjections(this.readStore, [follower]);
      this.positions.set(follower.name, (await readCheckpoints(this.readStore.db, [follower.name])).get(follower.name));
      this.attached.push(follower);
      if (this.running) this.followers.follow([follower]);
    });
  }

  /** Stops an attached follower; resolves once none of its batches is being written. */
  detach(follower: Projection): Promise<void> {
    return this.exclusively(async () => {
      const index = this.attached.indexOf(follower);
      if (index < 0) return;
      this.attached.splice(index, 1);
      await this.followers.leave([follower]);
    });
  }

  /**
   * Rebuilds views from zero: drops their tables and checkpoints, replays the whole log,
   * and follows the log again if the runner was running.
   */
  async rebuild(names: readonly string[] | 'all'): Promise<void> {
    const targets = this.select(names);
    return this.exclusively(async () => {
      await this.followers.leave(targets);
      try {
        await resetProjections(this.readStore, targets);
        this.changes += 1;
        for (const projection of targets) this.positions.set(projection.name, undefined);
        await replayFromStart(
          this.store,
          this.readStore,
          targets,
          this.options.rebuildBatchSize ?? DEFAULT_REBUILD_BATCH_SIZE,
          (projection, position) => this.committed(projection, position),
        );
      } finally {
        if (this.running) this.followers.follow(targets);
      }
    });
  }

  /**
   * Resolves true once every view (or the named ones) has committed `position` (the
   * position a write returned), false when that takes longer than timeoutMs.
   */
  waitFor(position: bigint, timeoutMs: number, views: WaitedViews = 'all'): Promise<boolean> {
    return this.waiters.wait(position, timeoutMs, views);
  }

  /**
   * A number that changes whenever this runner has changed what the views hold (a batch
   * committed, a view emptied for a rebuild), and only then: an answer read from the views
   * stays right while it stands, if no other process writes them.
   */
  get generation(): number {
    return this.changes;
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    return this.projections.map(({ name }) => {
      const position = this.positions.get(name);
      const behind = (head ?? 0n) - (position ?? 0n);
      return { name, position, lag: behind > 0n ? behind : 0n };
    });
  }

  private committed(projection: Projection, position: bigint | undefined): void {
    this.changes += 1;
    this.positions.set(projection.name, position);
    this.waiters.wake();
  }

  private allReached(position: bigint, views: WaitedViews): boolean {
    return this.projections.every((projection) => {
      if (views !== 'all' && !views.includes(projection.name)) return true;
      const committed = this.positions.get(projection.name);
      return committed !== undefined && committed >= position;
    });
  }

  private select(names: readonly string[] | 'all'): readonly Projection[] {
    if (names === 'all') return this.projections;
    const unknown = names.filter((name) => !this.projections.some((projection) => projection.name === name));
    if (unknown.length > 0) {
      const known = this.projections.map((projection) => projection.name).join(', ');
      throw new Error(`No projection named ${unknown.join(', ')}; the projections are: ${known}.`);
    }
    return this.projections.filter((projection) => names.includes(projection.name));
  }

  private exclusively<T>(task: () => Promise<T>): Promise<T> {
    const run = this.lifecycle.then(task);
    this.lifecycle = run.catch(() => undefined);
    return run;
  }
}

function logError(error: unknown, projection: string, attempt: number): void {
  console.error(`Projection ${projection} failed to apply a batch (attempt ${attempt}); it will retry.`, error);
}
