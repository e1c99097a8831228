import type { SubmitTargetTable, TargetTableCommand } from '@app/domain';
import type { CommandContext } from '../commands/command-context.js';

/** A target-table command as the API sends it: the handler routes a submission to the chain in force. */
export type TargetTableCommandRequest = Exclude<TargetTableCommand, SubmitTargetTable> | Omit<SubmitTargetTable, 'chain'>;

/** A target-table command on its way through the CommandBus. */
export class TargetTableCommandMessage {
  constructor(
    readonly command: TargetTableCommandRequest,
    readonly context: CommandContext,
  ) {}
}
