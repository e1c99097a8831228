import type { CalendarDate } from './calendar-date.js';
import { percentOf } from './exact-ratio.js';

/**
 * 序时进度 = elapsed months / 12. Execution is reported month by month (月报), so the month a
 * date falls in counts as elapsed from its first day: on 1 July and on 31 July 7 of 12 months
 * have elapsed. Before the fiscal year none has, from its end on all 12 have.
 */
export function elapsedMonths(fiscalYear: number, date: CalendarDate): number {
  if (date.year < fiscalYear) return 0;
  if (date.year > fiscalYear) return 12;
  return date.month;
}

/** Time progress in percent with two decimals, e.g. "58.33" for 7 months. */
export function timeProgressPercent(months: number): string {
  return percentOf(BigInt(months), 12n)!;
}
