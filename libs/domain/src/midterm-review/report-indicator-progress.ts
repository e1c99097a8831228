import { messages } from '../messages/messages.js';
import { requirePreparerOf, requireSignedIn } from '../approval/approval-authority.js';
import { indicatorIndexProblem } from '../approved-targets/indicator-index.js';
import { DomainError, type FieldProblem } from '../common/domain-error.js';
import { optionalComment } from '../approval/decision-text.js';
import { actingUser } from '../common/actor.js';
import type { ReportIndicatorProgress } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';
import { monitoringOf } from './monitoring-of.js';
import { progressReportProblems } from './progress-report.js';

/** 进度填报: a preparer of the section reports what an indicator has reached, as of a date in the year. */
export function reportIndicatorProgress(command: ReportIndicatorProgress, state: MidtermState): MidtermReviewEvent[] {
  requireSignedIn(command.actor);
  const { monitoring, started } = monitoringOf(state, command);
  requirePreparerOf(command.actor, monitoring.baseline, messages.midterm.reportingProgress);
  const { indicators } = monitoring.baseline;
  const indexProblem = indicatorIndexProblem(indicators, command.index, new Set(), 'index');
  const problems: FieldProblem[] = [
    ...(indexProblem === null ? [] : [indexProblem]),
    ...progressReportProblems(indexProblem === null ? indicators[command.index]! : null, command, monitoring.fiscalYear),
  ];
  if (problems.length > 0) throw DomainError.validation(problems);
  const note = optionalComment(command.note, 'note');
  return [
    ...started,
    {
      type: 'IndicatorProgressReported',
      data: {
        projectCode: monitoring.projectCode,
        fiscalYear: monitoring.fiscalYear,
        index: command.index,
        value: command.value.trim(),
        asOf: command.asOf,
        note,
        reportedBy: actingUser(command.actor),
      },
    },
  ];
}
