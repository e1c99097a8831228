import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ledgerDecider, ledgerStreamId, type LedgerCommand } from '@app/domain';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import { CommandMessage, type CommandOutcome, type Requested } from '../commands/command-context.js';
import { CommandInputs } from '../commands/command-inputs.js';

/** A ledger command as the API sends it: the handler adds what the target table says. */
export type LedgerCommandRequest = Requested<LedgerCommand, 'target'>;

export class LedgerCommandMessage extends CommandMessage<LedgerCommandRequest> {}

@CommandHandler(LedgerCommandMessage)
export class LedgerCommandHandler implements ICommandHandler<LedgerCommandMessage> {
  constructor(
    private readonly streams: AggregateStreams,
    private readonly inputs: CommandInputs,
  ) {}

  execute({ command, context }: LedgerCommandMessage): Promise<CommandOutcome> {
    // The approved budget and unit as the table's stream has them now, not as a view may still show them.
    const targeted = async (): Promise<LedgerCommand> => ({ ...command, actor: context.actor, target: await this.inputs.ledgerTarget(command) });
    return this.streams.execute(ledgerStreamId(command.fiscalYear, command.projectCode), ledgerDecider, targeted, context);
  }
}
