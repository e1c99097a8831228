import type { Kysely } from 'kysely';
import { dropViewWithoutAwaitedStep, indexAwaitedStep, withAwaitedStepColumns, type AwaitedStepColumns } from '../inbox/awaited-step-columns.js';

/** The view's name, the key of its checkpoint. */
export const MIDTERM_REVIEWS_PROJECTION = 'midterm-reviews';

export const MIDTERM_REVIEWS = 'midterm_reviews';

export interface MidtermReviewsTable extends AwaitedStepColumns {
  project_code: string;
  fiscal_year: number;
  unit_code: string;
  section_id: string | null;
  name: string;
  /** NOT_OPENED before the review is opened (progress only), else DRAFT, IN_REVIEW, RETURNED or APPROVED. */
  status: string;
  checkpoint_date: string | null;
  /** RED, YELLOW or GREEN once the execution at the checkpoint is recorded. */
  light: string | null;
  at_risk_count: number;
  /** The domain's Monitoring state: progress reports and the review. */
  state_json: string;
  updated_at: string;
  updated_by: string;
  position: string;
}

export interface MidtermReviewsDatabase {
  midterm_reviews: MidtermReviewsTable;
}

export async function migrateMidtermReviews(db: Kysely<any>): Promise<void> {
  await dropViewWithoutAwaitedStep(db, MIDTERM_REVIEWS, MIDTERM_REVIEWS_PROJECTION);
  await db.schema
    .createTable(MIDTERM_REVIEWS)
    .ifNotExists()
    .addColumn('project_code', 'text', (column) => column.notNull())
    .addColumn('fiscal_year', 'integer', (column) => column.notNull())
    .addColumn('unit_code', 'text', (column) => column.notNull())
    .addColumn('section_id', 'text')
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('checkpoint_date', 'text')
    .addColumn('light', 'text')
    .addColumn('at_risk_count', 'integer', (column) => column.notNull())
    .addColumn('state_json', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .addColumn('position', 'text', (column) => column.notNull())
    .$call(withAwaitedStepColumns)
    .execute();
  await db.schema.createIndex('midterm_reviews_key').ifNotExists().unique().on(MIDTERM_REVIEWS).columns(['fiscal_year', 'project_code']).execute();
  await db.schema.createIndex('midterm_reviews_by_unit').ifNotExists().on(MIDTERM_REVIEWS).columns(['fiscal_year', 'unit_code']).execute();
  await indexAwaitedStep(db, MIDTERM_REVIEWS);
}
