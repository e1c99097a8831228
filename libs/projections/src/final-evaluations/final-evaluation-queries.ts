import type { TargetTableReadScope } from '@app/domain/common/read-scope.js';
import type { FinalEvaluation } from '@app/domain/final-evaluation/final-evaluation.state.js';
import type { ScorecardView } from '@app/domain/final-evaluation/scorecard-view.js';
import { readableIn } from '../read-scope/readable-in.js';
import type { Kysely, Selectable } from 'kysely';
import type { FinalEvaluationsDatabase, FinalEvaluationsTable } from './final-evaluation-schema.js';

export interface FinalEvaluationView {
  evaluation: FinalEvaluation;
  scorecard: ScorecardView;
  updatedAt: string;
  updatedBy: string;
  position: string;
}

/** Which projects a list covers: a unit or the whole department, and of them only the readable ones when given. */
export interface ReviewListScope {
  unitCode?: string | null;
  readableIn?: TargetTableReadScope;
}

export async function findFinalEvaluation(db: Kysely<any>, fiscalYear: number, projectCode: string): Promise<FinalEvaluationView | null> {
  const row = await (db as Kysely<FinalEvaluationsDatabase>)
    .selectFrom('final_evaluations')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where('project_code', '=', projectCode)
    .executeTakeFirst();
  return row === undefined ? null : toFinalEvaluationView(row);
}

/** The evaluations of a year within the scope, by unit then project code. */
export async function findFinalEvaluations(db: Kysely<any>, fiscalYear: number, scope: ReviewListScope = {}): Promise<FinalEvaluationView[]> {
  let query = (db as Kysely<FinalEvaluationsDatabase>).selectFrom('final_evaluations').selectAll().where('fiscal_year', '=', fiscalYear);
  if (scope.unitCode !== undefined && scope.unitCode !== null) query = query.where('unit_code', '=', scope.unitCode);
  const readable = scope.readableIn;
  if (readable !== undefined) query = query.where((eb) => readableIn(eb as never, readable));
  const rows = await query.orderBy('unit_code').orderBy('project_code').execute();
  return rows.map(toFinalEvaluationView);
}

export function toFinalEvaluationView(row: Selectable<FinalEvaluationsTable>): FinalEvaluationView {
  return {
    evaluation: JSON.parse(row.state_json) as FinalEvaluation,
    scorecard: JSON.parse(row.scorecard_json) as ScorecardView,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    position: row.position,
  };
}
