import type Database from 'better-sqlite3';
import type { RecordedEvent, StoredMetadata } from '../event-store.port.js';
import type { StoredEventRef } from '../idempotent-replay.js';
import { LazilyParsedEvent } from '../lazily-parsed-event.js';

/** An events row as read with safe integers, so positions arrive as bigint. */
export interface EventRow {
  position: bigint;
  event_id: string;
  stream_id: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

interface EventRefRow {
  stream_id: string;
  revision: bigint;
  position: bigint;
}

interface StreamRow {
  revision: bigint;
  last_hash: string;
}

export interface StreamHead {
  revision: number;
  lastHash: string;
}

export interface EventInsert {
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  data: Record<string, unknown>;
  metadata: StoredMetadata;
  recordedAt: string;
}

/** SQLite's LIMIT -1 means no limit. */
const NO_LIMIT = -1;

/** Every statement the store runs, prepared once per connection. */
export class EventStatements {
  readonly #findEvent: Database.Statement<[string], EventRefRow>;
  readonly #streamHead: Database.Statement<[string], StreamRow>;
  readonly #insertEvent: Database.Statement<[string, string, number, string, string, string, string]>;
  readonly #saveStreamHead: Database.Statement<[string, number, string]>;
  readonly #readStream: Database.Statement<[string, number, number], EventRow>;
  readonly #readWholeStream: Database.Statement<[string, number], EventRow>;
  readonly #readAll: Database.Statement<[bigint, number], EventRow>;
  readonly #headPosition: Database.Statement<[], { position: bigint }>;

  constructor(db: Database.Database) {
    this.#findEvent = db.prepare('SELECT stream_id, revision, position FROM events WHERE event_id = ?');
    this.#streamHead = db.prepare('SELECT revision, last_hash FROM streams WHERE stream_id = ?');
    this.#insertEvent = db.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#saveStreamHead = db.prepare(
      `INSERT INTO streams (stream_id, revision, last_hash) VALUES (?, ?, ?)
       ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, last_hash = excluded.last_hash`,
    );
    this.#readStream = db.prepare(
      'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?',
    );
    // Without a LIMIT to bind, the usual read (the rest of a stream; every request's directory
    // catch-up, which finds nothing new) runs in about half the time (docs/speed.md).
    this.#readWholeStream = db.prepare('SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision');
    this.#readAll = db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?');
    this.#headPosition = db.prepare('SELECT position FROM events ORDER BY position DESC LIMIT 1');
  }

  findEvent(eventId: string): StoredEventRef | undefined {
    const row = this.#findEvent.get(eventId);
    return row && { streamId: row.stream_id, revision: Number(row.revision), position: row.position };
  }

  streamHead(streamId: string): StreamHead | undefined {
    const row = this.#streamHead.get(streamId);
    return row && { revision: Number(row.revision), lastHash: row.last_hash };
  }

  /** Returns the new event's global position. */
  insertEvent(event: EventInsert): bigint {
    const { lastInsertRowid } = this.#insertEvent.run(
      event.eventId,
      event.streamId,
      event.revision,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.recordedAt,
    );
    return BigInt(lastInsertRowid);
  }

  saveStreamHead(streamId: string, head: StreamHead): void {
    this.#saveStreamHead.run(streamId, head.revision, head.lastHash);
  }

  readStream(streamId: string, fromRevision: number, maxCount: number | undefined): RecordedEvent[] {
    const rows = maxCount === undefined ? this.#readWholeStream.all(streamId, fromRevision) : this.#readStream.all(streamId, fromRevision, maxCount);
    return rows.map(toRecordedEvent);
  }

  readAll(after: bigint | undefined, maxCount: number | undefined): RecordedEvent[] {
    // Positions start at 1, so "after 0" is the whole log.
    return this.#readAll.all(after ?? 0n, maxCount ?? NO_LIMIT).map(toRecordedEvent);
  }

  headPosition(): bigint | undefined {
    return this.#headPosition.get()?.position;
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return new LazilyParsedEvent(
    {
      eventId: row.event_id,
      streamId: row.stream_id,
      revision: Number(row.revision),
      position: row.position,
      type: row.type,
      recordedAt: row.recorded_at,
    },
    row.data,
    row.metadata,
  );
}
