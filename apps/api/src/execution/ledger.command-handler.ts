import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ledgerDecider, ledgerStreamId, ledgerTargetOf, targetTableDecider, targetTableStreamId, type LedgerCommand } from '@app/domain';
import { WrongExpectedRevisionError } from '@app/event-store';
import { AggregateStreams } from '../commands/aggregate-streams.js';
import type { CommandOutcome } from '../commands/command-context.js';
import { LedgerCommandMessage } from './ledger.command-message.js';

@CommandHandler(LedgerCommandMessage)
export class LedgerCommandHandler implements ICommandHandler<LedgerCommandMessage, CommandOutcome> {
  constructor(private readonly streams: AggregateStreams) {}

  async execute({ command, context }: LedgerCommandMessage): Promise<CommandOutcome> {
    const decide = async () => {
      // The approved budget and unit as the table's stream has them now, not as a view may still show them.
      const table = await this.streams.current(targetTableStreamId(command.fiscalYear, command.projectCode), targetTableDecider);
      const targeted = { ...command, target: ledgerTargetOf(table) } as LedgerCommand;
      return this.streams.execute(ledgerStreamId(command.fiscalYear, command.projectCode), ledgerDecider, targeted, context);
    };
    try {
      return await decide();
    } catch (error) {
      // Another entry was appended between our read and our append: decide once more on the
      // ledger as it now is, so that the budget and voucher rules hold over both entries.
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      return decide();
    }
  }
}
