import type { Kysely } from 'kysely';

/** The view's name, the key of its checkpoint. */
export const RECTIFICATIONS_PROJECTION = 'rectifications';

export const RECTIFICATIONS = 'rectifications';

/** One row per project and year that has rectifications. */
export interface RectificationsTable {
  project_code: string;
  fiscal_year: number;
  unit_code: string;
  section_id: string | null;
  name: string;
  /** Items not yet 已销号. */
  open_count: number;
  total_count: number;
  /** The domain's ProjectRectifications state. */
  state_json: string;
  updated_at: string;
  position: string;
}

export interface RectificationsDatabase {
  rectifications: RectificationsTable;
}

export async function migrateRectifications(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(RECTIFICATIONS)
    .ifNotExists()
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('open_count', 'integer', (column) => column.notNull())
    .addColumn('total_count', 'integer', (column) => column.notNull())
    .addColumn('state_json', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('rectifications_key').ifNotExists().unique().on(RECTIFICATIONS).columns(['fiscal_year', 'project_code']).execute();
  await db.schema.createIndex('rectifications_by_unit').ifNotExists().on(RECTIFICATIONS).columns(['fiscal_year', 'unit_code']).execute();
}
