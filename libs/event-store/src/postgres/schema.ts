import type pg from 'pg';

/**
 * The tables of the PostgreSQL event store, named so that the read store may share the
 * database. data and metadata are kept as the JSON text that was hashed (not jsonb, which
 * reorders keys and drops duplicates), so verification reads back exactly what was chained.
 * `event_log_head` is a single row holding the newest position: every append locks it first,
 * which serialises appends and so makes positions follow commit order (docs/events.md,
 * "The PostgreSQL event store").
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS event_log (
    position    BIGINT  PRIMARY KEY,
    event_id    TEXT    NOT NULL UNIQUE,
    stream_id   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  );
  CREATE TABLE IF NOT EXISTS event_streams (
    stream_id TEXT    PRIMARY KEY,
    revision  INTEGER NOT NULL,
    last_hash TEXT    NOT NULL
  );
  CREATE TABLE IF NOT EXISTS event_log_head (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    position BIGINT   NOT NULL
  );
  INSERT INTO event_log_head (id, position) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
`;

/** Several instances may start at once: the advisory lock lets one create the schema while the others wait. */
const SCHEMA_LOCK = 7_311_020_221;

export async function prepareSchema(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    try {
      await client.query(SCHEMA);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** The channel on which an append tells every other instance's subscriptions to read again. */
export const APPEND_CHANNEL = 'perf_targets_events_appended';
