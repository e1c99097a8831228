import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { directoryDecider, directoryStreamId, type DirectoryCommand } from '@app/domain';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome } from '../commands/command-context.js';

export class DirectoryCommandMessage extends CommandMessage<DirectoryCommand> {}

@CommandHandler(DirectoryCommandMessage)
export class DirectoryCommandHandler implements ICommandHandler<DirectoryCommandMessage> {
  constructor(private readonly streams: AggregateStreams) {}

  execute({ command, context }: DirectoryCommandMessage): Promise<CommandOutcome> {
    return this.streams.execute(directoryStreamId, directoryDecider, command, context);
  }
}
