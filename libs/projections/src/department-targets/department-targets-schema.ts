import type { Kysely } from 'kysely';
import { indexAwaitedStep, withAwaitedStepColumns, type AwaitedStepColumns } from '../inbox/awaited-step-columns.js';

/** The view's name, the key of its checkpoint. */
export const DEPARTMENT_TARGETS_PROJECTION = 'department-targets';

export const DEPARTMENT_TARGETS = 'department_targets';

export interface DepartmentTargetsTable extends AwaitedStepColumns {
  department_code: string;
  fiscal_year: number;
  /** The department's unit, and no section: the columns readableIn and the inbox place a row by. */
  unit_code: string;
  section_id: string | null;
  department_name: string;
  /** DRAFT, IN_REVIEW, RETURNED, APPROVED or ADJUSTING. */
  status: string;
  /** The domain's DepartmentTargets state: working version, baseline, stage and links. */
  state_json: string;
  updated_at: string;
  updated_by: string;
  position: string;
}

export interface DepartmentTargetsDatabase {
  department_targets: DepartmentTargetsTable;
}

export async function migrateDepartmentTargets(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(DEPARTMENT_TARGETS)
    .ifNotExists()
    .addColumn('department_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('department_name', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('state_json', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .$call(withAwaitedStepColumns)
    .execute();
  await db.schema.createIndex('department_targets_key').ifNotExists().unique().on(DEPARTMENT_TARGETS).columns(['fiscal_year', 'department_code']).execute();
  await indexAwaitedStep(db, DEPARTMENT_TARGETS);
}
