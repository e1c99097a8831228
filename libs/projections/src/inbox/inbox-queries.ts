import { awaitedStep } from '@app/domain/approval/describe-review-stage.js';
import { decisionScope, mayDecideAwaitedStep, type DecisionScope } from '@app/domain/approval/may-decide.js';
import type { DecidedAsSubstitute, Review, ReviewScope, ReviewStage } from '@app/domain/approval/review.js';
import type { SubmissionChainStep } from '@app/domain/approval/submission-chain.js';
import type { Actor } from '@app/domain/common/actor.js';
import { substituteForAwaitedStep, type StepDelegation } from '@app/domain/approval/substitution.js';
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import { toFinalEvaluationView, type FinalEvaluationView } from '../final-evaluations/final-evaluation-queries.js';
import { FINAL_EVALUATIONS, type FinalEvaluationsTable } from '../final-evaluations/final-evaluation-schema.js';
import { toMidtermReviewView, type MidtermReviewView } from '../midterm-reviews/midterm-review-queries.js';
import { toDepartmentTargetsView, type DepartmentTargetsView } from '../department-targets/department-targets-queries.js';
import { DEPARTMENT_TARGETS, type DepartmentTargetsTable } from '../department-targets/department-targets-schema.js';
import { toDepartmentEvaluationView, type DepartmentEvaluationView } from '../department-evaluations/department-evaluation-queries.js';
import { DEPARTMENT_EVALUATIONS, type DepartmentEvaluationsTable } from '../department-evaluations/department-evaluation-schema.js';
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
  /** Offered to a substitute (代理审批): for whom they would decide; null for the role's own holder. */
  asSubstitute: DecidedAsSubstitute | null;
}

/**
 * What the inbox weighs for a caller named as substitute: the delegations naming them and, per
 * project's year and unit, the calendar's decision and escalation days (read by the application).
 */
export interface InboxSubstitution {
  now: string;
  delegations: readonly StepDelegation[];
  daysOf: (fiscalYear: number, unitCode: string) => Promise<{ decisionDays: number; escalationDays: number }>;
}

export type InboxEntry =
  | (Awaiting & { kind: 'TARGET_TABLE_REVIEW'; targetTable: TargetTableView })
  | (Awaiting & { kind: 'MIDTERM_REVIEW'; midtermReview: MidtermReviewView })
  | (Awaiting & { kind: 'FINAL_EVALUATION'; finalEvaluation: FinalEvaluationView })
  /** `projectCode` is the department's code: its document is no project's. */
  | (Awaiting & { kind: 'DEPARTMENT_TARGETS'; departmentTargets: DepartmentTargetsView })
  /** Likewise the department's code: its self-evaluation (部门整体支出绩效自评) is no project's either. */
  | (Awaiting & { kind: 'DEPARTMENT_EVALUATION'; departmentEvaluation: DepartmentEvaluationView });

export type InboxKind = InboxEntry['kind'];

/** The order kinds take when everything else is equal: the year's documents in the order they are made. */
export const inboxKinds: readonly InboxKind[] = ['DEPARTMENT_TARGETS', 'TARGET_TABLE_REVIEW', 'MIDTERM_REVIEW', 'FINAL_EVALUATION', 'DEPARTMENT_EVALUATION'];

/**
 * The target tables, mid-term reviews, final evaluations, departments' overall targets and self-evaluations whose
 * current step the caller may decide, oldest submission first. SQL narrows each view to the submissions awaiting a role the
 * caller holds in their unit or section (the domain's decisionScope); the domain's own
 * mayDecideAwaitedStep then settles each one, separation of duties included, so the inbox
 * offers exactly what deciding would accept. A substitute is offered, besides, the steps their
 * delegations let them decide now (substituteForAwaitedStep), marked with whom they decide for.
 */
