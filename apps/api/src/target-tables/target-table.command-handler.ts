import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { targetTableDecider, targetTableStreamId } from '@app/domain';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandOutcome } from '../commands/command-context.js';
import { TargetTableCommandMessage } from './target-table.command-message.js';

@CommandHandler(TargetTableCommandMessage)
export class TargetTableCommandHandler implements ICommandHandler<TargetTableCommandMessage, CommandOutcome> {
  constructor(private readonly streams: AggregateStreams) {}

  execute({ command, context }: TargetTableCommandMessage): Promise<CommandOutcome> {
    const streamId = targetTableStreamId(command.fiscalYear, command.projectCode);
    return this.streams.execute(streamId, targetTableDecider, command, context);
  }
}
