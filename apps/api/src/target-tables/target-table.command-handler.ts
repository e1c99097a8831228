import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { targetTableDecider, targetTableStreamId, type TargetTableCommand } from '@app/domain';
import { WrongExpectedRevisionError } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandOutcome } from '../commands/command-context.js';
import { DirectoryReader } from '../directory/directory.reader.js';
import { ApprovalChainLookup } from './approval-chain-lookup.js';
import { TargetTableCommandMessage, type TargetTableCommandRequest } from './target-table.command-message.js';

const retriedOnConflict: ReadonlySet<TargetTableCommand['type']> = new Set([
  'SubmitTargetTable',
  'ResubmitTargetTable',
  'ApproveTargetTableStep',
  'ReturnTargetTable',
  'WithdrawTargetTableSubmission',
]);

@CommandHandler(TargetTableCommandMessage)
export class TargetTableCommandHandler implements ICommandHandler<TargetTableCommandMessage, CommandOutcome> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly chains: ApprovalChainLookup,
    private readonly directory: DirectoryReader,
  ) {}

  async execute({ command, context }: TargetTableCommandMessage): Promise<CommandOutcome> {
    const streamId = targetTableStreamId(command.fiscalYear, command.projectCode);
    const decide = async () => this.streams.execute(streamId, targetTableDecider, await this.routed(command), context);
    try {
      return await decide();
    } catch (error) {
      // Someone else wrote the stream between our read and our append. A workflow decision
      // is taken once more on the state as it now is, so that the loser of two simultaneous
      // decisions hears from the domain what happened (a CONFLICT naming the current state)
      // and a decision that still applies goes through. Content edits are not redone blindly.
      if (!(error instanceof WrongExpectedRevisionError) || !retriedOnConflict.has(command.type)) throw error;
      return decide();
    }
  }

  /**
   * A submission goes to the approval chain in force for the table's unit when it is decided;
   * content is checked against the directory's name of its unit code (单位名称).
   */
  private async routed(command: TargetTableCommandRequest): Promise<TargetTableCommand> {
    if (command.type === 'SubmitTargetTable') return { ...command, chain: await this.chains.forTable(command.projectCode, command.fiscalYear) };
    if (!('input' in command)) return command;
    const unitCode: unknown = command.input?.unitCode;
    const { state } = await this.directory.current();
    return { ...command, directoryUnitName: typeof unitCode === 'string' ? (state.units.get(unitCode)?.name ?? null) : null };
  }
}
