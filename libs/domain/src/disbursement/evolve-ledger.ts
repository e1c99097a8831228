import type { LedgerEvent } from './ledger.events.js';
import { withLedgerEntry, type LedgerState } from './ledger.state.js';

export function evolveLedger(state: LedgerState, event: LedgerEvent): LedgerState {
  switch (event.type) {
    case 'DisbursementRecorded': {
      const { amountFen, date, voucherNumber } = event.data;
      return withLedgerEntry(state, { kind: 'PAYMENT', amountFen, date, voucherNumber }, null);
    }
    case 'DisbursementReversed': {
      const { reversedEntryNumber, amountFen, date, voucherNumber } = event.data;
      return withLedgerEntry(state, { kind: 'REVERSAL', amountFen, date, voucherNumber }, reversedEntryNumber);
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown ledger event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
