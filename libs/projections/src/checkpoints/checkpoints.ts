import { sql, type Kysely, type Transaction } from 'kysely';
import type { ReadStoreDialect } from '../read-store/read-store.js';
import { CHECKPOINT_TABLE, type CheckpointDatabase } from './checkpoint-table.js';

/** The position of the last event the view has applied, undefined when it has applied none. */
export async function readCheckpoint(
  db: Kysely<CheckpointDatabase> | Transaction<CheckpointDatabase>,
  name: string,
): Promise<bigint | undefined> {
  const row = await db.selectFrom('projection_checkpoints').select('position').where('name', '=', name).executeTakeFirst();
  return row === undefined ? undefined : BigInt(row.position);
}

/**
 * Holds the view for the rest of the transaction, so that runners of several API instances
 * sharing the read store take turns and each reads the checkpoint the other committed.
 * A row lock would not do: before the first commit there is no checkpoint row to lock.
 */
export async function lockCheckpoint(trx: Transaction<CheckpointDatabase>, name: string, dialect: ReadStoreDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext(${CHECKPOINT_TABLE}), hashtext(${name}))`.execute(trx);
  } else {
    // Any write takes SQLite's write lock, even one that matches no row, and taking it
    // before reading means waiting (busy_timeout) instead of failing on a stale snapshot.
    await trx.updateTable('projection_checkpoints').set({ name }).where('name', '=', name).execute();
  }
}

/** Takes the transaction that wrote the view's rows: rows and checkpoint commit together. */
export async function writeCheckpoint(trx: Transaction<CheckpointDatabase>, name: string, position: bigint): Promise<void> {
  const row = { name, position: position.toString(), updated_at: new Date().toISOString() };
  await trx
    .insertInto('projection_checkpoints')
    .values(row)
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ position: row.position, updated_at: row.updated_at }))
    .execute();
}

export async function deleteCheckpoint(trx: Transaction<CheckpointDatabase>, name: string): Promise<void> {
  await trx.deleteFrom('projection_checkpoints').where('name', '=', name).execute();
}
