import { messages } from '../messages/messages.js';
import { formatFen } from '../common/money.js';
import type { DepartmentIndicator } from '../department-targets/indicator-sentence.js';
import type { DepartmentProgressReport } from '../department-targets/department-targets.state.js';
import { readDecimal } from '../final-evaluation/scoring/exact-decimal.js';
import type { CalendarDate } from '../execution/calendar-date.js';
import { type CheckpointExecution, executionTotals, type ExecutionTotals, type ProjectExecution } from '../execution/execution-figures.js';
import type { LightThresholds, TrafficLight } from '../execution/traffic-light.js';
import { atRiskIndicators, isAtRisk } from '../midterm-review/at-risk-indicators.js';
import { isBehind } from '../midterm-review/indicator-behind.js';
import { type Likelihood, likelihoodLabels } from '../midterm-review/midterm-review-labels.js';
import type { MidtermReview } from '../midterm-review/midterm-review.state.js';
import { asTableIndicator } from './as-table-indicator.js';

/**
 * The department's mid-term monitoring (docs/department-evaluation.md): each sub-goal with its
 * indicators' progress and the execution of the projects linked to it. Nothing here is a new
 * rule: an indicator is behind and at risk as a project's is (midterm-review/), execution,
 * rates and the light are the projects' (execution/, docs/execution.md), summed over the
 * linked projects.
 */

/** What the department reported for one of its indicators; null fields are not reported yet. */
export interface DepartmentIndicatorProgress {
  indicator: DepartmentIndicator;
  /** 截至监控时点完成值: a number against a figure, words against a sentence without one. */
  reached: string | null;
  /** The date the value reached stands at. */
  asOf: string | null;
  /** 全年预计完成值. */
  expectedFullYear: string | null;
  likelihood: Likelihood | null;
  /** Every report counted, in the order made (department-indicator-progress.ts). */
  reports: readonly DepartmentProgressReport[];
}

/** A sub-goal as the monitoring needs it: the department document's, with progress and links. */
export interface DepartmentSubGoalInput {
  title: string;
  indicators: readonly DepartmentIndicatorProgress[];
  /** The confirmed links to the project tables that serve the sub-goal. */
  projectCodes: readonly string[];
}

/** A project of the department as the project mid-term view has it. */
export interface LinkedProjectProgress {
  projectCode: string;
  name: string;
  /** From the ledger through the monitoring date (execution/execution-figures.ts). */
  execution: ProjectExecution;
  /** The project's own mid-term review, when one is open. */
  review: MidtermReview | null;
}

export interface DepartmentMonitoringInput {
  fiscalYear: number;
  through: CalendarDate;
  thresholds: LightThresholds;
  subGoals: readonly DepartmentSubGoalInput[];
  /** Every project with an approved table in the department, linked or not. */
  projects: readonly LinkedProjectProgress[];
}

export interface IndicatorProgressView extends DepartmentIndicatorProgress {
  /** Position in the sub-goal's list. */
  index: number;
  reported: boolean;
  /** The value reached already reaches the figure, read as the review reads one (indicator-behind.ts); null without a figure or a number reached. */
  targetReached: boolean | null;
  /** The expected full-year value misses the figure (midterm-review/indicator-behind.ts). */
  behind: boolean;
  /** Not 确定能, or behind: the project mid-term review's rule (midterm-review/at-risk-indicators.ts). */
  atRisk: boolean;
}

export interface LinkedProjectView {
  projectCode: string;
  name: string;
  budgetFen: bigint;
  spentFen: bigint;
  executionRate: string | null;
  lightRatio: string | null;
  light: TrafficLight | null;
  behindPlanAt: CheckpointExecution | null;
  /** How many of the project's own indicators its mid-term review finds at risk. */
  atRiskIndicatorCount: number;
}

export type AtRiskItem =
  | { kind: 'INDICATOR_NOT_CERTAIN'; index: number; name: string; likelihood: Likelihood }
  | { kind: 'INDICATOR_BEHIND'; index: number; name: string; expectedFullYear: string; target: string }
  | { kind: 'PROJECT_RED_LIGHT'; projectCode: string; lightRatio: string }
  | { kind: 'PROJECT_BEHIND_PLAN'; projectCode: string; checkpoint: string; shortfallFen: bigint }
  | { kind: 'PROJECT_INDICATORS_AT_RISK'; projectCode: string; count: number }
  | { kind: 'PROJECT_NOT_APPROVED'; projectCode: string };

export interface SubGoalMonitoring {
  index: number;
  title: string;
  indicators: IndicatorProgressView[];
  projects: LinkedProjectView[];
  /** Linked codes without an approved table of the year: nothing can be spent on them. */
  unapprovedProjectCodes: string[];
  /** The linked projects summed (budget, spent, rates and light from the sums); null without any. */
  execution: ExecutionTotals | null;
  /** The light of the linked projects' summed execution; null without a linked project. */
  light: TrafficLight | null;
  atRisk: AtRiskItem[];
}

export interface DepartmentMonitoring {
  subGoals: SubGoalMonitoring[];
  /** Every project of the department once, however many sub-goals it serves. */
  execution: ExecutionTotals;
}

