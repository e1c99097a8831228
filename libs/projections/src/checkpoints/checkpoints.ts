import { sql, type Kysely, type Transaction } from 'kysely';
import type { ReadStoreDialect } from '../read-store/read-store.js';
import { CHECKPOINT_TABLE, type CheckpointDatabase } from './checkpoint-table.js';

/** The position of the last event the view has applied, undefined when it has applied none. */
export async function readCheckpoint(
  db: Kysely<CheckpointDatabase> | Transaction<CheckpointDatabase>,
  name: string,
): Promise<bigint | undefined> {
  return (await readCheckpoints(db, [name])).get(name);
}

/** The checkpoints of several views in one read; a view that has applied nothing maps to undefined. */
export async function readCheckpoints(
  db: Kysely<CheckpointDatabase> | Transaction<CheckpointDatabase>,
  names: readonly string[],
): Promise<Map<string, bigint | undefined>> {
  const checkpoints = new Map<string, bigint | undefined>(names.map((name) => [name, undefined]));
  if (names.length === 0) return checkpoints;
  const rows = await db.selectFrom('projection_checkpoints').select(['name', 'position']).where('name', 'in', names).execute();
  for (const row of rows) checkpoints.set(row.name, BigInt(row.position));
  return checkpoints;
}

/**
 * Holds the views for the rest of the transaction, so that runners of several API instances
 * sharing the read store take turns and each reads the checkpoints the other committed.
 * A row lock would not do: before the first commit there is no checkpoint row to lock.
 * PostgreSQL takes one advisory lock per view in the order of their names, in one statement:
 * every transaction takes them in that order, so two of them never wait for each other.
 */
export async function lockCheckpoints(trx: Transaction<CheckpointDatabase>, names: readonly string[], dialect: ReadStoreDialect): Promise<void> {
  if (names.length === 0) return;
  if (dialect === 'postgres') {
    const ordered = [...names].sort();
    await sql`select pg_advisory_xact_lock(hashtext(${CHECKPOINT_TABLE}), hashtext(name)) from unnest(${ordered}::text[]) as name`.execute(trx);
  } else {
    // Any write takes SQLite's write lock (one lock for the whole file), even one that matches
    // no row, and taking it before reading means waiting (busy_timeout) instead of failing on
    // a stale snapshot.
    await trx.updateTable('projection_checkpoints').set({ name: names[0]! }).where('name', '=', names[0]!).execute();
  }
}

/** Takes the transaction that wrote the view's rows: rows and checkpoint commit together. */
export async function writeCheckpoint(trx: Transaction<CheckpointDatabase>, name: string, position: bigint): Promise<void> {
  await writeCheckpoints(trx, [name], position);
}

/** Moves several views' checkpoints to one position in one statement, in the transaction that wrote their rows. */
export async function writeCheckpoints(trx: Transaction<CheckpointDatabase>, names: readonly string[], position: bigint): Promise<void> {
  if (names.length === 0) return;
  const updatedAt = new Date().toISOString();
  await trx
    .insertInto('projection_checkpoints')
    .values(names.map((name) => ({ name, position: position.toString(), updated_at: updatedAt })))
    .onConflict((conflict) =>
      conflict.column('name').doUpdateSet((update) => ({ position: update.ref('excluded.position'), updated_at: update.ref('excluded.updated_at') })),
    )
    .execute();
}

export async function deleteCheckpoint(trx: Transaction<CheckpointDatabase>, name: string): Promise<void> {
  await trx.deleteFrom('projection_checkpoints').where('name', '=', name).execute();
}
