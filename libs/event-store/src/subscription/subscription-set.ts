import type { Subscription, SubscriptionHandler, SubscriptionOptions } from '../event-store.port.js';
import { CatchUpSubscription, type CatchUpSource } from './catch-up-subscription.js';

/** The live subscriptions of one store, so that closing the store can stop them first. */
export class SubscriptionSet {
  readonly #active = new Set<CatchUpSubscription>();
  readonly #source: CatchUpSource;

  constructor(source: CatchUpSource) {
    this.#source = source;
  }

  start(handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription {
    const subscription = new CatchUpSubscription(this.#source, handler, options);
    this.#active.add(subscription);
    void subscription.finished.finally(() => this.#active.delete(subscription));
    return subscription;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.#active].map((subscription) => subscription.stop()));
  }
}
