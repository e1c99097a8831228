/** The views a caller waits for: some by name, or all of them. */
export type WaitedViews = readonly string[] | 'all';

interface Waiter {
  position: bigint;
  views: WaitedViews;
  settle(reached: boolean): void;
}

/** Callers waiting for the views to reach a position, woken when a commit may have got them there. */
export class PositionWaiters {
  private readonly waiting = new Set<Waiter>();

  constructor(private readonly reached: (position: bigint, views: WaitedViews) => boolean) {}

  wait(position: bigint, timeoutMs: number, views: WaitedViews = 'all'): Promise<boolean> {
    if (this.reached(position, views)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        views,
        settle: (reached) => {
          clearTimeout(timer);
          this.waiting.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.settle(false), timeoutMs);
      this.waiting.add(waiter);
    });
  }

  /** Call after every commit. */
  wake(): void {
    for (const waiter of this.waiting) {
      if (this.reached(waiter.position, waiter.views)) waiter.settle(true);
    }
  }
}
