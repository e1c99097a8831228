import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { directoryDecider, directoryStreamId } from '@app/domain';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandOutcome } from '../commands/command-context.js';
import { DirectoryCommandMessage } from './directory.command-message.js';

@CommandHandler(DirectoryCommandMessage)
export class DirectoryCommandHandler implements ICommandHandler<DirectoryCommandMessage, CommandOutcome> {
  constructor(private readonly streams: AggregateStreams) {}

  execute({ command, context }: DirectoryCommandMessage): Promise<CommandOutcome> {
    return this.streams.execute(directoryStreamId, directoryDecider, command, context);
  }
}
