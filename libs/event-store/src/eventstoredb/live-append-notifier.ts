import { END, excludeSystemEvents, type AllStreamSubscription, type EventStoreDBClient } from '@eventstore/db-client';
import type { AppendSignal } from '../subscription/append-signal.js';

const RESTART_DELAY_MS = 1000;

/**
 * Wakes caught-up subscriptions when any writer (this process or another) appends. It only
 * shortens the wait: subscriptions read the events themselves and also poll, so a dropped
 * live subscription costs latency, never events; hence its errors are not reported.
 */
export class LiveAppendNotifier {
  readonly #client: EventStoreDBClient;
  readonly #signal: AppendSignal;
  #subscription: AllStreamSubscription | undefined;
  #restartTimer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(client: EventStoreDBClient, signal: AppendSignal) {
    this.#client = client;
    this.#signal = signal;
  }

  start(): void {
    if (this.#subscription !== undefined || this.#closed) return;
    const subscription = this.#client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    const restart = (): void => this.#restartLater(subscription);
    subscription.on('data', () => this.#signal.notify());
    // The client emits errors without ending the stream, so an error also means "dropped".
    subscription.on('error', restart);
    subscription.on('end', restart);
    this.#subscription = subscription;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#restartTimer);
    await this.#subscription?.unsubscribe();
  }

  #restartLater(dropped: AllStreamSubscription): void {
    if (this.#subscription !== dropped || this.#closed) return;
    this.#subscription = undefined;
    dropped.unsubscribe().catch(() => undefined);
    this.#restartTimer = setTimeout(() => this.start(), RESTART_DELAY_MS).unref();
  }
}
