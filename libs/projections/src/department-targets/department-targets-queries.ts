import type { DepartmentTargets } from '@app/domain/department-targets/department-targets.state.js';
import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { Kysely, Selectable } from 'kysely';
import { readableIn } from '../read-scope/readable-in.js';
import type { DepartmentTargetsDatabase, DepartmentTargetsTable } from './department-targets-schema.js';
import { storedDepartmentTargets } from './stored-department-targets.js';

export interface DepartmentTargetsView {
  targets: DepartmentTargets;
  updatedAt: string;
  updatedBy: string;
  position: string;
}

/**
 * The departments' documents of a year the scope may read (as target tables are read: the
 * department's unit, no section), one department's when departmentCode is given.
 */
export async function findDepartmentTargets(
  db: Kysely<any>,
  fiscalYear: number,
  filter: { departmentCode?: string | null; readableIn?: TargetTableReadScope },
): Promise<DepartmentTargetsView[]> {
  let query = (db as Kysely<DepartmentTargetsDatabase>).selectFrom('department_targets').selectAll().where('fiscal_year', '=', fiscalYear);
  if (filter.departmentCode !== undefined && filter.departmentCode !== null) query = query.where('department_code', '=', filter.departmentCode);
  const readable = filter.readableIn;
  if (readable !== undefined) query = query.where((eb) => readableIn(eb as never, readable));
  const rows = await query.orderBy('department_code').execute();
  return rows.map(toDepartmentTargetsView);
}

export function toDepartmentTargetsView(row: Selectable<DepartmentTargetsTable>): DepartmentTargetsView {
  return { targets: storedDepartmentTargets(row.state_json), updatedAt: row.updated_at, updatedBy: row.updated_by, position: row.position };
}
