import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { assertExpectedRevision, assertWellFormedAppend } from '../append-checks.js';
import { WrongExpectedRevisionError } from '../errors.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionHandler,
  SubscriptionOptions,
} from '../event-store.port.js';
import { chainEvents } from '../hash-chain.js';
import { findReplay, type StoredEventRef } from '../idempotent-replay.js';
import { AppendSignal } from '../subscription/append-signal.js';
import { SubscriptionSet } from '../subscription/subscription-set.js';
import { isSystemEvent, scan, toRecordedEvent } from './esdb-reads.js';
import { LiveAppendNotifier } from './live-append-notifier.js';

export interface EventStoreDbEventStoreOptions {
  /** How often a caught-up subscription reads again when no live notification arrived. */
  pollIntervalMs?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 200;

/** How often an append that tolerates any revision rereads the stream after losing a race. */
const APPEND_ATTEMPTS = 5;

/** What an append needs to know about a stream before writing to it. */
interface StreamSnapshot {
  revision: number;
  lastHash: string;
  events: Map<string, StoredEventRef>;
}

/**
 * The production store. Positions are EventStoreDB commit positions. An append first reads
 * its stream: the hash chain needs the last hash, and a retry is recognised by its event
 * ids. Limitation: the server does not index event ids across streams, so an id reused in
 * another stream is not detected here (the SQLite store rejects it).
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  readonly #client: EventStoreDBClient;
  readonly #appendSignal = new AppendSignal();
  readonly #notifier: LiveAppendNotifier;
  readonly #subscriptions: SubscriptionSet;

  static async connect(
    connectionString: string,
    options: EventStoreDbEventStoreOptions = {},
  ): Promise<EventStoreDbEventStore> {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  private constructor(client: EventStoreDBClient, options: EventStoreDbEventStoreOptions) {
    this.#client = client;
    this.#notifier = new LiveAppendNotifier(client, this.#appendSignal);
    this.#subscriptions = new SubscriptionSet({
      readAll: (readOptions) => this.readAll(readOptions),
      appendSignal: this.#appendSignal,
      pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    });
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const eventIds = events.map((event) => event.eventId);
    assertWellFormedAppend(streamId, eventIds);
    for (let attempt = 1; ; attempt += 1) {
      const stream = await this.#snapshot(streamId);
      const replay = findReplay(streamId, eventIds, (eventId) => stream.events.get(eventId));
      if (replay) return replay;
      assertExpectedRevision(streamId, expected, stream.revision);
      try {
        const result = await this.#write(streamId, stream, events);
        this.#appendSignal.notify();
        return result;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= APPEND_ATTEMPTS) {
          throw new WrongExpectedRevisionError(streamId, expected, revisionNumber(error.actualVersion));
        }
        // Another writer appended between our read and our write: read again, so the
        // replay check, the expectation and the hash chain all see the new tail.
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    const read = this.#client.readStream(streamId, {
      fromRevision: BigInt(options.fromRevision ?? 0),
      maxCount: options.maxCount,
    });
    try {
      await scan(read, (resolved) => {
        if (resolved.event) events.push(toRecordedEvent(resolved.event));
        return true;
      });
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after, maxCount = Number.POSITIVE_INFINITY } = options;
    const events: RecordedEvent[] = [];
    const read = this.#client.readAll({
      fromPosition: after === undefined ? START : { commit: after, prepare: after },
    });
    await scan(read, ({ event }) => {
      if (event === undefined || isSystemEvent(event)) return true;
      // The read starts at `after` itself, which is exclusive.
      if (after !== undefined && event.position.commit <= after) return true;
      const last = events[events.length - 1];
      // Stop only between positions, so that `after: last.position` never splits an append.
      if (events.length >= maxCount && (last === undefined || event.position.commit !== last.position)) {
        return false;
      }
      events.push(toRecordedEvent(event));
      return true;
    });
    return events;
  }

  async headPosition(): Promise<bigint | undefined> {
    let head: bigint | undefined;
    await scan(this.#client.readAll({ fromPosition: END, direction: BACKWARDS }), ({ event }) => {
      if (event === undefined || isSystemEvent(event)) return true;
      head = event.position.commit;
      return false;
    });
    return head;
  }

  subscribeToAll(handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription {
    this.#notifier.start();
    return this.#subscriptions.start(handler, options);
  }

  async close(): Promise<void> {
    await this.#subscriptions.stopAll();
    await this.#notifier.close();
    await this.#client.dispose();
  }

  async #snapshot(streamId: string): Promise<StreamSnapshot> {
    const snapshot: StreamSnapshot = { revision: -1, lastHash: '', events: new Map() };
    for (const event of await this.readStream(streamId)) {
      snapshot.events.set(event.eventId, { streamId, revision: event.revision, position: event.position });
      snapshot.revision = event.revision;
      snapshot.lastHash = event.metadata.hash;
    }
    return snapshot;
  }

  /** Appends at exactly the revision the snapshot saw, so the hash chain stays linear. */
  async #write(streamId: string, stream: StreamSnapshot, events: NewEvent[]): Promise<AppendResult> {
    const chained = chainEvents(stream.lastHash, events).map((event) =>
      jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata: event.metadata }),
    );
    const result = await this.#client.appendToStream(streamId, chained, {
      expectedRevision: stream.revision < 0 ? NO_STREAM : BigInt(stream.revision),
    });
    if (result.position === undefined) {
      throw new Error(`EventStoreDB did not return the position of the append to ${streamId}.`);
    }
    return {
      nextRevision: Number(result.nextExpectedRevision),
      position: result.position.commit,
      idempotentReplay: false,
    };
  }
}

function revisionNumber(revision: bigint | typeof NO_STREAM): number {
  return revision === NO_STREAM ? -1 : Number(revision);
}
