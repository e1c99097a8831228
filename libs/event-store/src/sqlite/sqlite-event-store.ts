import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { assertExpectedRevision, assertWellFormedAppend } from '../append-checks.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  KeepsRecordedAt,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  RestoredEvent,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
} from '../event-store.port.js';
import { chainEvents } from '../hash-chain.js';
import { findReplay } from '../idempotent-replay.js';
import { AppendSignal } from '../subscription/append-signal.js';
import { SubscriptionSet } from '../subscription/subscription-set.js';
import { EventStatements } from './event-statements.js';
import { prepareDatabase } from './schema.js';

export interface SqliteEventStoreOptions {
  /**
   * How often a caught-up subscription looks for events appended by another process on the
   * same file; appends through this instance wake it at once.
   */
  pollIntervalMs?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 200;

/** The recordedAt of the index-th event of an append; undefined: the time of the append. */
type RecordedAtOf = ((index: number) => string) | undefined;

/** The embedded event store: one SQLite file, no server needed. */
export class SqliteEventStore implements EventStore, KeepsRecordedAt {
  readonly kind = 'sqlite';
  readonly #file: string;
  readonly #db: Database.Database;
  readonly #statements: EventStatements;
  readonly #appendSignal = new AppendSignal();
  readonly #subscriptions: SubscriptionSet;
  readonly #appendAtomically: (streamId: string, events: NewEvent[], expected: ExpectedRevision, recordedAt: RecordedAtOf) => AppendResult;

  /** Opens (creating the folder, file and schema when missing) the store kept in `file`. */
  static open(file: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    mkdirSync(dirname(file), { recursive: true });
    return new SqliteEventStore(file, options);
  }

  private constructor(file: string, options: SqliteEventStoreOptions) {
    this.#file = file;
    this.#db = new Database(file);
    prepareDatabase(this.#db);
    this.#db.defaultSafeIntegers(true);
    this.#statements = new EventStatements(this.#db);
    // IMMEDIATE takes the write lock up front, so two processes never both read a stream
    // head and then race to write after it.
    const transaction = this.#db.transaction(this.#appendWithinTransaction.bind(this));
    this.#appendAtomically = (streamId, events, expected, recordedAt) => transaction.immediate(streamId, events, expected, recordedAt);
    this.#subscriptions = new SubscriptionSet({
      readAll: (readOptions) => this.readAll(readOptions),
      appendSignal: this.#appendSignal,
      pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    });
  }

  get file(): string {
    return this.#file;
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.#append(streamId, events, expected, undefined);
  }

  /** Appends events of an export with the time they were first recorded (a restore). */
  async appendRestored(streamId: string, events: RestoredEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.#append(streamId, events, expected, (index) => events[index]!.recordedAt);
  }

  #append(streamId: string, events: NewEvent[], expected: ExpectedRevision, recordedAt: RecordedAtOf): AppendResult {
    assertWellFormedAppend(streamId, events.map((event) => event.eventId));
    const result = this.#appendAtomically(streamId, events, expected, recordedAt);
    if (!result.idempotentReplay) this.#appendSignal.notify();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.#statements.readStream(streamId, options.fromRevision ?? 0, options.maxCount);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.#statements.readAll(options.after, options.maxCount);
  }

  async headPosition(): Promise<bigint | undefined> {
    return this.#statements.headPosition();
  }

  subscribeToAll(handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription {
    return this.#subscriptions.start(handler, options);
  }

  async close(): Promise<void> {
    await this.#subscriptions.stopAll();
    this.#db.close();
  }

  /** A throw here rolls back everything the append wrote. */
  #appendWithinTransaction(streamId: string, events: NewEvent[], expected: ExpectedRevision, recordedAt: RecordedAtOf): AppendResult {
    const replay = findReplay(
      streamId,
      events.map((event) => event.eventId),
      (eventId) => this.#statements.findEvent(eventId),
    );
    if (replay) return replay;

    const head = this.#statements.streamHead(streamId);
    const currentRevision = head?.revision ?? -1;
    assertExpectedRevision(streamId, expected, currentRevision);

    // Stamped inside the transaction, once the write lock is held: recorded times follow positions.
    const now = new Date().toISOString();
    let revision = currentRevision;
    let position = 0n;
    let lastHash = head?.lastHash ?? '';
    for (const [index, event] of chainEvents(lastHash, events).entries()) {
      revision += 1;
      position = this.#statements.insertEvent({ ...event, streamId, revision, recordedAt: recordedAt?.(index) ?? now });
      lastHash = event.metadata.hash;
    }
    this.#statements.saveStreamHead(streamId, { revision, lastHash });
    return { nextRevision: revision, position, idempotentReplay: false };
  }
}
