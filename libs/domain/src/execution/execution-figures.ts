import type { SpendingPlan } from '../target-table/target-table-content.js';
import { formatCalendarDate, type CalendarDate } from './calendar-date.js';
import { percentOf } from './exact-ratio.js';
import { checkpointDate, checkpointDateText, cumulativePlanThrough, planCheckpoints, type PlanCheckpoint, type PlanCheckpointKey } from './plan-checkpoints.js';
import { elapsedMonths, timeProgressPercent } from './time-progress.js';
import { lightOf, lightRatio, type LightThresholds, type TrafficLight } from './traffic-light.js';

/**
 * Budget execution of a project, a unit or the department through a date (截至日期).
 * Figures are integer fen as bigint: every amount is bounded (common/money.ts), but a unit's or
 * the department's sum of many is not, so sums never pass through a float. Rates are percent
 * with two decimals, rounded half away from zero.
 */

/** A ledger entry as execution counts it: a payment, or a reversal with a negative amount on the original's date. */
export interface ExecutionEntry {
  /** YYYY-MM-DD. */
  date: string;
  amountFen: number;
}

export interface CheckpointExecution {
  key: PlanCheckpointKey;
  /** 3月底, 6月底, 10月底, 12月底. */
  label: string;
  /** The checkpoint's last day, e.g. 2022-06-30. */
  date: string;
  /** The cumulative plan at the checkpoint; null where the table leaves it empty. */
  plannedFen: bigint | null;
  /** The date is on or after the checkpoint's last day. */
  passed: boolean;
  /** Spent through the checkpoint's last day; null until it has passed. */
  spentFen: bigint | null;
  /** plannedFen − spentFen once passed (negative: ahead of plan); null otherwise. */
  shortfallFen: bigint | null;
}

export interface ExecutionFigures {
  budgetFen: bigint;
  spentFen: bigint;
  /** 执行率 = spent / budget × 100; null without a budget. */
  executionRate: string | null;
  elapsedMonths: number;
  /** 序时进度 = elapsed months / 12 × 100. */
  timeProgress: string;
  /** (spent / budget) / (elapsed months / 12) × 100; null without a budget or before the year. */
  lightRatio: string | null;
  light: TrafficLight | null;
}

export interface PlanComparison {
  /** Spent in each month of the fiscal year, January first; reversals count in the original's month. */
  spentByMonthFen: bigint[];
  /** The cumulative plan interpolated at the date. */
  plannedToDateFen: bigint;
  checkpoints: CheckpointExecution[];
}

export interface ProjectExecution extends ExecutionFigures, PlanComparison {
  /** The latest passed checkpoint with a plan, when less was spent to date than it planned. */
  behindPlanAt: CheckpointExecution | null;
}

export type ExecutionTotals = ExecutionFigures & PlanComparison;

export interface ProjectExecutionInput {
  fiscalYear: number;
  through: CalendarDate;
  budgetFen: number;
  plan: SpendingPlan;
  entries: readonly ExecutionEntry[];
  thresholds: LightThresholds;
}

export function projectExecution({ fiscalYear, through, budgetFen, plan, entries, thresholds }: ProjectExecutionInput): ProjectExecution {
  const spentThrough = (date: CalendarDate) => cumulativeSpentThrough(entries, formatCalendarDate(date));
  const checkpoints = planCheckpoints.map((checkpoint) =>
    checkpointExecution(fiscalYear, through, checkpoint, fenOrNull(plan[checkpoint.key]), () => spentThrough(checkpointDate(fiscalYear, checkpoint))),
  );
  const figures = executionFigures(BigInt(budgetFen), spentThrough(through), fiscalYear, through, thresholds);
  const latestPassed = checkpoints.filter((checkpoint) => checkpoint.passed && checkpoint.plannedFen !== null).at(-1);
  return {
    ...figures,
    spentByMonthFen: spentByMonth(entries, fiscalYear, through),
    plannedToDateFen: BigInt(cumulativePlanThrough(plan, fiscalYear, through)),
    checkpoints,
    behindPlanAt: latestPassed !== undefined && figures.spentFen < latestPassed.plannedFen! ? latestPassed : null,
  };
}

/** Sums projects of the same year through the same date, as a unit or the department sees them. */
export function executionTotals(
  projects: readonly ProjectExecution[],
  fiscalYear: number,
  through: CalendarDate,
  thresholds: LightThresholds,
): ExecutionTotals {
  const sum = (fen: (project: ProjectExecution) => bigint) => projects.reduce((total, project) => total + fen(project), 0n);
  const sumOfGiven = (values: Array<bigint | null>) => (values.every((value) => value === null) ? null : values.reduce<bigint>((total, value) => total + (value ?? 0n), 0n));
  const checkpoints = planCheckpoints.map((checkpoint, index) => {
    const own = projects.map((project) => project.checkpoints[index]!);
    return checkpointExecution(fiscalYear, through, checkpoint, sumOfGiven(own.map((c) => c.plannedFen)), () => own.reduce((total, c) => total + c.spentFen!, 0n));
  });
  return {
    ...executionFigures(sum((p) => p.budgetFen), sum((p) => p.spentFen), fiscalYear, through, thresholds),
    spentByMonthFen: Array.from({ length: 12 }, (_, month) => sum((project) => project.spentByMonthFen[month]!)),
    plannedToDateFen: sum((p) => p.plannedToDateFen),
    checkpoints,
  };
}

/** Spent per month of the fiscal year through the date (January first, twelve numbers). */
export function spentByMonth(entries: readonly ExecutionEntry[], fiscalYear: number, through: CalendarDate): bigint[] {
  const months = Array.from({ length: 12 }, () => 0n);
  const last = formatCalendarDate(through);
  for (const entry of entries) {
    if (entry.date > last || Number(entry.date.slice(0, 4)) !== fiscalYear) continue;
    const month = Number(entry.date.slice(5, 7));
    months[month - 1]! += BigInt(entry.amountFen);
  }
  return months;
}

/** Spent through the end of a date (YYYY-MM-DD), reversals included. */
export function cumulativeSpentThrough(entries: readonly ExecutionEntry[], date: string): bigint {
  return entries.reduce((total, entry) => (entry.date <= date ? total + BigInt(entry.amountFen) : total), 0n);
}

function fenOrNull(fen: number | null): bigint | null {
  return fen === null ? null : BigInt(fen);
}

function checkpointExecution(
  fiscalYear: number,
  through: CalendarDate,
  checkpoint: PlanCheckpoint,
  plannedFen: bigint | null,
  spentThen: () => bigint,
): CheckpointExecution {
  const passed = formatCalendarDate(through) >= checkpointDateText(fiscalYear, checkpoint);
  const spentFen = passed ? spentThen() : null;
  return {
    key: checkpoint.key,
    label: checkpoint.label,
    date: checkpointDateText(fiscalYear, checkpoint),
    plannedFen,
    passed,
    spentFen,
    shortfallFen: spentFen === null || plannedFen === null ? null : plannedFen - spentFen,
  };
}

function executionFigures(budgetFen: bigint, spentFen: bigint, fiscalYear: number, through: CalendarDate, thresholds: LightThresholds): ExecutionFigures {
  const months = elapsedMonths(fiscalYear, through);
  const ratio = lightRatio(spentFen, budgetFen, months);
  return {
    budgetFen,
    spentFen,
    executionRate: budgetFen > 0n ? percentOf(spentFen, budgetFen) : null,
    elapsedMonths: months,
    timeProgress: timeProgressPercent(months),
    lightRatio: ratio,
    light: ratio === null ? null : lightOf(ratio, thresholds),
  };
}
