interface Waiter {
  position: bigint;
  settle(reached: boolean): void;
}

/** Callers waiting for the views to reach a position, woken when a commit may have got them there. */
export class PositionWaiters {
  private readonly waiting = new Set<Waiter>();

  constructor(private readonly reached: (position: bigint) => boolean) {}

  wait(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.reached(position)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
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
      if (this.reached(waiter.position)) waiter.settle(true);
    }
  }
}