export function departmentMonitoring(input: DepartmentMonitoringInput): DepartmentMonitoring {
  const { fiscalYear, through, thresholds } = input;
  const byCode = new Map(input.projects.map((project) => [project.projectCode, project]));
  const totals = (projects: readonly LinkedProjectProgress[]) => executionTotals(projects.map((project) => project.execution), fiscalYear, through, thresholds);
  const subGoals = input.subGoals.map((subGoal, index): SubGoalMonitoring => {
    const codes = [...new Set(subGoal.projectCodes)];
    const linked = codes.flatMap((code) => byCode.get(code) ?? []);
    const indicators = subGoal.indicators.map(indicatorProgress);
    const projects = linked.map(projectView);
    const unapprovedProjectCodes = codes.filter((code) => !byCode.has(code));
    const execution = linked.length === 0 ? null : totals(linked);
    return {
      index,
      title: subGoal.title,
      indicators,
      projects,
      unapprovedProjectCodes,
      execution,
      light: execution?.light ?? null,
      atRisk: [
        ...indicators.flatMap(indicatorRisks),
        ...projects.flatMap(projectRisks),
        ...unapprovedProjectCodes.map((projectCode): AtRiskItem => ({ kind: 'PROJECT_NOT_APPROVED', projectCode })),
      ],
    };
  });
  return { subGoals, execution: totals(input.projects) };
}

function indicatorProgress(progress: DepartmentIndicatorProgress, index: number): IndicatorProgressView {
  const indicator = asTableIndicator(progress.indicator);
  const behind = progress.expectedFullYear !== null && isBehind(indicator, progress.expectedFullYear);
  const targetReached = progress.reached === null || indicator.target.value === null || readDecimal(progress.reached) === null ? null : !isBehind(indicator, progress.reached);
  return { ...progress, index, reported: progress.reached !== null, targetReached, behind, atRisk: isAtRisk({ likelihood: progress.likelihood, behind }) };
}

function projectView({ projectCode, name, execution, review }: LinkedProjectProgress): LinkedProjectView {
  return {
    projectCode,
    name,
    budgetFen: execution.budgetFen,
    spentFen: execution.spentFen,
    executionRate: execution.executionRate,
    lightRatio: execution.lightRatio,
    light: execution.light,
    behindPlanAt: execution.behindPlanAt,
    atRiskIndicatorCount: review === null ? 0 : atRiskIndicators(review).length,
  };
}

function indicatorRisks(view: IndicatorProgressView): AtRiskItem[] {
  if (!view.atRisk) return [];
  const { index, indicator } = view;
  const items: AtRiskItem[] = [];
  if (view.likelihood !== null && view.likelihood !== 'CERTAIN') items.push({ kind: 'INDICATOR_NOT_CERTAIN', index, name: indicator.name, likelihood: view.likelihood });
  if (view.behind) items.push({ kind: 'INDICATOR_BEHIND', index, name: indicator.name, expectedFullYear: view.expectedFullYear!, target: asTableIndicator(indicator).valueText });
  return items;
}

function projectRisks(view: LinkedProjectView): AtRiskItem[] {
  const items: AtRiskItem[] = [];
  if (view.light === 'RED') items.push({ kind: 'PROJECT_RED_LIGHT', projectCode: view.projectCode, lightRatio: view.lightRatio! });
  if (view.behindPlanAt !== null) {
    items.push({ kind: 'PROJECT_BEHIND_PLAN', projectCode: view.projectCode, checkpoint: view.behindPlanAt.label, shortfallFen: view.behindPlanAt.plannedFen! - view.spentFen });
  }
  if (view.atRiskIndicatorCount > 0) items.push({ kind: 'PROJECT_INDICATORS_AT_RISK', projectCode: view.projectCode, count: view.atRiskIndicatorCount });
  return items;
}

/** An at-risk item as the monitoring view prints it, in the project mid-term review's words where it has them. */
export function atRiskInWords(item: AtRiskItem): string {
  const words = messages.departmentEvaluation.atRisk;
  switch (item.kind) {
    case 'INDICATOR_NOT_CERTAIN':
      return words.indicator({ name: item.name, why: messages.midterm.likelihoodIs(likelihoodLabels[item.likelihood]) });
    case 'INDICATOR_BEHIND':
      return words.indicator({ name: item.name, why: messages.midterm.expectedMisses({ expected: item.expectedFullYear, target: item.target }) });
    case 'PROJECT_RED_LIGHT':
      return words.projectRedLight(item);
    case 'PROJECT_BEHIND_PLAN':
      return words.projectBehindPlan({ projectCode: item.projectCode, checkpoint: item.checkpoint, shortfall: formatFen(item.shortfallFen) });
    case 'PROJECT_INDICATORS_AT_RISK':
      return words.projectIndicators(item);
    case 'PROJECT_NOT_APPROVED':
      return words.projectNotApproved(item.projectCode);
    default: {
      const unknown: never = item;
      throw new Error(`Unknown at-risk item ${JSON.stringify(unknown)}`);
    }
  }
}
