import type { ProjectRectifications } from '@app/domain/rectification/rectification.state.js';
import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { Kysely } from 'kysely';
import { readableIn } from '../read-scope/readable-in.js';
import type { RectificationsDatabase } from './rectification-schema.js';

export interface RectificationsView {
  rectifications: ProjectRectifications;
  position: string;
}

/** The rectifications of a year within the read scope, of one unit when given. */
export async function findRectifications(db: Kysely<any>, fiscalYear: number, unitCode: string | null, scope: TargetTableReadScope): Promise<RectificationsView[]> {
  let query = (db as Kysely<RectificationsDatabase>)
    .selectFrom('rectifications')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where((eb) => readableIn(eb as never, scope));
  if (unitCode !== null) query = query.where('unit_code', '=', unitCode);
  const rows = await query.orderBy('unit_code').orderBy('project_code').execute();
  return rows.map((row) => ({ rectifications: JSON.parse(row.state_json) as ProjectRectifications, position: row.position }));
}

export async function findProjectRectifications(db: Kysely<any>, fiscalYear: number, projectCode: string): Promise<RectificationsView | null> {
  const row = await (db as Kysely<RectificationsDatabase>)
    .selectFrom('rectifications')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where('project_code', '=', projectCode)
    .executeTakeFirst();
  return row === undefined ? null : { rectifications: JSON.parse(row.state_json) as ProjectRectifications, position: row.position };
}
