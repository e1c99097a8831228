import type { Kysely } from 'kysely';

export const CHECKPOINT_TABLE = 'projection_checkpoints';

export interface CheckpointRow {
  name: string;
  /** Decimal text: exact on both dialects, and wide enough for unsigned 64-bit log positions. */
  position: string;
  /** ISO-8601 instant of the commit that moved the checkpoint. */
  updated_at: string;
}

export interface CheckpointDatabase {
  projection_checkpoints: CheckpointRow;
}

export async function migrateCheckpoints(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(CHECKPOINT_TABLE)
    .ifNotExists()
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('position', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}
