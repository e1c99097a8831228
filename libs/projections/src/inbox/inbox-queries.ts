import { awaitedStep } from '@app/domain/approval/describe-review-stage.js';
import { decisionScope, mayDecideAwaitedStep, type DecisionScope } from '@app/domain/approval/may-decide.js';
import type { Review, ReviewScope, ReviewStage } from '@app/domain/approval/review.js';
import type { SubmissionChainStep } from '@app/domain/target-table/submission-chain.js';
import type { TargetTableActor } from '@app/domain/target-table/target-table-actor.js';
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import { toFinalEvaluationView, type FinalEvaluationView } from '../final-evaluations/final-evaluation-queries.js';
import { FINAL_EVALUATIONS, type FinalEvaluationsTable } from '../final-evaluations/final-evaluation-schema.js';
import { toMidtermReviewView, type MidtermReviewView } from '../midterm-reviews/midterm-review-queries.js';
import { MIDTERM_REVIEWS, type MidtermReviewsTable } from '../midterm-reviews/midterm-review-schema.js';
import { toView, type TargetTableView } from '../target-tables/target-table-queries.js';
import type { TargetTableWorkflow } from '../target-tables/target-table-rows.js';
import { TARGET_TABLES, type TargetTablesTable } from '../target-tables/target-table-schema.js';

/** What waits at a step of the approval chain for someone's decision. */
interface Awaiting {
  projectCode: string;
  fiscalYear: number;
  step: SubmissionChainStep;
  /** The version submitted. */
  version: number;
  /** When it was (re)submitted. */
  waitingSince: string;
}

export type InboxEntry =
  | (Awaiting & { kind: 'TARGET_TABLE_REVIEW'; targetTable: TargetTableView })
  | (Awaiting & { kind: 'MIDTERM_REVIEW'; midtermReview: MidtermReviewView })
  | (Awaiting & { kind: 'FINAL_EVALUATION'; finalEvaluation: FinalEvaluationView });

export type InboxKind = InboxEntry['kind'];

/** The order kinds take when everything else is equal: the year's documents in the order they are made. */
export const inboxKinds: readonly InboxKind[] = ['TARGET_TABLE_REVIEW', 'MIDTERM_REVIEW', 'FINAL_EVALUATION'];

/**
 * The target tables, mid-term reviews and final evaluations whose current step the caller may
 * decide, oldest submission first. SQL narrows each view to the submissions awaiting a role the
 * caller holds in their unit or section (the domain's decisionScope); the domain's own
 * mayDecideAwaitedStep then settles each one, separation of duties included, so the inbox
 * offers exactly what deciding would accept.
 */
export async function findInbox(db: Kysely<any>, caller: TargetTableActor): Promise<InboxEntry[]> {
  const scope = decisionScope(caller);
  if (scope === null) return [];
  const entries: InboxEntry[] = [];
  const offer = (review: Review, owner: ReviewScope, entry: InboxEntry) => {
    if (mayDecideAwaitedStep(caller, review, owner)) entries.push(entry);
  };

  for (const row of await awaitingRows<TargetTablesTable>(db, TARGET_TABLES, scope)) {
    const { state } = JSON.parse(row.workflow_json) as TargetTableWorkflow;
    if (state.status !== 'IN_REVIEW') continue;
    const targetTable = toView(row);
    const waiting = awaiting(targetTable, targetTable.version, state.review, row.submitted_at);
    offer(state.review, targetTable, { kind: 'TARGET_TABLE_REVIEW', ...waiting, targetTable });
  }
  for (const row of await awaitingRows<MidtermReviewsTable>(db, MIDTERM_REVIEWS, scope)) {
    const midtermReview = toMidtermReviewView(row);
    const { monitoring } = midtermReview;
    const review = underReview(monitoring.review?.stage);
    if (monitoring.review === null || review === null) continue;
    offer(review, monitoring.baseline, { kind: 'MIDTERM_REVIEW', ...awaiting(monitoring, monitoring.review.version, review, row.submitted_at), midtermReview });
  }
  for (const row of await awaitingRows<FinalEvaluationsTable>(db, FINAL_EVALUATIONS, scope)) {
    const finalEvaluation = toFinalEvaluationView(row);
    const { evaluation } = finalEvaluation;
    const review = underReview(evaluation.stage);
    if (review === null) continue;
    offer(review, evaluation.baseline, { kind: 'FINAL_EVALUATION', ...awaiting(evaluation, evaluation.version, review, row.submitted_at), finalEvaluation });
  }
  return entries.sort(oldestFirst);
}

async function awaitingRows<Row>(db: Kysely<any>, table: string, scope: DecisionScope): Promise<Array<Selectable<Row>>> {
  return (await db
    .selectFrom(table)
    .selectAll()
    .where('status', '=', 'IN_REVIEW')
    .where((eb) => awaitingIn(eb, scope))
    .execute()) as Array<Selectable<Row>>;
}

/** Rows of the caller's unit awaiting a role they decide in the unit, or in their section. */
function awaitingIn(eb: ExpressionBuilder<any, any>, scope: DecisionScope): Expression<SqlBool> {
  const roles: Array<Expression<SqlBool>> = [];
  if (scope.unitRoles.length > 0) roles.push(eb('current_role', 'in', scope.unitRoles));
  if (scope.sectionRoles.length > 0) roles.push(eb.and([eb('current_role', 'in', scope.sectionRoles), eb('section_id', '=', scope.sectionId)]));
  return eb.and([eb('unit_code', '=', scope.unitCode), eb.or(roles)]);
}

function underReview(stage: ReviewStage | undefined): Review | null {
  return stage?.status === 'IN_REVIEW' ? stage.review : null;
}

function awaiting(key: { projectCode: string; fiscalYear: number }, version: number, review: Review, submittedAt: string | null): Awaiting {
  if (submittedAt === null) throw new Error(`${key.fiscalYear}/${key.projectCode} is under review without a submission time: the view was not written by its projection`);
  return { projectCode: key.projectCode, fiscalYear: key.fiscalYear, version, step: awaitedStep(review), waitingSince: submittedAt };
}

function oldestFirst(a: InboxEntry, b: InboxEntry): number {
  return (
    compare(a.waitingSince, b.waitingSince) ||
    b.fiscalYear - a.fiscalYear ||
    compare(a.projectCode, b.projectCode) ||
    inboxKinds.indexOf(a.kind) - inboxKinds.indexOf(b.kind)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
