import type {
  ReadAllOptions,
  RecordedEvent,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
} from '../event-store.port.js';
import type { AppendSignal } from './append-signal.js';

/** What a store lends its subscriptions: reads of the global log and a wake-up on appends. */
export interface CatchUpSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  readonly appendSignal: AppendSignal;
  /** How long a caught-up subscription waits before it looks again without being woken. */
  readonly pollIntervalMs: number;
}

const DEFAULTS = { batchSize: 100, initialBackoffMs: 100, maxBackoffMs: 5000 };

/**
 * Reads the global log in batches from an exclusive checkpoint and hands each batch to the
 * handler; the checkpoint moves only once the handler's promise resolves, so a failed batch
 * is read and delivered again (after a backoff) and nothing is skipped.
 */
export class CatchUpSubscription implements Subscription {
  /** Settles once the subscription has stopped delivering. */
  readonly finished: Promise<void>;
  #position: bigint | undefined;
  readonly #stopping = new AbortController();
  readonly #source: CatchUpSource;
  readonly #handler: SubscriptionHandler;
  readonly #batchSize: number;
  readonly #initialBackoffMs: number;
  readonly #maxBackoffMs: number;
  readonly #onError: (error: unknown, attempt: number) => void;

  constructor(source: CatchUpSource, handler: SubscriptionHandler, options: SubscriptionOptions = {}) {
    this.#source = source;
    this.#handler = handler;
    this.#position = options.after;
    this.#batchSize = options.batchSize ?? DEFAULTS.batchSize;
    this.#initialBackoffMs = options.initialBackoffMs ?? DEFAULTS.initialBackoffMs;
    this.#maxBackoffMs = options.maxBackoffMs ?? DEFAULTS.maxBackoffMs;
    this.#onError = options.onError ?? reportToConsole;
    this.finished = this.#run();
  }

  get position(): bigint | undefined {
    return this.#position;
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.finished;
  }

  async #run(): Promise<void> {
    const stopping = this.#stopping.signal;
    let failures = 0;
    while (!stopping.aborted) {
      try {
        const seenVersion = this.#source.appendSignal.version;
        const batch = await this.#source.readAll({ after: this.#position, maxCount: this.#batchSize });
        if (stopping.aborted) return;
        const last = batch[batch.length - 1];
        if (last === undefined) {
          await this.#source.appendSignal.wait(seenVersion, this.#source.pollIntervalMs, stopping);
          continue;
        }
        await this.#handler(batch);
        this.#position = last.position;
        failures = 0;
      } catch (error) {
        failures += 1;
        this.#onError(error, failures);
        await delay(this.#backoffMs(failures), stopping);
      }
    }
  }

  #backoffMs(failures: number): number {
    return Math.min(this.#initialBackoffMs * 2 ** (failures - 1), this.#maxBackoffMs);
  }
}

function reportToConsole(error: unknown, attempt: number): void {
  console.error(`Event subscription failed (attempt ${attempt}); redelivering after a backoff.`, error);
}

function delay(ms: number, abort: AbortSignal): Promise<void> {
  if (abort.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      abort.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    abort.addEventListener('abort', done, { once: true });
  });
}
