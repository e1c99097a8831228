import type { EventStore, Subscription } from '@app/event-store/event-store.port.js';
import { readCheckpoint } from '../checkpoints/checkpoints.js';
import type { Projection } from '../projection.js';
import type { ReadStore } from '../read-store/read-store.js';
import { commitBatch } from './commit-batch.js';
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

/** Keeps every view following the event log, each with its own subscription and checkpoint. */
export class ProjectionRunner {
  private readonly positions = new Map<string, bigint | undefined>();
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly waiters = new PositionWaiters((position, views) => this.allReached(position, views));
  private running = false;
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
  }

  /** Creates missing tables, then follows the log from each view's checkpoint. */
  start(): Promise<void> {
    return this.exclusively(async () => {
      if (this.running) return;
      await migrateProjections(this.readStore, this.projections);
      for (const projection of this.projections) {
        this.positions.set(projection.name, await readCheckpoint(this.readStore.db, projection.name));
        this.subscribe(projection);
      }
      this.running = true;
    });
  }

  stop(): Promise<void> {
    return this.exclusively(async () => {
      this.running = false;
      await this.unsubscribe(this.projections);
    });
  }

  /**
   * Rebuilds views from zero: drops their tables and checkpoints, replays the whole log,
   * and follows the log again if the runner was running.
   */
  async rebuild(names: readonly string[] | 'all'): Promise<void> {
    const targets = this.select(names);
    return this.exclusively(async () => {
      await this.unsubscribe(targets);
      try {
        await resetProjections(this.readStore, targets);
        for (const projection of targets) this.positions.set(projection.name, undefined);
        await replayFromStart(
          this.store,
          this.readStore,
          targets,
          this.options.rebuildBatchSize ?? DEFAULT_REBUILD_BATCH_SIZE,
          (projection, position) => this.committed(projection, position),
        );
      } finally {
        if (this.running) for (const projection of targets) this.subscribe(projection);
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

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    return this.projections.map(({ name }) => {
      const position = this.positions.get(name);
      const behind = (head ?? 0n) - (position ?? 0n);
      return { name, position, lag: behind > 0n ? behind : 0n };
    });
  }

  private subscribe(projection: Projection): void {
    const { batchSize, initialBackoffMs, maxBackoffMs, onError = logError } = this.options;
    const subscription = this.store.subscribeToAll(
      async (events) => this.committed(projection, await commitBatch(this.readStore, projection, events)),
      {
        after: this.positions.get(projection.name),
        batchSize,
        initialBackoffMs,
        maxBackoffMs,
        onError: (error, attempt) => onError(error, projection.name, attempt),
      },
    );
    this.subscriptions.set(projection.name, subscription);
  }

  private async unsubscribe(projections: readonly Projection[]): Promise<void> {
    await Promise.all(
      projections.map(async ({ name }) => {
        const subscription = this.subscriptions.get(name);
        this.subscriptions.delete(name);
        await subscription?.stop();
      }),
    );
  }

  private committed(projection: Projection, position: bigint | undefined): void {
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
