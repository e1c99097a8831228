import type { TargetTableContent } from '@app/domain/target-table/target-table.events.js';
import type { TargetTableVersionStatus } from '@app/domain/target-table/target-table-version-status.js';
import type { Finding } from '@app/domain/target-table/validation/finding.js';
import type { Kysely, Selectable } from 'kysely';
import type { TargetTableVersionView } from './target-table-version-fold.js';
import type { TargetTableVersionsDatabase, TargetTableVersionsTable } from './target-table-versions-schema.js';

/**
 * A table's history: every version of the target table of a project in a fiscal year, oldest
 * first, each with its content as it stands and how it ended or stands. Empty when the table
 * has never been drafted.
 */
export async function findTargetTableVersions(
  db: Kysely<TargetTableVersionsDatabase>,
  projectCode: string,
  fiscalYear: number,
): Promise<TargetTableVersionView[]> {
  const rows = await db
    .selectFrom('target_table_versions')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where('project_code', '=', projectCode)
    .orderBy('version', 'asc')
    .execute();
  return rows.map(toVersionView);
}

export function toVersionView(row: Selectable<TargetTableVersionsTable>): TargetTableVersionView {
  return {
    streamId: row.stream_id,
    projectCode: row.project_code,
    fiscalYear: row.fiscal_year,
    version: row.version,
    status: row.status as TargetTableVersionStatus,
    content: JSON.parse(row.content_json) as TargetTableContent,
    baselineVersion: row.baseline_version,
    adjustmentReason: row.adjustment_reason,
    createdAt: row.created_at,
    createdBy: row.created_by,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    warnings: JSON.parse(row.warnings_json) as Finding[],
    approvedAt: row.approved_at,
    supersededAt: row.superseded_at,
    supersededByVersion: row.superseded_by_version,
    updatedAt: row.updated_at,
    position: BigInt(row.position),
  };
}
