import { commandsOfType, type Decider } from '../common/decider.js';
import { assessMidtermIndicators } from './assess-midterm-indicators.js';
import { approveMidtermReviewStep } from './approve-midterm-review-step.js';
import { evolveMidtermReview } from './evolve-midterm-review.js';
import type { MidtermReviewCommand } from './midterm-review.commands.js';
import type { MidtermReviewEvent } from './midterm-review.events.js';
import { initialMidtermState, type MidtermState } from './midterm-review.state.js';
import { openMidtermReview } from './open-midterm-review.js';
import { recordMidtermExecution } from './record-midterm-execution.js';
import { reportIndicatorProgress } from './report-indicator-progress.js';
import { returnMidtermReview } from './return-midterm-review.js';
import { resubmitMidtermReview, submitMidtermReview } from './submit-midterm-review.js';
import { withdrawMidtermReviewSubmission } from './withdraw-midterm-review-submission.js';

export function decideMidtermReview(command: MidtermReviewCommand, state: MidtermState): MidtermReviewEvent[] {
  switch (command.type) {
    case 'ReportIndicatorProgress':
      return reportIndicatorProgress(command, state);
    case 'OpenMidtermReview':
      return openMidtermReview(command, state);
    case 'AssessMidtermIndicators':
      return assessMidtermIndicators(command, state);
    case 'RecordMidtermExecution':
      return recordMidtermExecution(command, state);
    case 'SubmitMidtermReview':
      return submitMidtermReview(command, state);
    case 'ResubmitMidtermReview':
      return resubmitMidtermReview(command, state);
    case 'ApproveMidtermReviewStep':
      return approveMidtermReviewStep(command, state);
    case 'ReturnMidtermReview':
      return returnMidtermReview(command, state);
    case 'WithdrawMidtermReviewSubmission':
      return withdrawMidtermReviewSubmission(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown mid-term review command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

export const midtermReviewDecider: Decider<MidtermReviewCommand, MidtermReviewEvent, MidtermState> = {
  initialState: initialMidtermState,
  evolve: evolveMidtermReview,
  decide: decideMidtermReview,
  // Chain decisions, and progress reports from several preparers, which add up rather than overwrite.
  decidedAgainOnConflict: commandsOfType<MidtermReviewCommand>('SubmitMidtermReview', 'ResubmitMidtermReview', 'ApproveMidtermReviewStep', 'ReturnMidtermReview', 'WithdrawMidtermReviewSubmission', 'ReportIndicatorProgress'),
};
