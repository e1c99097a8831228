import { messages } from '../messages/messages.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { percentOf } from '../execution/exact-ratio.js';
import { projectExecution } from '../execution/execution-figures.js';
import { defaultLightThresholds } from '../execution/traffic-light.js';
import { DomainError } from '../common/domain-error.js';
import { actingUser } from '../common/actor.js';
import { editableMidtermReview } from './editable-midterm-review.js';
import type { RecordMidtermExecution } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import type { MidtermState } from './midterm-review.state.js';

/**
 * Budget execution at the checkpoint from the ledger's entries: spent against the plan
 * interpolated between its columns and against time progress, with the traffic light.
 */
export function recordMidtermExecution(command: RecordMidtermExecution, state: MidtermState): MidtermReviewEvent[] {
  const { monitoring, review } = editableMidtermReview(state, command, messages.midterm.recordingExecution);
  if (!Array.isArray(command.entries) || command.entries.some((entry) => parseCalendarDate(entry?.date) === null || !Number.isSafeInteger(entry.amountFen))) {
    throw DomainError.validation([{ field: 'entries', message: messages.midterm.entriesInvalid }]);
  }
  const through = parseCalendarDate(review.checkpointDate)!;
  const { budgetFen, spendingPlan } = monitoring.baseline;
  const figures = projectExecution({ fiscalYear: monitoring.fiscalYear, through, budgetFen, plan: spendingPlan, entries: command.entries, thresholds: command.thresholds ?? defaultLightThresholds });
  return [
    {
      type: 'MidtermExecutionRecorded',
      data: {
        projectCode: monitoring.projectCode,
        fiscalYear: monitoring.fiscalYear,
        version: review.version,
        execution: {
          through: review.checkpointDate,
          budgetFen,
          // One project's figures stay within its bounded budget and plan, so they are exact as numbers.
          spentFen: Number(figures.spentFen),
          plannedFen: Number(figures.plannedToDateFen),
          planRate: percentOf(figures.spentFen, figures.plannedToDateFen),
          executionRate: figures.executionRate,
          timeProgress: figures.timeProgress,
          lightRatio: figures.lightRatio,
          light: figures.light,
        },
        recordedBy: actingUser(command.actor),
      },
    },
  ];
}
