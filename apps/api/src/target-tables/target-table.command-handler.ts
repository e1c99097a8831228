import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { messages, requireContentWriter, targetTableDecider, targetTableStreamId, type TargetTableCommand, type TargetTableState } from '@app/domain';
import type { Actor } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';
import { ApiError } from '../graphql/api-error.js';

/** A target-table command as the API sends it: the handler routes a submission to the chain in force and names the content's unit. */
export type TargetTableCommandRequest = Requested<TargetTableCommand, 'chain' | 'directoryUnitName' | 'substitution'>;

export class TargetTableCommandMessage extends CommandMessage<TargetTableCommandRequest> {}

@CommandHandler(TargetTableCommandMessage)
export class TargetTableCommandHandler implements ICommandHandler<TargetTableCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
  ) {}

  async execute({ command, context }: TargetTableCommandMessage): Promise<CommandOutcome> {
    // FORBIDDEN before anything about the content: the decider's own rule, on the raw input.
    if (command.type === 'DraftTargetTable' || command.type === 'ReviseTargetTableDraft') requireContentWriter({ ...command, actor: context.actor }, command.input);
    return this.streams.execute(streamIdOf(command), targetTableDecider, () => this.completed(command, context.actor, context.now), context);
  }

  /**
   * A submission goes to the approval chain in force for the table's unit when it is decided;
   * content is checked against the directory's name of its unit code (单位名称).
   */
  private async completed(request: TargetTableCommandRequest, actor: Actor, now: string): Promise<TargetTableCommand> {
    const command = { ...request, actor };
    const unitOf = (table: TargetTableState) => (table.lifecycle === 'NONE' ? null : table.content.unitCode);
    if (command.type === 'ApproveTargetTableStep' || command.type === 'ReturnTargetTable') {
      const document = { streamId: streamIdOf(command), fiscalYear: command.fiscalYear, decider: targetTableDecider, unitOf, submissionTypes: ['TargetTableSubmitted'] };
      return { ...command, substitution: await this.inputs.substitution(actor, now, document) };
    }
    if (command.type === 'SubmitTargetTable') {
      const chain = await this.inputs.submissionChain(streamIdOf(command), targetTableDecider, unitOf, () => new ApiError('NOT_FOUND', messages.api.noTable(command)));
      return { ...command, chain };
    }
    if (!('input' in command)) return command;
    return { ...command, directoryUnitName: await this.inputs.unitName(command.input?.unitCode) };
  }
}

const streamIdOf = ({ fiscalYear, projectCode }: { fiscalYear: number; projectCode: string }) => targetTableStreamId(fiscalYear, projectCode);
