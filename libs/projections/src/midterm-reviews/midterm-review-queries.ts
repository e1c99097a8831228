import type { Monitoring } from '@app/domain/midterm-review/midterm-review.state.js';
import { readableIn } from '../read-scope/readable-in.js';
import type { Kysely, Selectable } from 'kysely';
import type { ReviewListScope } from '../final-evaluations/final-evaluation-queries.js';
import type { MidtermReviewsDatabase, MidtermReviewsTable } from './midterm-review-schema.js';

export interface MidtermReviewView {
  monitoring: Monitoring;
  updatedAt: string;
  updatedBy: string;
  position: string;
}

export async function findMidtermReview(db: Kysely<any>, fiscalYear: number, projectCode: string): Promise<MidtermReviewView | null> {
  const row = await (db as Kysely<MidtermReviewsDatabase>)
    .selectFrom('midterm_reviews')
    .selectAll()
    .where('fiscal_year', '=', fiscalYear)
    .where('project_code', '=', projectCode)
    .executeTakeFirst();
  return row === undefined ? null : toMidtermReviewView(row);
}

/** The monitored projects of a year within the scope, by unit then project code. */
export async function findMidtermReviews(db: Kysely<any>, fiscalYear: number, scope: ReviewListScope = {}): Promise<MidtermReviewView[]> {
  let query = (db as Kysely<MidtermReviewsDatabase>).selectFrom('midterm_reviews').selectAll().where('fiscal_year', '=', fiscalYear);
  if (scope.unitCode !== undefined && scope.unitCode !== null) query = query.where('unit_code', '=', scope.unitCode);
  const readable = scope.readableIn;
  if (readable !== undefined) query = query.where((eb) => readableIn(eb as never, readable));
  const rows = await query.orderBy('unit_code').orderBy('project_code').execute();
  return rows.map(toMidtermReviewView);
}

export function toMidtermReviewView(row: Selectable<MidtermReviewsTable>): MidtermReviewView {
  return { monitoring: JSON.parse(row.state_json) as Monitoring, updatedAt: row.updated_at, updatedBy: row.updated_by, position: row.position };
}
