import type { Kysely, Transaction } from 'kysely';
import { deleteCheckpoint } from '../checkpoints/checkpoints.js';

/** The column names of a read-store table, or undefined when there is no such table yet. */
export async function columnsOf(db: Kysely<any>, table: string): Promise<ReadonlySet<string> | undefined> {
  const existing = (await db.introspection.getTables()).find((candidate) => candidate.name === table);
  return existing === undefined ? undefined : new Set(existing.columns.map((column) => column.name));
}

/**
 * Drops a view's tables and its checkpoint, so that the view is created afresh and the runner
 * rebuilds it from the first event: for a reset, and for a view written by an older build that
 * lacks what this one needs and cannot be completed from its own rows.
 */
export async function dropViewForRebuild(db: Kysely<any>, projection: string, tables: readonly string[]): Promise<void> {
  for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
  await deleteCheckpoint(db as Transaction<any>, projection);
}
