import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ReadStore } from './read-store.js';

const SQLITE_READ_STORE_FILE = 'read.sqlite';

export function openSqliteReadStore(dataDir: string): ReadStore {
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(join(dataDir, SQLITE_READ_STORE_FILE));
  // Durable like the event store, so that what a client has read, its own write included,
  // does not step back after a power cut (rows and checkpoint would still agree; the view
  // would catch up again, but a client could meet its write missing meanwhile).
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  // A CLI rebuild in another process may hold the write lock for a moment.
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
