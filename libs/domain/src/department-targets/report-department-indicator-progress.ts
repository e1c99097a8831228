import { requirePreparerOf } from '../approval/approval-authority.js';
import { indicatorIndexProblem } from '../approved-targets/indicator-index.js';
import { optionalComment } from '../approval/decision-text.js';
import { actingUser } from '../common/actor.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { asTableIndicator } from '../department-evaluation/as-table-indicator.js';
import { messages } from '../messages/messages.js';
import { isLikelihood, likelihoodLabels, listOf } from '../midterm-review/midterm-review-labels.js';
import { progressReportProblems } from '../midterm-review/progress-report.js';
import { reachedValueProblem } from '../midterm-review/reached-value.js';
import type { Indicator } from '../target-table/target-table-content.js';
import type { ReportDepartmentIndicatorProgress } from './department-targets.commands.js';
import type { DepartmentTargetsEvent } from './department-targets.events.js';
import type { DepartmentTargetsState } from './department-targets.state.js';
import { departmentScope, describeDepartmentTargets, existingDepartmentTargets } from './existing-department-targets.js';

/**
 * 进度填报 of the department's own indicators (docs/department-targets.md, progress): as a
 * project's (midterm-review/report-indicator-progress.ts) — a preparer of the department's unit
 * reports an indicator of the approved baseline, the value checked against the indicator read as
 * a table's (asTableIndicator) and dated in the fiscal year — with the expected full-year value
 * and the likelihood a project's mid-term review would give, each optional, for the monitoring's
 * risk rule. The baseline stays in force while an adjustment is in hand, so reports go on then.
 */
export function reportDepartmentIndicatorProgress(command: ReportDepartmentIndicatorProgress, state: DepartmentTargetsState): DepartmentTargetsEvent[] {
  const targets = existingDepartmentTargets(state, command, messages.departmentTargets.reportVerb);
  requirePreparerOf(command.actor, departmentScope(targets), messages.departmentTargets.reportingProgress);
  const { baseline } = targets;
  if (baseline === null) throw new DomainError('CONFLICT', messages.departmentTargets.progressNeedsBaseline(describeDepartmentTargets(targets)));
  const subGoals = baseline.content.subGoals;
  const subGoal = Number.isInteger(command.subGoal) ? subGoals[command.subGoal] : undefined;
  const problems: FieldProblem[] = [];
  if (subGoal === undefined) problems.push({ field: 'subGoal', message: messages.departmentTargets.notASubGoal({ given: String(command.subGoal), count: subGoals.length }) });
  const indicators = subGoal?.indicators.map(asTableIndicator) ?? [];
  const indexProblem = subGoal === undefined ? null : indicatorIndexProblem(indicators, command.index, new Set(), 'index');
  if (indexProblem !== null) problems.push(indexProblem);
  const indicator = subGoal === undefined || indexProblem !== null ? null : indicators[command.index]!;
  problems.push(...progressReportProblems(indicator, command, targets.fiscalYear), ...forecastProblems(indicator, command));
  if (problems.length > 0) throw DomainError.validation(problems);
  const expectedFullYear = command.expectedFullYear?.trim() || null;
  return [
    {
      type: 'DepartmentIndicatorProgressReported',
      data: {
        departmentCode: targets.departmentCode,
        fiscalYear: targets.fiscalYear,
        baselineVersion: baseline.version,
        subGoal: command.subGoal,
        index: command.index,
        sentence: subGoal!.indicators[command.index]!.sentence,
        value: command.value.trim(),
        asOf: command.asOf,
        expectedFullYear,
        likelihood: isLikelihood(command.likelihood) ? command.likelihood : null,
        note: optionalComment(command.note, 'note'),
        reportedBy: actingUser(command.actor),
      },
    },
  ];
}

/** The expected full-year value is read as the value reached is; the likelihood is one of the review's. Both may be left out. */
function forecastProblems(indicator: Indicator | null, command: ReportDepartmentIndicatorProgress): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const expected = command.expectedFullYear ?? null;
  if (indicator !== null && expected !== null && expected.trim() !== '') {
    const problem = reachedValueProblem(indicator, expected, 'expectedFullYear');
    if (problem !== null) problems.push(problem);
  }
  const likelihood = command.likelihood ?? null;
  if (likelihood !== null && !isLikelihood(likelihood)) {
    problems.push({ field: 'likelihood', message: messages.midterm.notALikelihood({ given: JSON.stringify(likelihood), choices: listOf(likelihoodLabels) }) });
  }
  return problems;
}
