import type { Kysely } from 'kysely';
import { dropViewWithoutAwaitedStep, indexAwaitedStep, withAwaitedStepColumns, type AwaitedStepColumns } from '../inbox/awaited-step-columns.js';

/** The view's name, the key of its checkpoint. */
export const FINAL_EVALUATIONS_PROJECTION = 'final-evaluations';

export const FINAL_EVALUATIONS = 'final_evaluations';

export interface FinalEvaluationsTable extends AwaitedStepColumns {
  project_code: string;
  fiscal_year: number;
  unit_code: string;
  unit_name: string;
  section_id: string | null;
  name: string;
  version: number;
  /** DRAFT, IN_REVIEW, RETURNED or APPROVED: where the working version stands. */
  status: string;
  /** The domain's FinalEvaluation state, folded on by the next event. */
  state_json: string;
  /** The domain's ScorecardView of the working version. */
  scorecard_json: string;
  /** The working version's total shown to 2 decimals, null until it can be scored. */
  total: string | null;
  grade: string | null;
  /** The latest approved (final) version and its score, kept while a correction is made. */
  approved_version: number | null;
  approved_total: string | null;
  approved_grade: string | null;
  updated_at: string;
  updated_by: string;
  /** Global position (decimal text) of the last event applied to the row. */
  position: string;
}

export interface FinalEvaluationsDatabase {
  final_evaluations: FinalEvaluationsTable;
}

export async function migrateFinalEvaluations(db: Kysely<any>): Promise<void> {
  await dropViewWithoutAwaitedStep(db, FINAL_EVALUATIONS, FINAL_EVALUATIONS_PROJECTION);
  await db.schema
    .createTable(FINAL_EVALUATIONS)
    .ifNotExists()
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('unit_name', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('state_json', 'text', (column) => column.notNull())
    .addColumn('scorecard_json', 'text', (column) => column.notNull())
    .addColumn('total', 'text')
    .addColumn('grade', 'text')
    .addColumn('approved_version', 'integer')
    .addColumn('approved_total', 'text')
    .addColumn('approved_grade', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .$call(withAwaitedStepColumns)
    .execute();
  await db.schema.createIndex('final_evaluations_key').ifNotExists().unique().on(FINAL_EVALUATIONS).columns(['fiscal_year', 'project_code']).execute();
  await db.schema.createIndex('final_evaluations_by_unit').ifNotExists().on(FINAL_EVALUATIONS).columns(['fiscal_year', 'unit_code']).execute();
  await indexAwaitedStep(db, FINAL_EVALUATIONS);
}
