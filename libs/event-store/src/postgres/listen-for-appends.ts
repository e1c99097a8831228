import pg from 'pg';
import type { AppendSignal } from '../subscription/append-signal.js';
import { APPEND_CHANNEL } from './schema.js';

const RECONNECT_DELAY_MS = 1000;

/**
 * Wakes this instance's caught-up subscriptions when any instance appends (NOTIFY is sent on
 * commit). It only shortens the wait: subscriptions also poll, so a lost connection costs
 * latency, never events; it reconnects quietly.
 */
export class AppendListener {
  readonly #connectionString: string;
  readonly #signal: AppendSignal;
  #client: pg.Client | undefined;
  #retry: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(connectionString: string, signal: AppendSignal) {
    this.#connectionString = connectionString;
    this.#signal = signal;
  }

  async start(): Promise<void> {
    if (this.#closed) return;
    const client = new pg.Client({ connectionString: this.#connectionString });
    client.on('notification', () => this.#signal.notify());
    client.on('error', () => this.#reconnectLater(client));
    client.on('end', () => this.#reconnectLater(client));
    this.#client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${APPEND_CHANNEL}`);
      // Whatever was appended while no one listened is read now.
      this.#signal.notify();
    } catch {
      this.#reconnectLater(client);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  #reconnectLater(dropped: pg.Client): void {
    if (this.#closed || this.#client !== dropped) return;
    this.#client = undefined;
    void dropped.end().catch(() => undefined);
    this.#retry = setTimeout(() => void this.start(), RECONNECT_DELAY_MS);
  }
}
