import { Inject, Injectable } from '@nestjs/common';
import {
  chinaDateOf,
  executionTotals,
  formatCalendarDate,
  formatFen,
  formatFenAsWan,
  parseCalendarDate,
  projectExecution,
  requireTargetTableReadable,
  trafficLightLabels,
  type CalendarDate,
  type CheckpointExecution as CheckpointFigures,
  type ExecutionTotals,
  type ProjectExecution as ProjectFigures,
  type TargetTablePlace,
  messages,
} from '@app/domain';
import type { Actor } from '@app/event-store';
import { findBaselinesInForce, findLedgerEntries, findLedgerPage, type ExecutionBaselineView, type LedgerEntryView, type PageRequest, type ReadStore } from '@app/projections';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiError } from '../graphql/api-error.js';
import { unitListScope } from '../read-scope/unit-list-scope.js';
import { READ_STORE } from '../storage/storage.tokens.js';
import {
  LedgerEntryKind,
  TrafficLight,
  type CheckpointExecution,
  type ExecutionFigures,
  type ExecutionOverview,
  type Ledger,
  type ProjectExecution,
  type UnitExecution,
} from './execution.models.js';

/**
 * Serves the ledger and execution from the view's rows. A moment in the past (asOf) is read
 * from the rows recorded up to it — entries and approved baselines keep the time of their
 * event — so the answer is what the events said then, not today's totals.
 */
@Injectable()
export class ExecutionReader {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A page of the ledger (docs/execution.md): a long ledger is read a page at a time. */
  async ledger(actor: Actor, projectCode: string, fiscalYear: number, asOf: string | null | undefined, page: PageRequest): Promise<Ledger> {
    const moment = momentOf(asOf);
    const [baseline] = await findBaselinesInForce(this.readStore.db, fiscalYear, { projectCode });
    if (baseline === undefined) throw notApproved(projectCode, fiscalYear);
    requireProjectReadable(actor, baseline);
    const ledger = await findLedgerPage(this.readStore.db, fiscalYear, projectCode, moment, page);
    return {
      projectCode,
      fiscalYear,
      asOf: moment ?? null,
      edges: ledger.entries.map((entry) => ({ cursor: entry.cursor, node: toLedgerEntry(entry, ledger.reversedBy.get(entry.entryNumber) ?? null) })),
      pageInfo: { hasNextPage: ledger.hasNextPage, endCursor: ledger.endCursor },
      totalCount: ledger.totalCount,
      total: formatFen(ledger.totalFen),
    };
  }

  async project(actor: Actor, projectCode: string, fiscalYear: number, asOf: string | null | undefined, through: string | null | undefined): Promise<ProjectExecution> {
    const moment = momentOf(asOf);
    const [baseline] = await findBaselinesInForce(this.readStore.db, fiscalYear, { projectCode }, moment);
    if (baseline === undefined) throw notApproved(projectCode, fiscalYear, moment);
    requireProjectReadable(actor, baseline);
    const date = throughOf(through, moment);
    const entries = await findLedgerEntries(this.readStore.db, fiscalYear, [projectCode], moment);
    return toProjectExecution(baseline, this.figuresOf(baseline, entries, date), date);
  }

  async overview(actor: Actor, fiscalYear: number, unitCode: string | null | undefined, asOf: string | null | undefined, through: string | null | undefined): Promise<ExecutionOverview> {
    const moment = momentOf(asOf);
    const date = throughOf(through, moment);
    const baselines = await findBaselinesInForce(this.readStore.db, fiscalYear, unitListScope(actor, unitCode, messages.api.readingExecution), moment);
    const entries = await findLedgerEntries(this.readStore.db, fiscalYear, baselines.map((baseline) => baseline.projectCode), moment);
    const projects = baselines.map((baseline) => ({
      baseline,
      figures: this.figuresOf(baseline, entries.filter((entry) => entry.projectCode === baseline.projectCode), date),
    }));
    const units = [...new Set(baselines.map((baseline) => baseline.unitCode))].sort().map((code): UnitExecution => {
      const own = projects.filter((project) => project.baseline.unitCode === code);
      return {
        ...toFigures(executionTotals(own.map((project) => project.figures), fiscalYear, date, this.config.lightThresholds), date),
        unitCode: code,
        unitName: own[0]!.baseline.unitName,
        projectCount: own.length,
        behindPlan: own.filter((project) => project.figures.behindPlanAt !== null).map((project) => toProjectExecution(project.baseline, project.figures, date)),
        projects: own.map((project) => toProjectExecution(project.baseline, project.figures, date)),
      };
    });
    return {
      fiscalYear,
      asOf: moment ?? null,
      through: formatCalendarDate(date),
      thresholds: this.config.lightThresholds,
      units,
      department: toFigures(executionTotals(projects.map((project) => project.figures), fiscalYear, date, this.config.lightThresholds), date),
      behindPlan: units.flatMap((unit) => unit.behindPlan),
    };
  }

