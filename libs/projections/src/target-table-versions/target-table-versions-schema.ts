import type { Kysely } from 'kysely';

/** The view's name, the key of its checkpoint. */
export const TARGET_TABLE_VERSIONS_PROJECTION = 'target-table-versions';

export const TARGET_TABLE_VERSIONS = 'target_table_versions';

/** One row per version of a table: the first draft is version 1, each adjustment one more. */
export interface TargetTableVersionsTable {
  stream_id: string;
  project_code: string;
  fiscal_year: number;
  version: number;
  /** TargetTableVersionStatus. */
  status: string;
  unit_code: string;
  section_id: string | null;
  /** The version's TargetTableContent as it stands, revisions folded in. */
  content_json: string;
  /** For an adjustment, the approved version it is to replace; null for the first version. */
  baseline_version: number | null;
  /** 调整原因 of an adjustment. */
  adjustment_reason: string | null;
  /** ISO-8601 texts from event metadata (occurredAt), comparable as text on both dialects. */
  created_at: string;
  created_by: string;
  /** The latest (re)submission of the version, null before one. */
  submitted_at: string | null;
  submitted_by: string | null;
  /** Finding[] of the latest submission, [] before one. */
  warnings_json: string;
  approved_at: string | null;
  /** When a later approved adjustment replaced this baseline, and which version that was. */
  superseded_at: string | null;
  superseded_by_version: number | null;
  updated_at: string;
  /** Global position (decimal text) of the last event applied to the row. */
  position: string;
}

export interface TargetTableVersionsDatabase {
  target_table_versions: TargetTableVersionsTable;
}

export async function migrateTargetTableVersions(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(TARGET_TABLE_VERSIONS)
    .ifNotExists()
    .addColumn('stream_id', 'text', (column) => column.notNull())
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('content_json', 'text', (column) => column.notNull())
    .addColumn('baseline_version', 'integer')
    .addColumn('adjustment_reason', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('warnings_json', 'text', (column) => column.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('superseded_at', 'text')
    .addColumn('superseded_by_version', 'integer')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .execute();
  // Leading with the target_tables key, so one table's versions and a batch's lookups use it.
  await db.schema
    .createIndex('target_table_versions_key')
    .ifNotExists()
    .unique()
    .on(TARGET_TABLE_VERSIONS)
    .columns(['fiscal_year', 'project_code', 'version'])
    .execute();
}
