import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { assertExpectedRevision, assertWellFormedAppend } from '../append-checks.js';
import type {
  AppendResult,
  AppendsAfter,
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
import { WrongExpectedRevisionError } from '../errors.js';
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

/** An append waiting for the next group commit, with what its caller awaits. */
interface PendingAppend {
  streamId: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  recordedAt: RecordedAtOf;
  /** The append this one depends on (appendAfter), until this one is written. */
  after: PendingAppend | undefined;
  /** Set once written or refused. */
  outcome?: AppendOutcome;
  settle: (outcome: AppendOutcome) => void;
}

type AppendOutcome = { result: AppendResult } | { error: unknown };

/** The embedded event store: one SQLite file, no server needed. */
export class SqliteEventStore implements EventStore, KeepsRecordedAt, AppendsAfter {
  readonly kind = 'sqlite';
  readonly #file: string;
  readonly #db: Database.Database;
  readonly #statements: EventStatements;
  readonly #appendSignal = new AppendSignal();
  readonly #subscriptions: SubscriptionSet;
  readonly #appendAllAtomically: (appends: PendingAppend[]) => AppendOutcome[];
  #pending: PendingAppend[] = [];
  /** The queued append behind each promise this store handed out, for appendAfter. */
  readonly #appendOf = new WeakMap<Promise<AppendResult>, PendingAppend>();

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
    // Group commit (docs/speed.md): the appends that arrive while the event loop is busy are
    // written in one transaction, so they share one commit and one fsync. Each runs in a
    // savepoint of its own (a transaction function called inside another one), so an append
    // that fails (wrong expected revision, an event id reused) rolls back alone and the others
    // still commit; each sees the ones before it, so their checks hold as if run one by one.
    const appendOne = this.#db.transaction(this.#appendWithinTransaction.bind(this));
    const appendAll = this.#db.transaction((appends: PendingAppend[]) =>
      appends.map((append): AppendOutcome => {
        const { streamId, events, expected, recordedAt, after } = append;
        append.after = undefined;
        try {
          // Queued before this one, so already written or refused, in this group or an earlier one.
          if (after !== undefined && !('result' in after.outcome! && !after.outcome.result.idempotentReplay)) {
            throw new WrongExpectedRevisionError(streamId, expected, this.#statements.streamHead(streamId)?.revision ?? -1);
          }
          return (append.outcome = { result: appendOne(streamId, events, expected, recordedAt) });
        } catch (error) {
          return (append.outcome = { error });
        }
      }),
    );
    // IMMEDIATE takes the write lock up front, so two processes never both read a stream
    // head and then race to write after it.
    this.#appendAllAtomically = (appends) => appendAll.immediate(appends);
    this.#subscriptions = new SubscriptionSet({
      readAll: (readOptions) => this.readAll(readOptions),
      appendSignal: this.#appendSignal,
      pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    });
  }

  get file(): string {
    return this.#file;
  }

  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.#append(streamId, events, expected, undefined, undefined);
  }

  /** An append refused unless `earlier` (an append of this store) stored its events (AppendsAfter). */
  appendAfter(earlier: Promise<AppendResult>, streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const after = this.#appendOf.get(earlier);
    if (after !== undefined) return this.#append(streamId, events, expected, undefined, after);
    // Not one of this store's queued appends (a wrapper's): wait for it, then decide the same way.
    const refused = () => new WrongExpectedRevisionError(streamId, expected, this.#statements.streamHead(streamId)?.revision ?? -1);
    return earlier.then(
      (result) => {
        if (result.idempotentReplay) throw refused();
        return this.append(streamId, events, expected);
      },
      () => {
        throw refused();
      },
    );
  }

  /** Appends events of an export with the time they were first recorded (a restore). */
  async appendRestored(streamId: string, events: RestoredEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.#append(streamId, events, expected, (index) => events[index]!.recordedAt, undefined);
  }

  /**
   * Queues the append for the group commit run once the event loop has taken in what is
   * ready (setImmediate): no timer, so a lone append waits for nothing, and appends arriving
   * together pay one fsync. The caller hears of its append only once the commit is durable.
   */
  #append(streamId: string, events: NewEvent[], expected: ExpectedRevision, recordedAt: RecordedAtOf, after: PendingAppend | undefined): Promise<AppendResult> {
    try {
      assertWellFormedAppend(streamId, events.map((event) => event.eventId));
    } catch (error) {
      return Promise.reject(error);
    }
    let append!: PendingAppend;
    const appended = new Promise<AppendOutcome>((settle) => {
      append = { streamId, events, expected, recordedAt, after, settle };
      this.#pending.push(append);
      if (this.#pending.length === 1) setImmediate(() => this.#commitPending());
    }).then((outcome) => {
      if ('error' in outcome) throw outcome.error;
      return outcome.result;
    });
    this.#appendOf.set(appended, append);
    return appended;
  }

  #commitPending(): void {
    const appends = this.#pending;
    this.#pending = [];
    let outcomes: AppendOutcome[];
    try {
      outcomes = this.#appendAllAtomically(appends);
    } catch (error) {
      // The commit itself failed (disk full, the lock not had in time): nothing was written.
      outcomes = appends.map((append) => (append.outcome = { error }));
    }
    if (outcomes.some((outcome) => 'result' in outcome && !outcome.result.idempotentReplay)) this.#appendSignal.notify();
    appends.forEach((append, index) => append.settle(outcomes[index]!));
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
    // Appends already accepted are committed before the file closes.
    if (this.#pending.length > 0) this.#commitPending();
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
