import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { midtermReviewDecider, midtermReviewStreamId, type MidtermReviewCommand } from '@app/domain';
import { WrongExpectedRevisionError } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandOutcome } from '../commands/command-context.js';
import { MidtermReviewCommandMessage } from './midterm-review.command-message.js';

const retriedOnConflict: ReadonlySet<MidtermReviewCommand['type']> = new Set([
  'SubmitMidtermReview',
  'ResubmitMidtermReview',
  'ApproveMidtermReviewStep',
  'ReturnMidtermReview',
  'WithdrawMidtermReviewSubmission',
  // Reports from several preparers add up rather than overwrite, so one losing a race is simply added after the other.
  'ReportIndicatorProgress',
]);

@CommandHandler(MidtermReviewCommandMessage)
export class MidtermReviewCommandHandler implements ICommandHandler<MidtermReviewCommandMessage, CommandOutcome> {
  constructor(private readonly streams: AggregateStreams) {}

  async execute({ command, context }: MidtermReviewCommandMessage): Promise<CommandOutcome> {
    const streamId = midtermReviewStreamId(command.fiscalYear, command.projectCode);
    try {
      return await this.streams.execute(streamId, midtermReviewDecider, command, context);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || !retriedOnConflict.has(command.type)) throw error;
      return this.streams.execute(streamId, midtermReviewDecider, command, context);
    }
  }
}
