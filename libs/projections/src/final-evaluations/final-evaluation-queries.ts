import type { FinalEvaluation } from '@app/domain/final-evaluation/final-evaluation.state.js';
import type { ScorecardView } from '@app/domain/final-evaluation/scorecard-view.js';
import type { Kysely, Selectable } from 'kysely';
import type { FinalEvaluationsDatabase, FinalEvaluationsTable } from './final-evaluation-schema.js';

export interface FinalEvaluationView {
  evaluation: FinalEvaluation;
  scorecard: ScorecardView;
  updatedAt: string;
  updatedBy: string;
  position: string;
}

/** Which projects a list covers: a unit, a section of it, or (neither) the whole department. */
export interface ReviewListScope {
  unitCode?: string | null;
  sectionId?: string | null;
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
  if (scope.sectionId !== undefined && scope.sectionId !== null) query = query.where('section_id', '=', scope.sectionId);
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
