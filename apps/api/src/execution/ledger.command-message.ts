import type { LedgerCommand } from '@app/domain';
import type { CommandContext } from '../commands/command-context.js';

/** A ledger command as the API sends it: the handler adds what the target table says. */
export type UntargetedLedgerCommand = LedgerCommand extends infer C ? (C extends LedgerCommand ? Omit<C, 'target'> : never) : never;

/** A disbursement-ledger command on its way through the CommandBus. */
export class LedgerCommandMessage {
  constructor(
    readonly command: UntargetedLedgerCommand,
    readonly context: CommandContext,
  ) {}
}
