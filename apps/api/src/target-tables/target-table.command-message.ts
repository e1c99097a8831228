import type { TargetTableCommand } from '@app/domain';
import type { CommandContext } from '../commands/command-context.js';

/** A target-table command on its way through the CommandBus. */
export class TargetTableCommandMessage {
  constructor(
    readonly command: TargetTableCommand,
    readonly context: CommandContext,
  ) {}
}
