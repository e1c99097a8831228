/**
 * The one port every event store adapter implements. Positions in the global log are
 * bigints because EventStoreDB's commit positions outgrow Number.MAX_SAFE_INTEGER;
 * stream revisions stay numbers (0-based, the first event of a stream is revision 0).
 *
 * Positions never decrease along the global log and grow strictly from one append to the
 * next. The events of one append may share a position (EventStoreDB gives every event of an
 * explicit transaction its commit position), so readers never end a batch inside a shared
 * position: a checkpoint taken from a delivered event never splits an append.
 */

/** What the appender expects the stream to be before the append. */
export type ExpectedRevision =
  | { kind: 'exact'; revision: number }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'any' };

export const ExpectedRevision = {
  exact: (revision: number): ExpectedRevision => ({ kind: 'exact', revision }),
  noStream: { kind: 'no_stream' } as ExpectedRevision,
  streamExists: { kind: 'stream_exists' } as ExpectedRevision,
  any: { kind: 'any' } as ExpectedRevision,
  /** The expectation for a stream read up to `revision` (-1 when nothing was read). */
  after: (revision: number): ExpectedRevision =>
    revision < 0 ? { kind: 'no_stream' } : { kind: 'exact', revision },
};

export interface Actor {
  userId: string;
  displayName: string;
  roles: string[];
  unitCode: string | null;
  sectionId: string | null;
}

/** Metadata the caller supplies; the store adds the hash chain. */
export interface EventMetadata {
  commandId: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
  /** ISO-8601 instant at which the command was decided. */
  occurredAt: string;
  schemaVersion: number;
  /** Further facts a capability wants kept with the event (import source, …). */
  [key: string]: unknown;
}

export interface NewEvent {
  /** A UUID; derive it from the command id (see eventIdFor) so that retries append nothing. */
  eventId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

/** An event restored from an export, with the time the exporting store recorded it. */
export interface RestoredEvent extends NewEvent {
  recordedAt: string;
}

/**
 * An adapter that can restore events with the recordedAt of the export, so that exporting a
 * restored store gives the same file again. EventStoreDB stamps its own time and has no such append.
 */
export interface KeepsRecordedAt {
  appendRestored(streamId: string, events: RestoredEvent[], expected: ExpectedRevision): Promise<AppendResult>;
}

/**
 * An adapter that commits appends in the order they are made and can make an append depend on
 * an earlier one still being committed: it is refused with WrongExpectedRevisionError, writing
 * nothing, unless the earlier one stored its events (not refused, not a replay). A command can
 * then be decided on the state the earlier command's events make before they are stored, and
 * both share one commit, without ever being stored on a state that never was (docs/speed.md).
 */
export interface AppendsAfter {
  appendAfter(earlier: Promise<AppendResult>, streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
}

export function appendsAfter(store: EventStore): store is EventStore & AppendsAfter {
  return typeof (store as Partial<AppendsAfter>).appendAfter === 'function';
}

export interface StoredMetadata extends EventMetadata {
  /** SHA-256 (hex) of the previous event's hash in the stream ('' for the first). */
  previousHash: string;
  /** SHA-256 (hex) over previousHash, type, data and metadata (without hash fields). */
  hash: string;
}

export interface RecordedEvent {
  eventId: string;
  streamId: string;
  revision: number;
  position: bigint;
  type: string;
  data: Record<string, unknown>;
  metadata: StoredMetadata;
  /** When the store recorded the event (ISO-8601). */
  recordedAt: string;
}

export interface AppendResult {
  /** Revision of the last event of the append (the stream's revision afterwards). */
  nextRevision: number;
  /** Global position of the last event of the append. */
  position: bigint;
  /** True when every event id was already stored: a retried append wrote nothing. */
  idempotentReplay: boolean;
}

export interface ReadStreamOptions {
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: read events strictly after this position (undefined = from the start). */
  after?: bigint;
  maxCount?: number;
}

export interface SubscriptionOptions {
  /** Exclusive checkpoint: deliver events strictly after this position. */
  after?: bigint;
  /** Largest batch handed to the handler at once. */
  batchSize?: number;
  /** First delay before resubscribing after an error; doubles up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  onError?: (error: unknown, attempt: number) => void;
}

/**
 * Receives events in global order, a batch at a time. When the promise rejects, the
 * subscription backs off and redelivers from the last batch that was acknowledged
 * (resolved), so a handler that checkpoints inside its transaction sees every event once.
 */
export type SubscriptionHandler = (events: RecordedEvent[]) => Promise<void>;

export interface Subscription {
  /** Resolves when the subscription has stopped delivering. */
  stop(): Promise<void>;
  /** Position of the last batch the handler acknowledged. */
  readonly position: bigint | undefined;
}

export interface EventStore {
  readonly kind: string;
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the newest event in the global log, undefined when the log is empty. */
  headPosition(): Promise<bigint | undefined>;
  subscribeToAll(handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription;
  close(): Promise<void>;
}
