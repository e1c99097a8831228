import { messages } from '../messages/messages.js';
import { requirePreparerOf, requireSignedIn } from '../approval/approval-authority.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { DomainError } from '../common/domain-error.js';
import { actingUser } from '../common/actor.js';
import type { OpenMidtermReview } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';
import { monitoringOf } from './monitoring-of.js';

/** Mid-term monitoring is usually on data to the end of July: the checkpoint defaults to 31 July. */
export function defaultCheckpointDate(fiscalYear: number): string {
  return `${fiscalYear}-07-31`;
}

export function openMidtermReview(command: OpenMidtermReview, state: MidtermState): MidtermReviewEvent[] {
  requireSignedIn(command.actor);
  const { monitoring, started } = monitoringOf(state, command);
  requirePreparerOf(command.actor, monitoring.baseline, messages.midterm.opening);
  const checkpointDate = command.checkpointDate ?? defaultCheckpointDate(monitoring.fiscalYear);
  const checkpoint = parseCalendarDate(checkpointDate);
  if (checkpoint === null || checkpoint.year !== monitoring.fiscalYear || checkpoint.month === 12) {
    const message = messages.midterm.notACheckpoint({
      given: JSON.stringify(checkpointDate),
      fiscalYear: monitoring.fiscalYear,
      example: defaultCheckpointDate(monitoring.fiscalYear),
    });
    throw DomainError.validation([{ field: 'checkpointDate', message }]);
  }
  if (monitoring.review !== null) {
    const { projectCode, fiscalYear } = monitoring;
    throw new DomainError('CONFLICT', messages.midterm.alreadyOpen({ projectCode, fiscalYear, checkpointDate: monitoring.review.checkpointDate }));
  }
  return [
    ...started,
    {
      type: 'MidtermReviewOpened',
      data: { projectCode: monitoring.projectCode, fiscalYear: monitoring.fiscalYear, version: 1, checkpointDate, openedBy: actingUser(command.actor) },
    },
  ];
}
