import { Inject, Injectable } from '@nestjs/common';
import { DomainError, evaluationGradeLabels, messages, targetTableStatusLabels } from '@app/domain';
import type { Actor } from '@app/event-store';
import { evaluationRollUpForm, executionOverviewForm, finalEvaluationForm, midtermDashboardForm, midtermReviewForm } from '@app/forms';
import { EXECUTION_PROJECTION, FINAL_EVALUATIONS_PROJECTION, MIDTERM_REVIEWS_PROJECTION, findTargetTable, type ReadStore } from '@app/projections';
import { Clock } from '../clock/clock.js';
import { ExecutionReader } from '../execution/execution.reader.js';
import { FinalEvaluationReader } from '../final-evaluation/final-evaluation.reader.js';
import { ApiError } from '../graphql/api-error.js';
import { MidtermReviewReader } from '../midterm-review/midterm-review.reader.js';
import { ProjectionsService } from '../storage/projections.service.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { fileNamePart } from './content-disposition.js';
import type { ExportFile } from './export-file.js';

/**
 * 项目支出绩效运行监控表, 项目支出绩效自评表 and 预算执行情况表 for download: read through the
 * very readers of the `midtermReview`, `finalEvaluation` and `executionOverview` queries, so
 * they show and refuse what those show and refuse — except that a review the caller may not
 * read is answered as one that does not exist.
 */
@Injectable()
export class ReviewExports {
  constructor(
    private readonly midterms: MidtermReviewReader,
    private readonly evaluations: FinalEvaluationReader,
    private readonly execution: ExecutionReader,
    private readonly projections: ProjectionsService,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly clock: Clock,
  ) {}

  async midterm(actor: Actor, fiscalYear: number, projectCode: string): Promise<ExportFile> {
    const review = await asAbsent(this.midterms.get(projectCode, fiscalYear, actor), messages.api.noProgress({ projectCode, fiscalYear }));
    const table = await findTargetTable(this.readStore.db, projectCode, fiscalYear);
    const words = messages.forms.midterm;
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, name: review.name })),
      asciiName: `midterm-review-${fiscalYear}-${projectCode}.xlsx`,
      title: `${words.title} ${review.name}`,
      sheets: [midtermReviewForm({ ...review, unitName: table?.unitName ?? '' }, this.stamp(actor, review))],
    };
  }

  async finalEvaluation(actor: Actor, fiscalYear: number, projectCode: string): Promise<ExportFile> {
    const evaluation = await asAbsent(this.evaluations.get(projectCode, fiscalYear, actor), messages.api.noEvaluation({ projectCode, fiscalYear }));
    const words = messages.forms.finalEvaluation;
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, name: evaluation.name })),
      asciiName: `final-evaluation-${fiscalYear}-${projectCode}.xlsx`,
      title: `${words.title} ${evaluation.name}`,
      sheets: [finalEvaluationForm(evaluation, this.stamp(actor, evaluation))],
    };
  }

  /** 绩效运行监控汇总表 of a year, of one unit or the department: the `midtermDashboard` query's. */
  async midtermDashboard(actor: Actor, fiscalYear: number, unitCode: string | null): Promise<ExportFile> {
    const dashboard = await this.midterms.dashboard(fiscalYear, unitCode, actor);
    const words = messages.forms.midtermDashboard;
    const unit = unitCode === null ? null : messages.audit.subject.unit(unitCode);
    const projects = dashboard.projects.map((project) => ({
      ...project,
      statusLabel: project.status === 'NOT_OPENED' ? words.notOpened : targetTableStatusLabels[project.status as keyof typeof targetTableStatusLabels],
      light: project.light,
    }));
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, unit: unitCode })),
      asciiName: `midterm-dashboard-${fiscalYear}${unitCode === null ? '' : `-${unitCode}`}.xlsx`,
      title: words.title,
      sheets: [midtermDashboardForm({ fiscalYear, unit, projects }, await this.viewStamp(actor, MIDTERM_REVIEWS_PROJECTION))],
    };
  }

  /** 绩效自评汇总表 of a year, of one unit or the department: the `finalEvaluationRollUp` query's. */
  async evaluationRollUp(actor: Actor, fiscalYear: number, unitCode: string | null): Promise<ExportFile> {
    const rollUp = await this.evaluations.rollUp(fiscalYear, unitCode, actor);
    const words = messages.forms.evaluationRollUp;
    const unit = unitCode === null ? null : messages.audit.subject.unit(unitCode);
    const projects = rollUp.projects.map((project) => ({
      ...project,
      statusLabel: targetTableStatusLabels[project.status as keyof typeof targetTableStatusLabels],
      gradeLabel: project.grade === null ? null : evaluationGradeLabels[project.grade],
    }));
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, unit: unitCode })),
      asciiName: `evaluation-roll-up-${fiscalYear}${unitCode === null ? '' : `-${unitCode}`}.xlsx`,
      title: words.title,
      sheets: [evaluationRollUpForm({ ...rollUp, fiscalYear, unit, projects }, await this.viewStamp(actor, FINAL_EVALUATIONS_PROJECTION))],
    };
  }

  /** The overview of a year (of one unit), payments through a date, as of a moment — the query's arguments. */
  async executionOverview(actor: Actor, fiscalYear: number, options: { unitCode: string | null; through: string | null; asOf: string | null }): Promise<ExportFile> {
    const overview = await this.execution.overview(actor, fiscalYear, options.unitCode, options.asOf, options.through);
    const view = (await this.projections.runner.status()).find((projection) => projection.name === EXECUTION_PROJECTION);
    const words = messages.forms.executionOverview;
    const stamp = { position: String(view?.position ?? 0n), shownAt: overview.asOf ?? this.clock.now().toISOString(), exportedAt: this.clock.now().toISOString(), exportedBy: actor.displayName };
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, through: overview.through })),
      asciiName: `execution-overview-${fiscalYear}-${overview.through}.xlsx`,
      title: words.title,
      sheets: [executionOverviewForm(overview, stamp)],
    };
  }

  /** A list's stamp: the position its view has applied, read now. */
  private async viewStamp(actor: Actor, projection: string) {
    const view = (await this.projections.runner.status()).find((candidate) => candidate.name === projection);
    const now = this.clock.now().toISOString();
    return { position: String(view?.position ?? 0n), shownAt: now, exportedAt: now, exportedBy: actor.displayName };
  }

  private stamp(actor: Actor, view: { position: string; updatedAt: string }) {
    return { position: view.position, shownAt: view.updatedAt, exportedAt: this.clock.now().toISOString(), exportedBy: actor.displayName };
  }
}

/** A document the caller may not read is answered as one that does not exist: the same status and words. */
export async function asAbsent<T>(reading: Promise<T>, absent: string): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    if ((error instanceof DomainError && error.code === 'FORBIDDEN') || (error instanceof ApiError && error.code === 'NOT_FOUND')) throw new ApiError('NOT_FOUND', absent);
    throw error;
  }
}
