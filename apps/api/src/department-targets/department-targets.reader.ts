import { Inject, Injectable } from '@nestjs/common';
import {
  approvalStepLabel,
  approvedTargets,
  departmentBudget,
  formatFen,
  formatFenAsWan,
  messages,
  stepAwaited,
  targetTableStatusLabels,
  departmentTargetsStatus,
  type DepartmentTargetsContent,
  type SubGoalLink as SubGoalLinkData,
} from '@app/domain';
import { findDepartmentTargets, type DepartmentTargetsView, type ReadStore } from '@app/projections';
import type { Actor } from '@app/event-store';
import { ApiError } from '../graphql/api-error.js';
import { unitListScope } from '../read-scope/unit-list-scope.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import { DecidingRole } from '../target-tables/target-table.model.js';
import { departmentTables } from './department-tables.js';
import type { DepartmentBudget, DepartmentTargets, DepartmentTargetsVersion } from './department-targets.model.js';

/** Serves the departments' overall targets from the read store, read as target tables are. */
@Injectable()
export class DepartmentTargetsReader {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  /**
   * The documents of a year the caller may read; one department's when departmentCode is given,
   * refused (FORBIDDEN) when that department is outside the caller's scope, so an empty list
   * never hides a refusal.
   */
  async list(departmentCode: string | null, fiscalYear: number, actor: Actor): Promise<DepartmentTargets[]> {
    const scope = unitListScope(actor, departmentCode, messages.departmentTargets.reading);
    const views = await findDepartmentTargets(this.readStore.db, fiscalYear, { departmentCode, readableIn: scope.readableIn });
    return Promise.all(views.map((view) => this.toDepartmentTargets(view)));
  }

  /** One department's, for a mutation's answer. */
  async get(departmentCode: string, fiscalYear: number, actor: Actor): Promise<DepartmentTargets> {
    const [found] = await this.list(departmentCode, fiscalYear, actor);
    if (found === undefined) throw new ApiError('NOT_FOUND', messages.departmentTargets.noneToRead({ departmentCode, fiscalYear }));
    return found;
  }

  /** A view row as GraphQL serves it, its budget worked out from the tables as they stand. */
  async toDepartmentTargets({ targets, updatedAt, position }: DepartmentTargetsView): Promise<DepartmentTargets> {
    const { stage } = targets;
    const step = stage.status === 'IN_REVIEW' ? stepAwaited(stage.review) : null;
    const status = departmentTargetsStatus(targets);
    const inForce = targets.baseline?.content ?? targets.content;
    return {
      departmentCode: targets.departmentCode,
      fiscalYear: targets.fiscalYear,
      status,
      statusLabel: targetTableStatusLabels[status],
      working: versionOf(targets.version, targets.content, targets.links),
      baseline: targets.baseline === null ? null : versionOf(targets.baseline.version, targets.baseline.content, targets.links),
      currentStep: step === null ? null : { step: step.step, label: approvalStepLabel(step), role: DecidingRole[step.role] },
      returnReason: stage.status === 'RETURNED' ? stage.returned.reason : null,
      budget: await this.budgetOf(targets.fiscalYear, inForce),
      updatedAt,
      position,
    };
  }

  /** The approved baseline of every table of the department's units, by the domain's one definition, plus 基本支出. */
  private async budgetOf(fiscalYear: number, content: DepartmentTargetsContent): Promise<DepartmentBudget> {
    const tables = await departmentTables(this.readStore, fiscalYear, content.unitCodes);
    const approved = tables.flatMap((table) => (table.baseline === null ? [] : [approvedTargets(table.baseline, table, messages.departmentTargets.reading)]));
    const budget = departmentBudget(approved, content.basicExpenditureFen);
    return {
      projects: formatFen(budget.projectsFen),
      basicExpenditure: formatFen(budget.basicExpenditureFen),
      total: formatFen(budget.totalFen),
      totalWan: formatFenAsWan(budget.totalFen),
      projectCount: budget.projectCount,
    };
  }
}

function versionOf(version: number, content: DepartmentTargetsContent, links: SubGoalLinkData[]): DepartmentTargetsVersion {
  return {
    version,
    departmentName: content.departmentName,
    unitCodes: content.unitCodes,
    overallGoal: content.overallGoal,
    subGoals: content.subGoals.map((subGoal, index) => ({
      index,
      title: subGoal.title,
      goal: subGoal.goal,
      indicators: subGoal.indicators,
      links: links.filter((link) => link.subGoal === index).map(({ projectCode, status, reason }) => ({ projectCode, status, reason })),
    })),
    safeguards: content.safeguards,
    basicExpenditure: content.basicExpenditureFen === null ? null : formatFen(content.basicExpenditureFen),
  };
}
