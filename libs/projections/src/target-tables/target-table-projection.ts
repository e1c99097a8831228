import type { Transaction } from 'kysely';
import type { Projection } from '../projection.js';
import { foldTargetTableRows, REVISED_COLUMNS, type TargetTableRow } from './target-table-rows.js';
import { migrateTargetTables, TARGET_TABLES, type TargetTablesDatabase } from './target-table-schema.js';

/** Rows per statement: 19 parameters each stays far below SQLite's and PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 500;

export const targetTablesProjection: Projection = {
  name: 'target-tables',
  tables: [TARGET_TABLES],
  migrate: migrateTargetTables,
  async apply(trx, events) {
    const rows = foldTargetTableRows(events);
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await upsert(trx, rows.slice(start, start + ROWS_PER_STATEMENT));
    }
  },
};

/** Inserts drafted tables and rewrites the revised columns of tables already in the view. */
async function upsert(trx: Transaction<TargetTablesDatabase>, rows: TargetTableRow[]): Promise<void> {
  await trx
    .insertInto('target_tables')
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(['fiscal_year', 'project_code'])
        .doUpdateSet((eb) => Object.fromEntries(REVISED_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)]))),
    )
    .execute();
}
