import pg from 'pg';
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
import { findReplay, type StoredEventRef } from '../idempotent-replay.js';
import { LazilyParsedEvent } from '../lazily-parsed-event.js';
import { AppendSignal } from '../subscription/append-signal.js';
import { SubscriptionSet } from '../subscription/subscription-set.js';
import { AppendListener } from './listen-for-appends.js';
import { APPEND_CHANNEL, prepareSchema } from './schema.js';

export interface PostgresEventStoreOptions {
  /** How often a caught-up subscription reads again when no notification arrived. */
  pollIntervalMs?: number;
  /**
   * Connections kept open for appends and reads (default 4). Appends run one at a time across
   * every instance anyway; a larger pool only holds more of the server's connections, of which
   * several instances and their read stores share one limit (max_connections, 100 by default).
   */
  poolSize?: number;
}

const DEFAULT_POLL_INTERVAL_MS = 200;

interface EventRow {
  position: string;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

/** The recordedAt of the index-th event of an append; undefined: the time of the append. */
type RecordedAtOf = ((index: number) => string) | undefined;

/**
 * Events in PostgreSQL, for several API instances on one database. Every append runs in one
 * transaction that first locks the single `event_log_head` row: appends are serialised, a position
 * is handed out only while the lock is held, and the lock is released by the commit, so a
 * reader never sees position n+1 before position n — subscribers can trust the order without
 * waiting for gaps to fill (docs/events.md, "The PostgreSQL store"). Appends from all
 * instances thus run one at a time; a county's or a bureau's write rate is far below what
 * one such transaction per few milliseconds allows.
 */
export class PostgresEventStore implements EventStore, KeepsRecordedAt {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;
  readonly #appendSignal = new AppendSignal();
  readonly #listener: AppendListener;
  readonly #subscriptions: SubscriptionSet;

  static async connect(connectionString: string, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 4 });
    // An idle connection dropped by the server must not take the process down.
    pool.on('error', () => undefined);
    try {
      await prepareSchema(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    const store = new PostgresEventStore(connectionString, pool, options);
    await store.#listener.start();
    return store;
  }

  private constructor(connectionString: string, pool: pg.Pool, options: PostgresEventStoreOptions) {
    this.#pool = pool;
    this.#listener = new AppendListener(connectionString, this.#appendSignal);
    this.#subscriptions = new SubscriptionSet({
      readAll: (readOptions) => this.readAll(readOptions),
      appendSignal: this.#appendSignal,
      pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    });
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.#append(streamId, events, expected, undefined);
  }

  /** Appends events of an export with the time they were first recorded (a restore). */
  async appendRestored(streamId: string, events: RestoredEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.#append(streamId, events, expected, (index) => events[index]!.recordedAt);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.#pool.query<EventRow>(
      'SELECT * FROM event_log WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3',
      [streamId, options.fromRevision ?? 0, options.maxCount ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    // Positions start at 1, so "after 0" is the whole log.
    const { rows } = await this.#pool.query<EventRow>('SELECT * FROM event_log WHERE position > $1 ORDER BY position LIMIT $2', [
      String(options.after ?? 0n),
      options.maxCount ?? null,
    ]);
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<bigint | undefined> {
    const { rows } = await this.#pool.query<{ position: string | null }>('SELECT max(position) AS position FROM event_log');
    const position = rows[0]?.position;
    return position === null || position === undefined ? undefined : BigInt(position);
  }

  subscribeToAll(handler: SubscriptionHandler, options?: SubscriptionOptions): Subscription {
    return this.#subscriptions.start(handler, options);
  }

  async close(): Promise<void> {
    await this.#subscriptions.stopAll();
    await this.#listener.close();
    await this.#pool.end();
  }

  async #append(streamId: string, events: NewEvent[], expected: ExpectedRevision, recordedAt: RecordedAtOf): Promise<AppendResult> {
    assertWellFormedAppend(streamId, events.map((event) => event.eventId));
    const client = await this.#pool.connect();
    let result: AppendResult;
    try {
      await client.query('BEGIN');
      try {
        result = await appendWithinTransaction(client, streamId, events, expected, recordedAt);
        await client.query(result.idempotentReplay ? 'ROLLBACK' : 'COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      client.release();
    }
    if (!result.idempotentReplay) this.#appendSignal.notify();
    return result;
  }
}

/** A throw here rolls back everything the append wrote. */
async function appendWithinTransaction(
  client: pg.PoolClient,
  streamId: string,
  events: NewEvent[],
  expected: ExpectedRevision,
  recordedAt: RecordedAtOf,
): Promise<AppendResult> {
  // The lock every append takes first: held until commit, it orders positions by commit.
  const head = await client.query<{ position: string }>('SELECT position FROM event_log_head WHERE id = 1 FOR UPDATE');
  let position = BigInt(head.rows[0]!.position);

  const eventIds = events.map((event) => event.eventId);
  const stored = await client.query<{ event_id: string; stream_id: string; revision: number; position: string }>(
    'SELECT event_id, stream_id, revision, position FROM event_log WHERE event_id = ANY($1)',
    [eventIds],
  );
  const refs = new Map<string, StoredEventRef>(
    stored.rows.map((row) => [row.event_id, { streamId: row.stream_id, revision: row.revision, position: BigInt(row.position) }]),
  );
  const replay = findReplay(streamId, eventIds, (eventId) => refs.get(eventId));
  if (replay) return replay;

  const stream = await client.query<{ revision: number; last_hash: string }>('SELECT revision, last_hash FROM event_streams WHERE stream_id = $1', [streamId]);
  const currentRevision = stream.rows[0]?.revision ?? -1;
  assertExpectedRevision(streamId, expected, currentRevision);

  // Stamped once the lock is held: recorded times follow positions.
  const now = new Date().toISOString();
  let revision = currentRevision;
  let lastHash = stream.rows[0]?.last_hash ?? '';
  const rows: unknown[] = [];
  for (const [index, event] of chainEvents(lastHash, events).entries()) {
    revision += 1;
    position += 1n;
    rows.push(String(position), event.eventId, streamId, revision, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), recordedAt?.(index) ?? now);
    lastHash = event.metadata.hash;
  }
  const placeholders = events.map((_, row) => `(${Array.from({ length: 8 }, (_, column) => `$${row * 8 + column + 1}`).join(', ')})`).join(', ');
  await client.query(`INSERT INTO event_log (position, event_id, stream_id, revision, type, data, metadata, recorded_at) VALUES ${placeholders}`, rows);
  await client.query(
    `INSERT INTO event_streams (stream_id, revision, last_hash) VALUES ($1, $2, $3)
     ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, last_hash = excluded.last_hash`,
    [streamId, revision, lastHash],
  );
  await client.query('UPDATE event_log_head SET position = $1 WHERE id = 1', [String(position)]);
  // Delivered to listeners when the transaction commits, never for a rolled-back append.
  await client.query(`NOTIFY ${APPEND_CHANNEL}`);
  return { nextRevision: revision, position, idempotentReplay: false };
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return new LazilyParsedEvent(
    { eventId: row.event_id, streamId: row.stream_id, revision: row.revision, position: BigInt(row.position), type: row.type, recordedAt: row.recorded_at },
    row.data,
    row.metadata,
  );
}
