import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ledgerEntries, messages, midtermReviewDecider, midtermReviewStreamId, type MidtermReviewCommand, type MidtermState } from '@app/domain';
import type { Actor } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';
import { ApiError } from '../graphql/api-error.js';

/** A mid-term review command as the API sends it: the handler adds the approved targets, the ledger's entries and the chain in force. */
export type MidtermReviewCommandRequest = Requested<MidtermReviewCommand, 'baseline' | 'entries' | 'chain' | 'substitution'>;

export class MidtermReviewCommandMessage extends CommandMessage<MidtermReviewCommandRequest> {}

@CommandHandler(MidtermReviewCommandMessage)
export class MidtermReviewCommandHandler implements ICommandHandler<MidtermReviewCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
  ) {}

  execute({ command, context }: MidtermReviewCommandMessage): Promise<CommandOutcome> {
    return this.streams.execute(midtermReviewStreamId(command.fiscalYear, command.projectCode), midtermReviewDecider, () => this.completed(command, context.actor, context.now), context);
  }

  private async completed(request: MidtermReviewCommandRequest, actor: Actor, now: string): Promise<MidtermReviewCommand> {
    const command = { ...request, actor };
    switch (command.type) {
      case 'ReportIndicatorProgress':
      case 'OpenMidtermReview':
        return { ...command, baseline: await this.inputs.approvedBaseline(command) };
      case 'RecordMidtermExecution': {
        const ledger = await this.inputs.ledger(command);
        return { ...command, entries: ledgerEntries(ledger).map(({ date, amountFen }) => ({ date, amountFen })) };
      }
      case 'SubmitMidtermReview': {
        const unitOf = (review: MidtermState) => (review.status === 'NONE' ? null : review.baseline.unitCode);
        const chain = await this.inputs.submissionChain(midtermReviewStreamId(command.fiscalYear, command.projectCode), midtermReviewDecider, unitOf, () => new ApiError('NOT_FOUND', messages.api.noMidterm(command)));
        return { ...command, chain };
      }
      case 'ApproveMidtermReviewStep':
      case 'ReturnMidtermReview': {
        const unitOf = (review: MidtermState) => (review.status === 'NONE' ? null : review.baseline.unitCode);
        const streamId = midtermReviewStreamId(command.fiscalYear, command.projectCode);
        const substitution = await this.inputs.substitution(actor, now, { streamId, fiscalYear: command.fiscalYear, decider: midtermReviewDecider, unitOf, submissionTypes: ['MidtermReviewSubmitted'] });
        return { ...command, substitution };
      }
      default:
        return command;
    }
  }
}