export async function findInbox(db: Kysely<any>, caller: Actor, substitution?: InboxSubstitution): Promise<InboxEntry[]> {
  const scopes = decisionScopes(caller, substitution?.delegations ?? []);
  if (scopes.length === 0) return [];
  const entries = new Map<string, InboxEntry>();
  const offer = async (review: Review, owner: ReviewScope, submittedAt: string | null, entry: InboxEntry) => {
    const key = `${entry.kind}/${entry.fiscalYear}/${entry.projectCode}`;
    if (entries.has(key)) return;
    if (mayDecideAwaitedStep(caller, review, owner)) {
      entries.set(key, entry);
      return;
    }
    if (substitution === undefined || substitution.delegations.length === 0) return;
    const days = await substitution.daysOf(entry.fiscalYear, owner.unitCode);
    const asSubstitute = substituteForAwaitedStep(caller, review, owner, { now: substitution.now, awaitedSince: submittedAt, ...days, delegations: substitution.delegations });
    if (asSubstitute !== null) entries.set(key, { ...entry, asSubstitute });
  };

  for (const row of await awaitingRows<TargetTablesTable>(db, TARGET_TABLES, scopes)) {
    const { state } = JSON.parse(row.state_json) as TargetTableWorkflow;
    if (state.lifecycle === 'NONE' || state.stage.status !== 'IN_REVIEW') continue;
    const targetTable = toView(row);
    const waiting = awaiting(targetTable, targetTable.version, state.stage.review, row.submitted_at);
    await offer(state.stage.review, targetTable, row.submitted_at, { kind: 'TARGET_TABLE_REVIEW', ...waiting, targetTable });
  }
  for (const row of await awaitingRows<MidtermReviewsTable>(db, MIDTERM_REVIEWS, scopes)) {
    const midtermReview = toMidtermReviewView(row);
    const { monitoring } = midtermReview;
    const review = underReview(monitoring.review?.stage);
    if (monitoring.review === null || review === null) continue;
    await offer(review, monitoring.baseline, row.submitted_at, { kind: 'MIDTERM_REVIEW', ...awaiting(monitoring, monitoring.review.version, review, row.submitted_at), midtermReview });
  }
  for (const row of await awaitingRows<FinalEvaluationsTable>(db, FINAL_EVALUATIONS, scopes)) {
    const finalEvaluation = toFinalEvaluationView(row);
    const { evaluation } = finalEvaluation;
    const review = underReview(evaluation.stage);
    if (review === null) continue;
    await offer(review, evaluation.baseline, row.submitted_at, { kind: 'FINAL_EVALUATION', ...awaiting(evaluation, evaluation.version, review, row.submitted_at), finalEvaluation });
  }
  for (const row of await awaitingRows<DepartmentTargetsTable>(db, DEPARTMENT_TARGETS, scopes)) {
    const departmentTargets = toDepartmentTargetsView(row);
    const { targets } = departmentTargets;
    const review = underReview(targets.stage);
    if (review === null) continue;
    const key = { projectCode: targets.departmentCode, fiscalYear: targets.fiscalYear };
    await offer(review, { unitCode: targets.departmentCode, sectionId: null }, row.submitted_at, { kind: 'DEPARTMENT_TARGETS', ...awaiting(key, targets.version, review, row.submitted_at), departmentTargets });
  }
  for (const row of await awaitingRows<DepartmentEvaluationsTable>(db, DEPARTMENT_EVALUATIONS, scopes)) {
    const departmentEvaluation = toDepartmentEvaluationView(row);
    const { evaluation } = departmentEvaluation;
    const review = underReview(evaluation.stage);
    if (review === null) continue;
    const key = { projectCode: evaluation.departmentCode, fiscalYear: evaluation.fiscalYear };
    await offer(review, { unitCode: evaluation.departmentCode, sectionId: null }, row.submitted_at, {
      kind: 'DEPARTMENT_EVALUATION',
      ...awaiting(key, evaluation.version, review, row.submitted_at),
      departmentEvaluation,
    });
  }
  return [...entries.values()].sort(oldestFirst);
}

/**
 * Where the caller's own roles have them decide, and where each delegation naming them might:
 * its unit, its role, and for a section head's step its section.
 */
function decisionScopes(caller: Actor, delegations: readonly StepDelegation[]): DecisionScope[] {
  const own = decisionScope(caller);
  const delegated = delegations.map(({ unitCode, sectionId, role }) =>
    role === 'SECTION_HEAD' ? { unitCode, sectionId, sectionRoles: [role], unitRoles: [] } : { unitCode, sectionId: null, sectionRoles: [], unitRoles: [role] },
  );
  return own === null ? delegated : [own, ...delegated];
}

async function awaitingRows<Row>(db: Kysely<any>, table: string, scopes: readonly DecisionScope[]): Promise<Array<Selectable<Row>>> {
  return (await db
    .selectFrom(table)
    .selectAll()
    .where('status', '=', 'IN_REVIEW')
    .where((eb) => eb.or(scopes.map((scope) => awaitingIn(eb, scope))))
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
  return { projectCode: key.projectCode, fiscalYear: key.fiscalYear, version, step: awaitedStep(review), waitingSince: submittedAt, asSubstitute: null };
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
