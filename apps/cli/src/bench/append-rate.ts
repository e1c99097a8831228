import Database from 'better-sqlite3';
import { ExpectedRevision, SqliteEventStore, canonicalJson } from '@app/event-store';
import { benchEvent } from './bench-events.js';
import { ratePerSecond } from './measure.js';

const STREAMS = 50;

/**
 * Appends `count` single events, each its own transaction with an exact expected revision,
 * spread over a few streams, and returns appends per second.
 */
export async function storeAppendRate(store: SqliteEventStore, count: number, streamPrefix: string): Promise<number> {
  const revisions = new Map<string, number>();
  for (const stream of Array.from({ length: STREAMS }, (_, i) => `${streamPrefix}-${i}`)) {
    revisions.set(stream, (await store.readStream(stream)).at(-1)?.revision ?? -1);
  }
  const streams = [...revisions.keys()];
  const events = Array.from({ length: count }, (_, i) => benchEvent('BenchAppended', { sequence: i, note: '基准' }));
  return ratePerSecond(count, async () => {
    for (let i = 0; i < count; i += 1) {
      const stream = streams[i % STREAMS]!;
      const result = await store.append(stream, [events[i]!], ExpectedRevision.after(revisions.get(stream)!));
      revisions.set(stream, result.nextRevision);
    }
  });
}

/** The baseline: raw better-sqlite3, same pragmas, one single-row INSERT per transaction. */
export function openRawTable(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS raw_events (
    position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL,
    revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL)`);
  return db;
}

export async function rawInsertRate(db: Database.Database, count: number): Promise<number> {
  const insert = db.prepare('INSERT INTO raw_events (event_id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  const insertOne = db.transaction((values: unknown[]) => insert.run(...values));
  const rows = Array.from({ length: count }, (_, i) => {
    const event = benchEvent('BenchAppended', { sequence: i, note: '基准' });
    return [event.eventId, `raw-${i % STREAMS}`, i, event.type, canonicalJson(event.data), canonicalJson(event.metadata)];
  });
  return ratePerSecond(count, () => {
    for (const row of rows) insertOne(row);
  });
}
