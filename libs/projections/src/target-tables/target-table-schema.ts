import type { ColumnType, Kysely } from 'kysely';
import { columnsOf, dropViewForRebuild } from '../runner/outdated-view.js';

/** The view's name, the key of its checkpoint. */
export const TARGET_TABLES_PROJECTION = 'target-tables';

export const TARGET_TABLES = 'target_tables';

/** PostgreSQL hands BIGINT back as a string; SQLite as a number. Writers always pass numbers. */
type Fen = ColumnType<number | string, number, number>;

export interface TargetTablesTable {
  stream_id: string;
  project_code: string;
  fiscal_year: number;
  unit_code: string;
  unit_name: string;
  section_id: string | null;
  name: string;
  status: string;
  /** The draft version the domain counts (data.version). */
  version: number;
  /** Revision of the last event of the stream applied to the row. */
  revision: number;
  budget_total_fen: Fen;
  budget_fiscal_fen: Fen;
  budget_other_fen: Fen;
  /** The whole TargetTableContent, so that every field can be served without a column per field. */
  content_json: string;
  /** The step a table IN_REVIEW awaits and the role that decides it; null otherwise. */
  current_step: string | null;
  current_role: string | null;
  /** When the version IN_REVIEW was (re)submitted: the inbox's order. Null otherwise. */
  submitted_at: string | null;
  /**
   * TargetTableWorkflow, the stream-state view's state: the domain's state (lifecycle, baseline
   * and review stage), decisions with times, warnings, creator, import source. Named state_json
   * since the state took the shared review stage: a view holding the older flat status
   * (workflow_json) is rebuilt from the log.
   */
  state_json: string;
  /** ISO-8601 texts from event metadata (occurredAt), comparable as text on both dialects. */
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  /** Global position (decimal text) of the last event applied to the row. */
  position: string;
  /** TargetTableSource as JSON: the document and lines the table was imported from; null when drafted by hand. */
  imported_from: string | null;
}

export interface TargetTablesDatabase {
  target_tables: TargetTablesTable;
}

export async function migrateTargetTables(db: Kysely<any>): Promise<void> {
  // A view written before the table's state took the shared review stage (state_json) cannot
  // be continued from its rows, so it is dropped and rebuilt from the log.
  const columns = await columnsOf(db, TARGET_TABLES);
  if (columns !== undefined && !columns.has('state_json')) await dropViewForRebuild(db, TARGET_TABLES_PROJECTION, [TARGET_TABLES]);
  await db.schema
    .createTable(TARGET_TABLES)
    .ifNotExists()
    .addColumn('stream_id', 'text', (column) => column.notNull())
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('unit_name', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('budget_total_fen', 'bigint', (column) => column.notNull())
    .addColumn('budget_fiscal_fen', 'bigint', (column) => column.notNull())
    .addColumn('budget_other_fen', 'bigint', (column) => column.notNull())
    .addColumn('content_json', 'text', (column) => column.notNull())
    .addColumn('current_step', 'text')
    .addColumn('current_role', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('state_json', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .addColumn('imported_from', 'text')
    .execute();
  if (columns !== undefined && columns.has('state_json') && !columns.has('imported_from')) {
    // Tables drafted by hand, all a view of that age can hold, were imported from nothing.
    await db.schema.alterTable(TARGET_TABLES).addColumn('imported_from', 'text').execute();
  }
  // The key is a unique index rather than a primary key because PostgreSQL primary keys
  // cannot be descending, and this order is the order of every list and its cursor.
  await db.schema
    .createIndex('target_tables_key')
    .ifNotExists()
    .unique()
    .on(TARGET_TABLES)
    .columns(['fiscal_year desc', 'project_code'])
    .execute();
  // Few tables share a unit or section, so sorting the matches is cheap; status has too few
  // distinct values for an index to pay for what it costs every write.
  for (const column of ['unit_code', 'section_id']) {
    await db.schema.createIndex(`target_tables_by_${column}`).ifNotExists().on(TARGET_TABLES).column(column).execute();
  }
}
