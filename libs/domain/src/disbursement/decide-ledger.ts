import type { Decider } from '../common/decider.js';
import { evolveLedger } from './evolve-ledger.js';
import type { LedgerCommand } from './ledger.commands.js';
import type { LedgerEvent } from './ledger.events.js';
import { initialLedgerState, type LedgerState } from './ledger.state.js';
import { recordDisbursement } from './record-disbursement.js';
import { reverseDisbursement } from './reverse-disbursement.js';

export function decideLedger(command: LedgerCommand, state: LedgerState): LedgerEvent[] {
  switch (command.type) {
    case 'RecordDisbursement':
      return recordDisbursement(command, state);
    case 'ReverseDisbursement':
      return reverseDisbursement(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`Unknown ledger command ${String((unknownCommand as { type?: unknown }).type)}`);
    }
  }
}

/** The disbursement ledger of one project and year, as the application runs it: load, fold, decide, append. */
export const ledgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState> = {
  initialState: initialLedgerState,
  evolve: evolveLedger,
  decide: decideLedger,
  // Every entry is decided again on the ledger as it now is, so the budget and voucher rules hold over both entries.
  decidedAgainOnConflict: () => true,
};
