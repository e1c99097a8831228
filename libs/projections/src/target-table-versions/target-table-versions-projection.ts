import type { Insertable, Transaction } from 'kysely';
import type { Projection } from '../projection.js';
import { TABLES_PER_LOOKUP, whereTableKeys } from '../target-tables/table-key-lookup.js';
import { foldTargetTableEvents, tableKey } from '../target-tables/target-table-rows.js';
import { evolveTableVersions, type TableVersions, type TargetTableVersionView } from './target-table-version-fold.js';
import { toVersionView } from './target-table-versions-queries.js';
import {
  migrateTargetTableVersions,
  TARGET_TABLE_VERSIONS,
  TARGET_TABLE_VERSIONS_PROJECTION,
  type TargetTableVersionsDatabase,
  type TargetTableVersionsTable,
} from './target-table-versions-schema.js';

/** Rows per statement: 20 parameters each stays far below SQLite's and PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 400;

/** Columns a later event may rewrite; the key and the created_* columns are set once. */
const REWRITTEN_COLUMNS = [
  'status',
  'unit_code',
  'section_id',
  'content_json',
  'submitted_at',
  'submitted_by',
  'warnings_json',
  'approved_at',
  'superseded_at',
  'superseded_by_version',
  'updated_at',
  'position',
] as const satisfies ReadonlyArray<keyof TargetTableVersionsTable>;

export const targetTableVersionsProjection: Projection = {
  name: TARGET_TABLE_VERSIONS_PROJECTION,
  tables: [TARGET_TABLE_VERSIONS],
  migrate: migrateTargetTableVersions,
  async apply(trx, events) {
    const tables = foldTargetTableEvents(events);
    const stored = await storedVersions(trx, tables);
    const changed: TargetTableVersionView[] = [];
    for (const table of tables) {
      const versions: TableVersions = stored.get(tableKey(table.fiscalYear, table.projectCode)) ?? new Map();
      const touched = new Set<number>();
      for (const event of table.events) for (const version of evolveTableVersions(versions, event)) touched.add(version);
      for (const version of touched) changed.push(versions.get(version)!);
    }
    const rows = changed.map(toRow);
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await upsert(trx, rows.slice(start, start + ROWS_PER_STATEMENT));
    }
  },
};

/** Every stored version of the given tables, grouped by tableKey; a table has a handful at most. */
async function storedVersions(
  trx: Transaction<TargetTableVersionsDatabase>,
  tables: ReadonlyArray<{ fiscalYear: number; projectCode: string }>,
): Promise<Map<string, TableVersions>> {
  const stored = new Map<string, TableVersions>();
  for (let start = 0; start < tables.length; start += TABLES_PER_LOOKUP) {
    const rows = await trx
      .selectFrom('target_table_versions')
      .selectAll()
      .where((eb) => whereTableKeys(eb, tables.slice(start, start + TABLES_PER_LOOKUP)))
      .execute();
    for (const row of rows) {
      const key = tableKey(row.fiscal_year, row.project_code);
      const versions = stored.get(key) ?? new Map<number, TargetTableVersionView>();
      versions.set(row.version, toVersionView(row));
      stored.set(key, versions);
    }
  }
  return stored;
}

function toRow(view: TargetTableVersionView): Insertable<TargetTableVersionsTable> {
  return {
    stream_id: view.streamId,
    project_code: view.projectCode,
    fiscal_year: view.fiscalYear,
    version: view.version,
    status: view.status,
    unit_code: view.content.unitCode,
    section_id: view.content.sectionId,
    content_json: JSON.stringify(view.content),
    baseline_version: view.baselineVersion,
    adjustment_reason: view.adjustmentReason,
    created_at: view.createdAt,
    created_by: view.createdBy,
    submitted_at: view.submittedAt,
    submitted_by: view.submittedBy,
    warnings_json: JSON.stringify(view.warnings),
    approved_at: view.approvedAt,
    superseded_at: view.supersededAt,
    superseded_by_version: view.supersededByVersion,
    updated_at: view.updatedAt,
    position: view.position.toString(),
  };
}

async function upsert(trx: Transaction<TargetTableVersionsDatabase>, rows: Array<Insertable<TargetTableVersionsTable>>): Promise<void> {
  await trx
    .insertInto('target_table_versions')
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(['fiscal_year', 'project_code', 'version'])
        .doUpdateSet((eb) => Object.fromEntries(REWRITTEN_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)]))),
    )
    .execute();
}
