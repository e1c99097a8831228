import type { TargetTableContent } from '@app/domain/target-table/target-table.events.js';
import type { Transaction } from 'kysely';
import type { Projection } from '../projection.js';
import {
  foldTargetTableEvents,
  REVISED_COLUMNS,
  startsTheTable,
  tableKey,
  toTargetTableRow,
  type StoredTable,
  type TableInBatch,
  type TargetTableRow,
  type TargetTableWorkflow,
} from './target-table-rows.js';
import { TABLES_PER_LOOKUP, whereTableKeys } from './table-key-lookup.js';
import { migrateTargetTables, TARGET_TABLES, TARGET_TABLES_PROJECTION, type TargetTablesDatabase } from './target-table-schema.js';

/** Rows per statement: 23 parameters each stays far below SQLite's and PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 400;

export const targetTablesProjection: Projection = {
  name: TARGET_TABLES_PROJECTION,
  tables: [TARGET_TABLES],
  migrate: migrateTargetTables,
  async apply(trx, events) {
    const tables = foldTargetTableEvents(events);
    // Events after the draft (or imported baseline) continue the stored row: a table started
    // in an earlier batch is folded on from what its row holds. Tables started in this batch need no lookup.
    const stored = await storedTables(trx, tables.filter((table) => !startsTheTable(table)));
    const rows = tables.map((table) => toTargetTableRow(table, stored.get(tableKey(table.fiscalYear, table.projectCode))));
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await upsert(trx, rows.slice(start, start + ROWS_PER_STATEMENT));
    }
  },
};

/**
 * The stored rows of the given tables, by tableKey; tables the view does not hold are
 * missing. One query per TABLES_PER_LOOKUP tables.
 */
async function storedTables(trx: Transaction<TargetTablesDatabase>, tables: readonly TableInBatch[]): Promise<Map<string, StoredTable>> {
  const stored = new Map<string, StoredTable>();
  for (let start = 0; start < tables.length; start += TABLES_PER_LOOKUP) {
    const rows = await trx
      .selectFrom('target_tables')
      .select(['fiscal_year', 'project_code', 'content_json', 'workflow_json', 'created_at', 'created_by', 'submitted_at'])
      .where((eb) => whereTableKeys(eb, tables.slice(start, start + TABLES_PER_LOOKUP)))
      .execute();
    for (const row of rows) {
      stored.set(tableKey(row.fiscal_year, row.project_code), {
        content: JSON.parse(row.content_json) as TargetTableContent,
        workflow: JSON.parse(row.workflow_json) as TargetTableWorkflow,
        createdAt: row.created_at,
        createdBy: row.created_by,
        submittedAt: row.submitted_at,
      });
    }
  }
  return stored;
}

/** Inserts drafted tables and rewrites the later columns of tables already in the view. */
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
