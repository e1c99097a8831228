import type { DocumentProgress, ProjectProgress } from '@app/domain/calendar/awaited-items.js';
import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { Kysely } from 'kysely';
import { FINAL_EVALUATIONS } from '../final-evaluations/final-evaluation-schema.js';
import { MIDTERM_REVIEWS } from '../midterm-reviews/midterm-review-schema.js';
import { readableIn } from '../read-scope/readable-in.js';
import { TARGET_TABLES } from '../target-tables/target-table-schema.js';

interface ProgressRow {
  project_code: string;
  status: string;
  current_step: string | null;
  current_role: string | null;
  submitted_at: string | null;
}

/**
 * Where each project of a year stands in its documents' workflows, from the target-table,
 * mid-term and final-evaluation views (the domain's awaitedItemsOf says what that awaits). Only
 * the projects of `unitCode` (every unit when null) within the read scope.
 */
export async function findProjectProgress(db: Kysely<any>, fiscalYear: number, unitCode: string | null, scope: TargetTableReadScope): Promise<ProjectProgress[]> {
  const rowsOf = async <R>(table: string, columns: string[]): Promise<Array<ProgressRow & R>> => {
    let query = db
      .selectFrom(table)
      .select(['project_code', 'status', 'current_step', 'current_role', 'submitted_at', ...columns])
      .where('fiscal_year', '=', fiscalYear)
      .where((eb) => readableIn(eb as never, scope));
    if (unitCode !== null) query = query.where('unit_code', '=', unitCode);
    return (await query.execute()) as Array<ProgressRow & R>;
  };
  const tables = await rowsOf<{ name: string; unit_code: string; section_id: string | null }>(TARGET_TABLES, ['name', 'unit_code', 'section_id']);
  const midterms = new Map((await rowsOf(MIDTERM_REVIEWS, [])).map((row) => [row.project_code, row]));
  const evaluations = new Map((await rowsOf<{ approved_version: number | null }>(FINAL_EVALUATIONS, ['approved_version'])).map((row) => [row.project_code, row]));
  return tables
    .map((row) => {
      const evaluation = evaluations.get(row.project_code);
      return {
        projectCode: row.project_code,
        fiscalYear,
        name: row.name,
        unitCode: row.unit_code,
        sectionId: row.section_id,
        targetTable: progressOf(row),
        midtermReview: midterms.has(row.project_code) ? progressOf(midterms.get(row.project_code)!) : null,
        finalEvaluation: evaluation === undefined ? null : { ...progressOf(evaluation), approvedOnce: evaluation.approved_version !== null },
      };
    })
    .sort((a, b) => (a.projectCode < b.projectCode ? -1 : a.projectCode > b.projectCode ? 1 : 0));
}

function progressOf(row: ProgressRow): DocumentProgress {
  return { status: row.status, step: row.current_step, role: row.current_role, submittedAt: row.submitted_at };
}
