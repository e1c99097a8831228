import type { SpendingPlan } from '../target-table/target-table-content.js';
import { daysElapsedThrough, formatCalendarDate, lastDayOfMonth, type CalendarDate } from './calendar-date.js';
import { roundedQuotient } from './exact-ratio.js';

/** The four checkpoints of a spending plan (资金支出计划): cumulative amounts at the end of these months. */
export type PlanCheckpointKey = keyof SpendingPlan;

export interface PlanCheckpoint {
  key: PlanCheckpointKey;
  month: number;
  /** As the tables print it: 3月底, 6月底, 10月底, 12月底. */
  label: string;
}

export const planCheckpoints: readonly PlanCheckpoint[] = [
  { key: 'mar', month: 3, label: '3月底' },
  { key: 'jun', month: 6, label: '6月底' },
  { key: 'oct', month: 10, label: '10月底' },
  { key: 'dec', month: 12, label: '12月底' },
];

/** The last day of the checkpoint's month in the fiscal year, e.g. 2022-06-30 for 6月底. */
export function checkpointDate(fiscalYear: number, checkpoint: PlanCheckpoint): CalendarDate {
  return { year: fiscalYear, month: checkpoint.month, day: lastDayOfMonth(fiscalYear, checkpoint.month) };
}

export function checkpointDateText(fiscalYear: number, checkpoint: PlanCheckpoint): string {
  return formatCalendarDate(checkpointDate(fiscalYear, checkpoint));
}

/**
 * The cumulative plan in fen at the end of `date`: 0 before 1 January, each checkpoint's
 * amount on its last day, and linear by days in between (rounded half away from zero to the
 * fen), starting from 0 at the beginning of 1 January. A checkpoint the table leaves empty is
 * skipped, so the line runs straight to the next one given; after the last one given the plan
 * stays at its amount.
 */
export function cumulativePlanThrough(plan: SpendingPlan, fiscalYear: number, date: CalendarDate): number {
  const elapsed = daysElapsedThrough(fiscalYear, date);
  let previous = { days: 0, fen: 0 };
  for (const checkpoint of planCheckpoints) {
    const fen = plan[checkpoint.key];
    if (fen === null) continue;
    const days = daysElapsedThrough(fiscalYear, checkpointDate(fiscalYear, checkpoint));
    if (elapsed <= days) {
      if (elapsed <= 0) return 0;
      const share = roundedQuotient(BigInt(fen - previous.fen) * BigInt(elapsed - previous.days), BigInt(days - previous.days));
      return previous.fen + Number(share);
    }
    previous = { days, fen };
  }
  return previous.fen;
}
