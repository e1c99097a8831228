import { Inject, Injectable } from '@nestjs/common';
import { atRiskInWords, departmentMonitoring, indicatorProgressAt, formatCalendarDate, formatFen, messages, type LinkedProjectProgress, type MidtermReview } from '@app/domain';
import { findDepartmentTargets, findMidtermReviews, type ReadStore } from '@app/projections';
import type { Actor } from '@app/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TrafficLight } from '../execution/execution.models.js';
import { ExecutionReader, throughOf, toFigures } from '../execution/execution.reader.js';
import { ApiError } from '../graphql/api-error.js';
import { Likelihood } from '../midterm-review/midterm-review.inputs.js';
import { unitListScope } from '../read-scope/unit-list-scope.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import type { DepartmentMonitoring } from './department-monitoring.model.js';

/**
 * 部门整体绩效运行监控 (docs/department-evaluation.md): the approved department targets, the
 * covered units' projects' execution as the execution view computes it, and their mid-term
 * reviews, put through the domain's departmentMonitoring. Read as the department's document
 * is: whoever reads it reads its monitoring, projects of its other units included.
 */
@Injectable()
export class DepartmentMonitoringReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly execution: ExecutionReader,
  ) {}

  async get(departmentCode: string, fiscalYear: number, through: string | null | undefined, actor: Actor): Promise<DepartmentMonitoring> {
    const scope = unitListScope(actor, departmentCode, messages.departmentEvaluation.monitoring);
    const [view] = await findDepartmentTargets(this.readStore.db, fiscalYear, { departmentCode, readableIn: scope.readableIn });
    if (view === undefined) throw new ApiError('NOT_FOUND', messages.departmentTargets.noneToRead({ departmentCode, fiscalYear }));
    const { baseline, links, progress } = view.targets;
    if (baseline === null) throw new ApiError('NOT_FOUND', messages.departmentEvaluation.notApproved({ departmentCode, fiscalYear, what: '运行监控' }));
    const date = throughOf(through, undefined);
    const { unitCodes } = baseline.content;
    const executions = await this.execution.projectsOfUnits(fiscalYear, unitCodes, date);
    const reviews = new Map<string, MidtermReview | null>();
    for (const unitCode of unitCodes) {
      for (const { monitoring } of await findMidtermReviews(this.readStore.db, fiscalYear, { unitCode })) reviews.set(monitoring.projectCode, monitoring.review);
    }
    const projects = executions.map(({ baseline: table, figures }): LinkedProjectProgress => ({
      projectCode: table.projectCode,
      name: table.name,
      execution: figures,
      review: reviews.get(table.projectCode) ?? null,
    }));
    const monitoring = departmentMonitoring({
      fiscalYear,
      through: date,
      thresholds: this.config.lightThresholds,
      subGoals: baseline.content.subGoals.map((subGoal, index) => ({
        title: subGoal.title,
        indicators: subGoal.indicators.map((indicator, at) => indicatorProgressAt(indicator, { subGoal: index, index: at }, progress, date)),
        // Only a person's confirmation makes a link (docs/department-targets.md, the link rule).
        projectCodes: links.filter((link) => link.subGoal === index && link.status === 'CONFIRMED').map((link) => link.projectCode),
      })),
      projects,
    });
    return {
      departmentCode,
      fiscalYear,
      departmentName: baseline.content.departmentName,
      baselineVersion: baseline.version,
      through: formatCalendarDate(date),
      thresholds: this.config.lightThresholds,
      subGoals: monitoring.subGoals.map((subGoal) => ({
        index: subGoal.index,
        title: subGoal.title,
        indicators: subGoal.indicators.map((indicator) => ({
          ...indicator,
          likelihood: indicator.likelihood === null ? null : Likelihood[indicator.likelihood],
          reports: indicator.reports.map((report) => ({ ...report, likelihood: report.likelihood === null ? null : Likelihood[report.likelihood] })),
        })),
        projects: subGoal.projects.map((project) => ({
          projectCode: project.projectCode,
          name: project.name,
          budget: formatFen(project.budgetFen),
          spent: formatFen(project.spentFen),
          executionRate: project.executionRate,
          lightRatio: project.lightRatio,
          light: project.light === null ? null : TrafficLight[project.light],
          behindPlan: project.behindPlanAt !== null,
          atRiskIndicatorCount: project.atRiskIndicatorCount,
        })),
        unapprovedProjectCodes: subGoal.unapprovedProjectCodes,
        execution: subGoal.execution === null ? null : toFigures(subGoal.execution, date),
        light: subGoal.light === null ? null : TrafficLight[subGoal.light],
        atRisk: subGoal.atRisk.map(atRiskInWords),
      })),
      execution: toFigures(monitoring.execution, date),
      position: view.position,
    };
  }
}
