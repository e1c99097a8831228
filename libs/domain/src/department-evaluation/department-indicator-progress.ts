import type { DepartmentIndicator } from '../department-targets/indicator-sentence.js';
import type { DepartmentProgressReport } from '../department-targets/department-targets.state.js';
import { type CalendarDate, formatCalendarDate } from '../execution/calendar-date.js';
import type { DepartmentIndicatorProgress } from './department-monitoring.js';

/**
 * An indicator's progress at the monitoring date (docs/department-targets.md, progress): its
 * reports are those made for it — the same sub-goal, position and sentence, so an adjustment that
 * rewrites or moves an indicator starts it afresh — dated the monitoring date or before. The
 * reading is the report with the latest as-of date, of two of the same date the one made later:
 * a report is a whole reading, so the expected value and likelihood are that report's too.
 */
export function indicatorProgressAt(
  indicator: DepartmentIndicator,
  at: { subGoal: number; index: number },
  progress: readonly DepartmentProgressReport[],
  through: CalendarDate,
): DepartmentIndicatorProgress {
  const until = formatCalendarDate(through);
  const reports = progress.filter(
    (report) => report.subGoal === at.subGoal && report.index === at.index && report.sentence === indicator.sentence && report.asOf <= until,
  );
  const reading = reports.reduce<DepartmentProgressReport | null>((latest, report) => (latest === null || report.asOf >= latest.asOf ? report : latest), null);
  return {
    indicator,
    reached: reading?.value ?? null,
    asOf: reading?.asOf ?? null,
    expectedFullYear: reading?.expectedFullYear ?? null,
    likelihood: reading?.likelihood ?? null,
    reports,
  };
}
