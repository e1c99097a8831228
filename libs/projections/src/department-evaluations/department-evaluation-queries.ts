import type { DepartmentEvaluation } from '@app/domain/department-evaluation/department-evaluation.state.js';
import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { Kysely, Selectable } from 'kysely';
import { readableIn } from '../read-scope/readable-in.js';
import type { DepartmentEvaluationsDatabase, DepartmentEvaluationsTable } from './department-evaluation-schema.js';

export interface DepartmentEvaluationView {
  evaluation: DepartmentEvaluation;
  updatedAt: string;
  updatedBy: string;
  position: string;
}

/** A department's evaluation of a year, when the scope may read it (as its department targets are read). */
export async function findDepartmentEvaluation(db: Kysely<any>, fiscalYear: number, departmentCode: string, scope?: TargetTableReadScope): Promise<DepartmentEvaluationView | null> {
  let query = (db as Kysely<DepartmentEvaluationsDatabase>)
    .selectFrom('department_evaluations')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where('department_code', '=', departmentCode);
  if (scope !== undefined) query = query.where((eb) => readableIn(eb as never, scope));
  const row = await query.executeTakeFirst();
  return row === undefined ? null : toDepartmentEvaluationView(row);
}

export function toDepartmentEvaluationView(row: Selectable<DepartmentEvaluationsTable>): DepartmentEvaluationView {
  return { evaluation: JSON.parse(row.state_json) as DepartmentEvaluation, updatedAt: row.updated_at, updatedBy: row.updated_by, position: row.position };
}
