import type { ReviewStage } from '@app/domain/approval/review.js';
import type { CreateTableBuilder, Kysely } from 'kysely';
import { columnsOf, dropViewForRebuild } from '../runner/outdated-view.js';

/**
 * The columns an inbox finds a reviewed document's submission by: the step it awaits, the role
 * that decides that step, and when the version was (re)submitted — the inbox's order. Null
 * unless the document is IN_REVIEW.
 */
export interface AwaitedStepColumns {
  current_step: string | null;
  current_role: string | null;
  submitted_at: string | null;
}

/**
 * `stage` is null while there is no document to review yet. Once the last step is approved no
 * step is awaited, though a batch may end before the approval event of the same append.
 */
export function awaitedStepColumns(stage: ReviewStage | null, submittedAt: string | null): AwaitedStepColumns {
  const step = stage?.status === 'IN_REVIEW' ? stage.review.chain.steps[stage.review.currentStepIndex] : undefined;
  if (step === undefined) return { current_step: null, current_role: null, submitted_at: null };
  return { current_step: step.step, current_role: step.role, submitted_at: submittedAt };
}

export function withAwaitedStepColumns<T extends string, C extends string>(table: CreateTableBuilder<T, C>) {
  return table.addColumn('current_step', 'text').addColumn('current_role', 'text').addColumn('submitted_at', 'text');
}

/**
 * A view written before the columns existed cannot tell which of its rows await whom, so it is
 * dropped with its checkpoint and rebuilt from the log.
 */
export async function dropViewWithoutAwaitedStep(db: Kysely<any>, table: string, projection: string): Promise<void> {
  const columns = await columnsOf(db, table);
  if (columns !== undefined && !columns.has('submitted_at')) await dropViewForRebuild(db, projection, [table]);
}

export async function indexAwaitedStep(db: Kysely<any>, table: string): Promise<void> {
  // Few rows await a step at any time: an index on the role finds them without reading the year's others.
  await db.schema.createIndex(`${table}_awaiting`).ifNotExists().on(table).columns(['current_role', 'unit_code']).execute();
}
