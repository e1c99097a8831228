import type Database from 'better-sqlite3';

/**
 * `position` is the global log position. AUTOINCREMENT keeps positions from ever being
 * reused after a delete, so a subscriber's checkpoint can never point at a different event.
 * `streams` keeps each stream's revision and last hash, so an append looks them up in O(1)
 * instead of scanning the stream's events.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT    NOT NULL,
    stream_id   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream_id, revision),
    UNIQUE (event_id)
  );
  CREATE TABLE IF NOT EXISTS streams (
    stream_id TEXT    PRIMARY KEY,
    revision  INTEGER NOT NULL,
    last_hash TEXT    NOT NULL
  ) WITHOUT ROWID;
`;

/** Durable by default: WAL with synchronous=FULL, so an acknowledged append survives a power cut. */
export function prepareDatabase(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Another process appending to the same file holds the write lock only briefly.
  db.pragma('busy_timeout = 5000');
  // The event-id and stream indexes of a large store exceed SQLite's 2 MB default page cache;
  // every append would then read their pages back from the OS.
  db.pragma('cache_size = -65536');
  db.exec(SCHEMA);
}
