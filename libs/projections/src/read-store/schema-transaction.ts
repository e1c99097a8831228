import { sql, type Transaction } from 'kysely';
import type { ReadStore } from './read-store.js';

/**
 * Runs schema changes in one transaction, one instance at a time: two API instances
 * starting together would otherwise race on PostgreSQL's CREATE TABLE IF NOT EXISTS.
 * SQLite needs no more than the write lock its first DDL statement takes.
 */
export async function inSchemaTransaction<T>(readStore: ReadStore, work: (trx: Transaction<any>) => Promise<T>): Promise<T> {
  return readStore.db.transaction().execute(async (trx) => {
    if (readStore.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('read-store schema'))`.execute(trx);
    return work(trx);
  });
}
