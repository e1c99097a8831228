import { Inject, Injectable } from '@nestjs/common';
import { evaluatedIndicators, messages, parseYuan, targetTableStatusLabels, type DepartmentIndicator } from '@app/domain';
import type { Actor } from '@app/event-store';
import { departmentEvaluationForm, departmentTargetsForm } from '@app/forms';
import type { ReadStore } from '@app/projections';
import { Clock } from '../clock/clock.js';
import { DepartmentEvaluationReader } from '../department-evaluation/department-evaluation.reader.js';
import { departmentTables } from '../department-targets/department-tables.js';
import { DepartmentTargetsReader } from '../department-targets/department-targets.reader.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { fileNamePart } from './content-disposition.js';
import type { ExportFile } from './export-file.js';
import { asAbsent } from './review-exports.js';

/**
 * 部门（单位）整体绩效目标表 and 部门整体支出绩效自评表 for download, read through the readers of
 * the `departmentTargets` and `departmentEvaluation` queries, so they show and refuse what those
 * do — a department the caller may not read answered as one without a document (docs/exports.md).
 */
@Injectable()
export class DepartmentExports {
  constructor(
    private readonly targets: DepartmentTargetsReader,
    private readonly evaluations: DepartmentEvaluationReader,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly clock: Clock,
  ) {}

  /** The version in force: the approved baseline once there is one (an adjustment under review is not yet the targets), else the draft. */
  async departmentTargets(actor: Actor, fiscalYear: number, departmentCode: string): Promise<ExportFile> {
    const targets = await asAbsent(this.targets.get(departmentCode, fiscalYear, actor), messages.departmentTargets.noneToRead({ departmentCode, fiscalYear }));
    const version = targets.baseline ?? targets.working;
    const tables = await departmentTables(this.readStore, fiscalYear, version.unitCodes);
    const nameOf = new Map(tables.map((table) => [table.projectCode, table.name]));
    const words = messages.forms.departmentTargets;
    const basic = version.basicExpenditure === null ? null : parseYuan(version.basicExpenditure);
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, department: version.departmentName })),
      asciiName: `department-targets-${fiscalYear}-${departmentCode}.xlsx`,
      title: `${words.title} ${version.departmentName}`,
      sheets: [
        departmentTargetsForm({
          fiscalYear,
          department: version.departmentName,
          budget: { totalFen: parseYuan(targets.budget.total), projectsFen: parseYuan(targets.budget.projects), basicFen: basic },
          overallGoal: version.overallGoal,
          subGoals: version.subGoals.map((subGoal) => ({
            title: subGoal.title,
            goal: subGoal.goal,
            // The reader serves the domain's indicators as they are; GraphQL only types the comparator as a string.
            indicators: subGoal.indicators.map((indicator) => ({ level1: '', level2: '', indicator: indicator as DepartmentIndicator })),
            projects: subGoal.links.filter((link) => link.status === 'CONFIRMED').map((link) => ({ code: link.projectCode, name: nameOf.get(link.projectCode) ?? '' })),
          })),
          safeguards: version.safeguards,
          state: { status: targets.baseline === null ? targets.statusLabel : targetTableStatusLabels.APPROVED, version: version.version },
          stamp: this.stamp(actor, targets),
        }),
      ],
    };
  }

  /** The evaluation with its score of now, as the query shows it; one that cannot be scored yet is refused with what is missing. */
  async departmentEvaluation(actor: Actor, fiscalYear: number, departmentCode: string): Promise<ExportFile> {
    const absent = messages.departmentEvaluation.notFound({ departmentCode, fiscalYear, verb: '导出' });
    const { view, card } = await asAbsent(this.evaluations.scored(departmentCode, fiscalYear, actor), absent);
    const { evaluation } = view;
    const department = evaluation.baseline.content.departmentName;
    const words = messages.forms.departmentEvaluation;
    return {
      fileName: fileNamePart(words.fileName({ fiscalYear, department })),
      asciiName: `department-evaluation-${fiscalYear}-${departmentCode}.xlsx`,
      title: `${words.title} ${department}`,
      sheets: [
        departmentEvaluationForm({
          fiscalYear,
          department,
          indicators: evaluatedIndicators(evaluation.baseline).map((indicator, i) => ({ indicator, weight: null, result: evaluation.results[i] ?? null })),
          scorecard: card,
          explanations: { execution: evaluation.executionExplanation, indicators: [] },
          state: { status: targetTableStatusLabels[evaluation.stage.status], version: evaluation.version },
          stamp: this.stamp(actor, view),
        }),
      ],
    };
  }

  private stamp(actor: Actor, view: { position: string; updatedAt: string }) {
    return { position: view.position, shownAt: view.updatedAt, exportedAt: this.clock.now().toISOString(), exportedBy: actor.displayName };
  }
}
