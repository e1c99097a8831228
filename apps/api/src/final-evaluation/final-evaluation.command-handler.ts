import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { finalEvaluationDecider, finalEvaluationStreamId, type FinalEvaluationCommand } from '@app/domain';
import { WrongExpectedRevisionError } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandOutcome } from '../commands/command-context.js';
import { FinalEvaluationCommandMessage } from './final-evaluation.command-message.js';

const retriedOnConflict: ReadonlySet<FinalEvaluationCommand['type']> = new Set([
  'SubmitFinalEvaluation',
  'ResubmitFinalEvaluation',
  'ApproveFinalEvaluationStep',
  'ReturnFinalEvaluation',
  'WithdrawFinalEvaluationSubmission',
]);

@CommandHandler(FinalEvaluationCommandMessage)
export class FinalEvaluationCommandHandler implements ICommandHandler<FinalEvaluationCommandMessage, CommandOutcome> {
  constructor(private readonly streams: AggregateStreams) {}

  async execute({ command, context }: FinalEvaluationCommandMessage): Promise<CommandOutcome> {
    const streamId = finalEvaluationStreamId(command.fiscalYear, command.projectCode);
    try {
      return await this.streams.execute(streamId, finalEvaluationDecider, command, context);
    } catch (error) {
      // As for target tables: a chain decision that lost an append race is decided once more,
      // so the loser hears the domain's CONFLICT naming what happened; recorded values are not redone blindly.
      if (!(error instanceof WrongExpectedRevisionError) || !retriedOnConflict.has(command.type)) throw error;
      return this.streams.execute(streamId, finalEvaluationDecider, command, context);
    }
  }
}
