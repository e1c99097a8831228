import { messages } from '../messages/messages.js';
import { approvedTargets, type ApprovedBaselineInput } from '../approved-targets/approved-targets.js';
import { DomainError } from '../common/domain-error.js';
import { targetTableKeyProblems } from '../target-table/target-table-key.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState, Monitoring } from './midterm-review.state.js';
import { evolveMidtermReview } from './evolve-midterm-review.js';

export interface MonitoringInHand {
  monitoring: Monitoring;
  /** MidtermMonitoringStarted when this command is the first of the year, to be appended before its own events. */
  started: MidtermReviewEvent[];
}

/** The year's monitoring; the first report or review starts it on the approved targets the application passed in. */
export function monitoringOf(
  state: MidtermState,
  command: { projectCode: string; fiscalYear: number; baseline: ApprovedBaselineInput | null },
): MonitoringInHand {
  if (state.status === 'MONITORED') return { monitoring: state, started: [] };
  const problems = targetTableKeyProblems(command.projectCode, command.fiscalYear);
  if (problems.length > 0) throw DomainError.validation(problems);
  const baseline = approvedTargets(command.baseline, command, messages.midterm.measuredAgainstApproved);
  const started: MidtermReviewEvent = {
    type: 'MidtermMonitoringStarted',
    data: { projectCode: command.projectCode, fiscalYear: command.fiscalYear, baseline },
  };
  return { monitoring: evolveMidtermReview(state, started) as Monitoring, started: [started] };
}
