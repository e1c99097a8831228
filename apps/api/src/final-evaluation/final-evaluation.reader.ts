import { Inject, Injectable } from '@nestjs/common';
import {
  approvalStepLabel,
  awaitedStep,
  evaluationGradeLabels,
  formatFen,
  qualitativeGradeLabels,
  rollUpEvaluations,
  isOpenRectification,
  targetTableStatusLabels,
  requireTargetTableReadable,
  messages,
} from '@app/domain';
import { findFinalEvaluation, findFinalEvaluations, findRectifications, type FinalEvaluationView, type ReadStore } from '@app/projections';
import type { Actor } from '@app/event-store';
import { unitListScope } from '../read-scope/unit-list-scope.js';
import { ApiError } from '../graphql/api-error.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { DecidingRole } from '../target-tables/target-table.model.js';
import { toIndicator } from '../target-tables/target-table.reader.js';
import { QualitativeGrade } from './final-evaluation.inputs.js';
import { EvaluationGrade, type EvaluationRollUp, type FinalEvaluation } from './final-evaluation.model.js';

/** Serves final evaluations and their roll-ups from the read store, shaped for GraphQL. */
@Injectable()
export class FinalEvaluationReader {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  /** Read as target tables are: AUDITOR everything, OFFICE and LEADER their unit, PREPARER and SECTION_HEAD their section. */
  async get(projectCode: string, fiscalYear: number, actor: Actor): Promise<FinalEvaluation> {
    const view = await findFinalEvaluation(this.readStore.db, fiscalYear, projectCode);
    if (view === null) {
      throw new ApiError('NOT_FOUND', messages.api.noEvaluation({ projectCode, fiscalYear }));
    }
    requireTargetTableReadable(actor, view.evaluation.baseline, messages.api.evaluationOf(projectCode));
    return toFinalEvaluation(view);
  }

  /** The roll-up of the projects the caller may read, within one unit when unitCode is given. */
  async rollUp(fiscalYear: number, unitCode: string | null, actor: Actor): Promise<EvaluationRollUp> {
    const scope = unitListScope(actor, unitCode, messages.api.readingEvaluations);
    const views = await findFinalEvaluations(this.readStore.db, fiscalYear, scope);
    const rectifications = await findRectifications(this.readStore.db, fiscalYear, scope.unitCode ?? null, scope.readableIn);
    const openOf = new Map(rectifications.map(({ rectifications: project }) => [project.projectCode, project.items.filter(isOpenRectification).length]));
    const evaluated = views.map((view) => ({ ...view, openRectifications: openOf.get(view.evaluation.projectCode) ?? 0 }));
    const rollUp = rollUpEvaluations(evaluated);
    return {
      unitCode,
      ...rollUp,
      countPerGrade: rollUp.countPerGrade.map(({ grade, count }) => ({ grade: EvaluationGrade[grade], label: evaluationGradeLabels[grade], count })),
      projects: evaluated.map(({ evaluation, scorecard, openRectifications }) => ({
        projectCode: evaluation.projectCode,
        name: evaluation.baseline.name,
        unitCode: evaluation.baseline.unitCode,
        status: evaluation.stage.status,
        total: scorecard.total,
        grade: scorecard.grade === null ? null : EvaluationGrade[scorecard.grade],
        openRectificationCount: openRectifications,
      })),
    };
  }
}

export function toFinalEvaluation({ evaluation, scorecard, updatedAt, updatedBy, position }: FinalEvaluationView): FinalEvaluation {
  const { baseline, stage } = evaluation;
  const step = stage.status === 'IN_REVIEW' ? awaitedStep(stage.review) : null;
  return {
    id: `final-evaluation-${evaluation.fiscalYear}-${evaluation.projectCode}`,
    projectCode: evaluation.projectCode,
    fiscalYear: evaluation.fiscalYear,
    name: baseline.name,
    unitCode: baseline.unitCode,
    unitName: baseline.unitName,
    sectionId: baseline.sectionId,
    baselineVersion: baseline.version,
    version: evaluation.version,
    status: stage.status,
    statusLabel: targetTableStatusLabels[stage.status],
    currentStep: step === null ? null : { step: step.step, label: approvalStepLabel(step), role: DecidingRole[step.role] },
    approvedVersion: evaluation.approved?.version ?? null,
    approvedTotal: evaluation.approved?.score.total ?? null,
    approvedGrade: evaluation.approved === null ? null : EvaluationGrade[evaluation.approved.score.grade],
    scorecard: {
      execution: {
        budget: formatFen(scorecard.execution.budgetFen),
        executed: scorecard.execution.executedFen === null ? null : formatFen(scorecard.execution.executedFen),
        ratePercent: scorecard.execution.ratePercent,
        points: '10.00',
        score: scorecard.execution.score,
        explanationNeeded: scorecard.execution.explanationNeeded,
        explanation: scorecard.execution.explanation,
      },
      groups: scorecard.groups,
      redistribution: scorecard.redistribution,
      rows: scorecard.rows.map((row) => ({
        index: row.index,
        indicator: toIndicator(row.indicator),
        weight: row.weight,
        actual: row.result?.kind === 'MEASURED' ? row.result.actual : null,
        grade: row.result?.kind === 'GRADED' ? QualitativeGrade[row.result.grade] : null,
        gradeLabel: row.result?.kind === 'GRADED' ? qualitativeGradeLabels[row.result.grade] : null,
        percent: row.result?.kind === 'GRADED' ? row.result.percent : null,
        points: row.points,
        score: row.score,
        completionPercent: row.completionPercent,
        explanationReasons: row.explanationReasons,
        explanation: row.explanation,
      })),
      total: scorecard.total,
      grade: scorecard.grade === null ? null : EvaluationGrade[scorecard.grade],
      gradeLabel: scorecard.grade === null ? null : evaluationGradeLabels[scorecard.grade],
      missing: scorecard.missing.map(({ field, message }) => ({ field, message })),
    },
    updatedAt,
    updatedBy,
    position,
  };
}
