import type { DirectoryCommand } from '@app/domain';
import type { CommandContext } from '../commands/command-context.js';

/** A directory command on its way through the CommandBus. */
export class DirectoryCommandMessage {
  constructor(
    readonly command: DirectoryCommand,
    readonly context: CommandContext,
  ) {}
}
