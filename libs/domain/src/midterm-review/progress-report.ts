import { messages } from '../messages/messages.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import type { FieldProblem } from '../common/domain-error.js';
import type { Indicator } from '../target-table/target-table-content.js';
import { reachedValueProblem } from './reached-value.js';

/**
 * 进度填报 (docs/workflow.md, mid-term monitoring): the value reached is read against its indicator
 * (a number against a figure, words against a qualitative target) and stands as of a date in the
 * fiscal year. A project's report and a department's report are checked by this one rule;
 * `indicator` is null when the report names no indicator there is, whose problem the caller has.
 */
export function progressReportProblems(indicator: Indicator | null, report: { value: unknown; asOf: unknown }, fiscalYear: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const valueProblem = indicator === null ? null : reachedValueProblem(indicator, report.value, 'value');
  if (valueProblem !== null) problems.push(valueProblem);
  const asOf = parseCalendarDate(report.asOf);
  if (asOf === null || asOf.year !== fiscalYear) {
    problems.push({ field: 'asOf', message: messages.midterm.notADateOfYear({ given: JSON.stringify(report.asOf ?? null), fiscalYear }) });
  }
  return problems;
}
