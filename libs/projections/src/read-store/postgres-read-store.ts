import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { ReadStore } from './read-store.js';

export function openPostgresReadStore(url: string): ReadStore {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server drops must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('A PostgreSQL read store connection failed while idle.', error));
  // Nor must one that fails while in use (the server restarted, or ended the session): the
  // statement it was running fails and its transaction is rolled back, and the runner
  // delivers the batch again; the pool listens only to idle connections.
  pool.on('connect', (client) => client.on('error', (error) => console.error('A PostgreSQL read store connection ended.', error.message)));
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
