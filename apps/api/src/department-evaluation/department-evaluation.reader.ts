import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  approvalStepLabel,
  awaitedStep,
  departmentEvaluationScorecard,
  departmentScoreSummary,
  wholeBudget,
  departmentIndicatorGroup,
  evaluationGradeLabels,
  evaluatedIndicators,
  formatFen,
  messages,
  shownScore,
  targetTableStatusLabels,
  type DepartmentScoreSummary,
  type DepartmentScorecard,
} from '@app/domain';
import { findDepartmentEvaluation, type DepartmentEvaluationView, type ReadStore } from '@app/projections';
import type { Actor } from '@app/event-store';
import { EvaluationGrade } from '../final-evaluation/final-evaluation.model.js';
import { QualitativeGrade } from '../final-evaluation/final-evaluation.inputs.js';
import { ApiError } from '../graphql/api-error.js';
import { unitListScope } from '../read-scope/unit-list-scope.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { DecidingRole } from '../target-tables/target-table.model.js';
import { DepartmentScoringFactsReader } from './department-scoring-facts.js';
import type { DepartmentEvaluation, DepartmentScore } from './department-evaluation.model.js';

/** Serves the 部门整体支出绩效自评, its score worked out at read time from the facts as they stand. */
@Injectable()
export class DepartmentEvaluationReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly facts: DepartmentScoringFactsReader,
  ) {}

  /** Read as the department targets are; a department outside the caller's scope is FORBIDDEN, one without an evaluation NOT_FOUND. */
  async get(departmentCode: string, fiscalYear: number, actor: Actor): Promise<DepartmentEvaluation> {
    return this.toDepartmentEvaluation(await this.view(departmentCode, fiscalYear, actor));
  }

  /** The stored evaluation with its scorecard of now, for the form (exports); the scoring's refusal when it cannot be scored yet. */
  async scored(departmentCode: string, fiscalYear: number, actor: Actor): Promise<{ view: DepartmentEvaluationView; card: DepartmentScorecard }> {
    const view = await this.view(departmentCode, fiscalYear, actor);
    return { view, card: departmentEvaluationScorecard(view.evaluation, await this.facts.factsOf(view.evaluation)) };
  }

  private async view(departmentCode: string, fiscalYear: number, actor: Actor): Promise<DepartmentEvaluationView> {
    const scope = unitListScope(actor, departmentCode, messages.departmentEvaluation.reading);
    const view = await findDepartmentEvaluation(this.readStore.db, fiscalYear, departmentCode, scope.readableIn);
    if (view === null) throw new ApiError('NOT_FOUND', messages.departmentEvaluation.notFound({ departmentCode, fiscalYear, verb: '查看' }));
    return view;
  }

  async toDepartmentEvaluation({ evaluation, updatedAt, position }: DepartmentEvaluationView): Promise<DepartmentEvaluation> {
    const facts = await this.facts.factsOf(evaluation);
    let card: DepartmentScorecard | null = null;
    let scoreProblems: string[] = [];
    try {
      card = departmentEvaluationScorecard(evaluation, facts);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      scoreProblems = error.problems.length > 0 ? error.problems.map((problem) => problem.message) : [error.message];
    }
    const { stage, baseline } = evaluation;
    const step = stage.status === 'IN_REVIEW' ? awaitedStep(stage.review) : null;
    const subGoalOf = baseline.content.subGoals.flatMap((subGoal, index) => subGoal.indicators.map(() => index));
    return {
      departmentCode: evaluation.departmentCode,
      fiscalYear: evaluation.fiscalYear,
      departmentName: baseline.content.departmentName,
      version: evaluation.version,
      baselineVersion: baseline.version,
      status: stage.status,
      statusLabel: targetTableStatusLabels[stage.status],
      currentStep: step === null ? null : { step: step.step, label: approvalStepLabel(step), role: DecidingRole[step.role] },
      returnReason: stage.status === 'RETURNED' ? stage.returned.reason : null,
      indicators: evaluatedIndicators(baseline).map((indicator, index) => {
        const result = evaluation.results[index] ?? null;
        const row = card?.rows.find((scored) => scored.index === index) ?? null;
        return {
          index,
          subGoal: subGoalOf[index]!,
          indicator,
          part: departmentIndicatorGroup(indicator),
          result:
            result === null
              ? null
              : result.kind === 'MEASURED'
                ? { kind: result.kind, actual: result.actual, grade: null, percent: null }
                : { kind: result.kind, actual: null, grade: QualitativeGrade[result.grade], percent: result.percent },
          points: row === null ? null : shownScore(row.points),
          score: row === null ? null : shownScore(row.score),
        };
      }),
      basicExpenditurePaid: evaluation.basicExpenditurePaidFen === null ? null : formatFen(evaluation.basicExpenditurePaidFen),
      executionExplanation: evaluation.executionExplanation,
      score: card === null ? null : toScore(departmentScoreSummary(card, wholeBudget(evaluation, facts))),
      scoreProblems,
      approvedScore: evaluation.approvedScore === null ? null : toScore(evaluation.approvedScore),
      updatedAt,
      position,
    };
  }
}

function toScore(summary: DepartmentScoreSummary): DepartmentScore {
  return {
    total: summary.total,
    grade: EvaluationGrade[summary.grade],
    gradeLabel: evaluationGradeLabels[summary.grade],
    parts: summary.parts.map((part) => ({ ...part, label: messages.departmentEvaluation.partLabels[part.part] })),
    budget: formatFen(BigInt(summary.budgetFen)),
    paid: formatFen(BigInt(summary.paidFen)),
    projectCount: summary.projectCount,
    finalProjectCount: summary.finalProjectCount,
    projectAverage: summary.projectAverage,
    projectWeightedAverage: summary.projectWeightedAverage,
  };
}
