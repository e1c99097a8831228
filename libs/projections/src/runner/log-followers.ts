import type { EventStore, RecordedEvent, Subscription } from '@app/event-store/event-store.port.js';
import type { Projection } from '../projection.js';
import type { ReadStore } from '../read-store/read-store.js';
import { causeOf, commitBatch, ViewBatchFailed } from './commit-batch.js';

export interface LogFollowerOptions {
  batchSize?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  onError: (error: unknown, projection: string, attempt: number) => void;
}

/**
 * Keeps views following the log. The views that are level share ONE subscription and apply each
 * batch in one read-store transaction together (docs/speed.md: a commit per batch, not one per
 * view). A view that is behind — rebuilt, new in this build, or one whose batch failed — follows
 * the log on its own subscription, retrying with backoff while the others carry on, and joins
 * the shared one once it has caught up with it.
 */
export class LogFollowers {
  /** Views applying the shared subscription's batches. */
  private readonly together = new Set<Projection>();
  /** Views catching up on their own, by name. */
  private readonly alone = new Map<string, Subscription>();
  /** Subscriptions of views that have joined the others, stopping once their last batch is done. */
  private readonly joinedAlone = new Set<Promise<void>>();
  /** Views stopped by leave: a batch still in flight neither lets them join nor sends them off alone. */
  private readonly left = new Set<Projection>();
  private shared: Subscription | undefined;
  /** Between follow and stop: a batch still in flight at stop sends no view off on its own. */
  private following = false;
  /**
   * The last position handed to the shared subscription's handler: a view that has committed
   * it may join, for the shared subscription delivers only what comes after it (or redelivers
   * a failed batch, which the view then skips by its checkpoint).
   */
  private sharedUpTo: bigint | undefined;
  /** The shared batch being applied, so that a view leaving can wait until it no longer writes. */
  private sharedBatch: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly options: LogFollowerOptions,
    private readonly positionOf: (projection: Projection) => bigint | undefined,
    private readonly committed: (projection: Projection, position: bigint | undefined) => void,
  ) {}

  /** Follows the log from each view's position: the most advanced together, the others on their own until they catch up. */
  follow(projections: readonly Projection[]): void {
    this.following = true;
    const reached = (projection: Projection) => this.positionOf(projection) ?? -1n;
    const furthestFirst = [...projections].sort((a, b) => (reached(a) === reached(b) ? 0 : reached(a) > reached(b) ? -1 : 1));
    for (const projection of furthestFirst) {
      this.left.delete(projection);
      const position = this.positionOf(projection);
      if (this.shared === undefined) this.startShared(position);
      if (atOrPast(position, this.sharedUpTo)) this.together.add(projection);
      else this.followAlone(projection);
    }
  }

  /** Stops the views following the log; resolves once none of their batches is being written. */
  async leave(projections: readonly Projection[]): Promise<void> {
    for (const projection of projections) {
      this.left.add(projection);
      this.together.delete(projection);
    }
    await this.sharedBatch;
    await Promise.all(
      projections.map(async (projection) => {
        const subscription = this.alone.get(projection.name);
        this.alone.delete(projection.name);
        await subscription?.stop();
      }),
    );
  }

  async stop(): Promise<void> {
    this.following = false;
    const shared = this.shared;
    this.shared = undefined;
    this.sharedUpTo = undefined;
    this.together.clear();
    const alone = [...this.alone.values()];
    this.alone.clear();
    await Promise.all([shared?.stop(), ...alone.map((subscription) => subscription.stop()), ...this.joinedAlone]);
  }

  private startShared(after: bigint | undefined): void {
    const { batchSize, initialBackoffMs, maxBackoffMs, onError } = this.options;
    this.sharedUpTo = after;
    this.shared = this.store.subscribeToAll((events) => this.applyShared(events), {
      after,
      batchSize,
      initialBackoffMs,
      maxBackoffMs,
      onError: (error, attempt) => onError(causeOf(error), [...this.together].map(({ name }) => name).join(', '), attempt),
    });
  }

  private async applyShared(events: RecordedEvent[]): Promise<void> {
    const last = events.at(-1)!.position;
    if (!atOrPast(this.sharedUpTo, last)) this.sharedUpTo = last;
    const applying = this.commitTogether(events);
    this.sharedBatch = applying.catch(() => undefined);
    await applying;
  }

  /**
   * One transaction for every view that is level. When one view's apply fails, that view
   * alone drops out and retries on its own; the batch is committed again without it at once,
   * so one faulty view does not hold up the others. Any other failure (the read store itself)
   * fails the batch, which the shared subscription delivers again after a backoff.
   */
  private async commitTogether(events: RecordedEvent[]): Promise<void> {
    for (;;) {
      const views = [...this.together];
      if (views.length === 0) return;
      try {
        const positions = await commitBatch(this.readStore, views, events);
        for (const view of views) this.committed(view, positions.get(view.name));
        return;
      } catch (error) {
        const failed = error instanceof ViewBatchFailed ? views.find(({ name }) => name === error.view) : undefined;
        if (failed === undefined) throw error;
        this.options.onError(causeOf(error), failed.name, 1);
        this.together.delete(failed);
        if (!this.left.has(failed)) this.followAlone(failed);
      }
    }
  }

  private followAlone(projection: Projection): void {
    if (!this.following) return;
    const { batchSize, initialBackoffMs, maxBackoffMs, onError } = this.options;
    let joined = false;
    const subscription = this.store.subscribeToAll(
      async (events) => {
        if (joined) return;
        const position = (await commitBatch(this.readStore, [projection], events)).get(projection.name);
        this.committed(projection, position);
        // Joining and the shared handler's move of sharedUpTo happen between awaits, so the
        // shared subscription's next batch starts after what this view has committed.
        if (this.following && !this.left.has(projection) && this.alone.get(projection.name) === subscription && atOrPast(position, this.sharedUpTo)) {
          joined = true;
          this.alone.delete(projection.name);
          this.together.add(projection);
          const stopping = subscription.stop();
          this.joinedAlone.add(stopping);
          void stopping.finally(() => this.joinedAlone.delete(stopping));
        }
      },
      {
        after: this.positionOf(projection),
        batchSize,
        initialBackoffMs,
        maxBackoffMs,
        onError: (error, attempt) => onError(causeOf(error), projection.name, attempt),
      },
    );
    this.alone.set(projection.name, subscription);
  }
}

/** Whether a checkpoint is at or past another (undefined: no event applied, before every position). */
function atOrPast(position: bigint | undefined, other: bigint | undefined): boolean {
  return other === undefined || (position !== undefined && position >= other);
}