  /**
   * Every project in force of the given units with its execution through the date, for a view
   * that has already checked its own read scope (the department's monitoring and evaluation,
   * read as the department's document is): the same baselines, ledger and figures as
   * projectExecution, so a department never counts a payment otherwise than its project does.
   */
  async projectsOfUnits(fiscalYear: number, unitCodes: readonly string[], through: CalendarDate): Promise<Array<{ baseline: ExecutionBaselineView; figures: ProjectFigures }>> {
    const baselines = (await Promise.all(unitCodes.map((unitCode) => findBaselinesInForce(this.readStore.db, fiscalYear, { unitCode })))).flat();
    const entries = await findLedgerEntries(this.readStore.db, fiscalYear, baselines.map((baseline) => baseline.projectCode));
    return baselines.map((baseline) => ({ baseline, figures: this.figuresOf(baseline, entries.filter((entry) => entry.projectCode === baseline.projectCode), through) }));
  }

  private figuresOf(baseline: ExecutionBaselineView, entries: readonly LedgerEntryView[], through: CalendarDate): ProjectFigures {
    return projectExecution({
      fiscalYear: baseline.fiscalYear,
      through,
      budgetFen: baseline.budgetTotalFen,
      plan: baseline.plan,
      entries,
      thresholds: this.config.lightThresholds,
    });
  }
}

/** Execution is read by those who read the project's target table (the domain's read scope). */
function requireProjectReadable(actor: Actor, project: TargetTablePlace & { projectCode: string }): void {
  requireTargetTableReadable(actor, project, messages.api.executionOf(project.projectCode));
}

/** The instant as the events record time (toISOString), or undefined for now. */
function momentOf(asOf: string | null | undefined): string | undefined {
  if (asOf === null || asOf === undefined || asOf === '') return undefined;
  const instant = new Date(asOf);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(asOf) || Number.isNaN(instant.getTime())) {
    throw new ApiError('VALIDATION', messages.api.notAnInstantWithZone(asOf));
  }
  return instant.toISOString();
}

/** The date through which payments count: as given, or the date in China at the moment read. */
export function throughOf(through: string | null | undefined, moment: string | undefined): CalendarDate {
  const text = through === null || through === undefined || through === '' ? chinaDateOf(moment === undefined ? new Date() : new Date(moment)) : through;
  const date = parseCalendarDate(text);
  if (date === null) throw new ApiError('VALIDATION', messages.api.notADate(text));
  return date;
}

function notApproved(projectCode: string, fiscalYear: number, moment?: string): ApiError {
  return new ApiError('NOT_FOUND', messages.api.noBaseline({ projectCode, fiscalYear, when: moment ?? null }));
}

function toLedgerEntry(entry: LedgerEntryView, reversedBy: number | null) {
  return {
    entryNumber: entry.entryNumber,
    kind: LedgerEntryKind[entry.kind],
    amount: formatFen(entry.amountFen),
    date: entry.date,
    voucherNumber: entry.voucherNumber,
    payee: entry.payee,
    note: entry.note,
    reason: entry.reason,
    reversedEntryNumber: entry.reversedEntryNumber,
    reversedByEntryNumber: reversedBy,
    recordedAt: entry.recordedAt,
    recordedBy: entry.recordedBy,
  };
}

function toProjectExecution(baseline: ExecutionBaselineView, figures: ProjectFigures, through: CalendarDate): ProjectExecution {
  return {
    ...toFigures(figures, through),
    projectCode: baseline.projectCode,
    fiscalYear: baseline.fiscalYear,
    name: baseline.name,
    unitCode: baseline.unitCode,
    unitName: baseline.unitName,
    sectionId: baseline.sectionId,
    baselineVersion: baseline.version,
    behindPlan: figures.behindPlanAt !== null,
    behindPlanAt: figures.behindPlanAt === null ? null : toCheckpoint(figures.behindPlanAt),
  };
}

export function toFigures(figures: ExecutionTotals, through: CalendarDate): ExecutionFigures {
  return {
    through: formatCalendarDate(through),
    budget: formatFen(figures.budgetFen),
    budgetWan: formatFenAsWan(figures.budgetFen),
    spent: formatFen(figures.spentFen),
    spentWan: formatFenAsWan(figures.spentFen),
    spentByMonth: figures.spentByMonthFen.map((fen, index) => ({ month: index + 1, spent: formatFen(fen) })),
    plannedToDate: formatFen(figures.plannedToDateFen),
    plannedToDateWan: formatFenAsWan(figures.plannedToDateFen),
    checkpoints: figures.checkpoints.map(toCheckpoint),
    executionRate: figures.executionRate,
    elapsedMonths: figures.elapsedMonths,
    timeProgress: figures.timeProgress,
    lightRatio: figures.lightRatio,
    light: figures.light === null ? null : TrafficLight[figures.light],
    lightLabel: figures.light === null ? null : trafficLightLabels[figures.light],
  };
}

function toCheckpoint(checkpoint: CheckpointFigures): CheckpointExecution {
  const fen = (value: bigint | null) => (value === null ? null : formatFen(value));
  return {
    key: checkpoint.key,
    label: checkpoint.label,
    date: checkpoint.date,
    planned: fen(checkpoint.plannedFen),
    passed: checkpoint.passed,
    spent: fen(checkpoint.spentFen),
    shortfall: fen(checkpoint.shortfallFen),
  };
}

