import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fiscalCalendarDecider, fiscalCalendarStreamId, type FiscalCalendarCommand } from '@app/domain';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';

export type FiscalCalendarCommandRequest = Requested<FiscalCalendarCommand>;

export class FiscalCalendarCommandMessage extends CommandMessage<FiscalCalendarCommandRequest> {}

@CommandHandler(FiscalCalendarCommandMessage)
export class FiscalCalendarCommandHandler implements ICommandHandler<FiscalCalendarCommandMessage> {
  constructor(private readonly streams: AggregateStreams) {}

  execute({ command, context }: FiscalCalendarCommandMessage): Promise<CommandOutcome> {
    return this.streams.execute(fiscalCalendarStreamId(command.fiscalYear), fiscalCalendarDecider, { ...command, actor: context.actor }, context);
  }
}
