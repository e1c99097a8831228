import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { ReadStore } from './read-store.js';

const SQLITE_READ_STORE_FILE = 'read.sqlite';
/** Prepared statements kept per read store: more than the views' distinct queries. */
const KEPT_STATEMENTS = 500;

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
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: preparingOnce(database) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * The database as Kysely sees it, with each SQL text prepared once and its statement kept:
 * Kysely's SQLite driver prepares every query anew, which cost about 6 % of a command's time
 * under load (docs/speed.md). Reusing a statement is safe because Kysely runs one query at a
 * time on its one SQLite connection (its mutex), a streamed query included. At most
 * KEPT_STATEMENTS are kept, the least recently used dropped first.
 */
function preparingOnce(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= KEPT_STATEMENTS) statements.delete(statements.keys().next().value!);
      } else {
        statements.delete(sql);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
