import type { Kysely } from 'kysely';
import { indexAwaitedStep, withAwaitedStepColumns, type AwaitedStepColumns } from '../inbox/awaited-step-columns.js';

/** The view's name, the key of its checkpoint. */
export const DEPARTMENT_EVALUATIONS_PROJECTION = 'department-evaluations';

export const DEPARTMENT_EVALUATIONS = 'department_evaluations';

export interface DepartmentEvaluationsTable extends AwaitedStepColumns {
  department_code: string;
  fiscal_year: number;
  /** The department's unit, and no section: the columns readableIn and the inbox place a row by. */
  unit_code: string;
  section_id: string | null;
  /** DRAFT, IN_REVIEW, RETURNED or APPROVED. */
  status: string;
  /** The domain's DepartmentEvaluation state: baseline evaluated, results, stage, approved score. */
  state_json: string;
  updated_at: string;
  updated_by: string;
  position: string;
}

export interface DepartmentEvaluationsDatabase {
  department_evaluations: DepartmentEvaluationsTable;
}

export async function migrateDepartmentEvaluations(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(DEPARTMENT_EVALUATIONS)
    .ifNotExists()
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('state_json', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .$call(withAwaitedStepColumns)
    .execute();
  await db.schema.createIndex('department_evaluations_key').ifNotExists().unique().on(DEPARTMENT_EVALUATIONS).columns(['fiscal_year', 'department_code']).execute();
  await indexAwaitedStep(db, DEPARTMENT_EVALUATIONS);
}
