import type { LedgerEvent } from './ledger.events.js';
import { withLedgerEntry, type LedgerState } from './ledger.state.js';

export function evolveLedger(state: LedgerState, event: LedgerEvent): LedgerState {
  switch (event.type) {
    case 'DisbursementRecorded': {
      const { entryNumber, amountFen, date, voucherNumber } = event.data;
      return withLedgerEntry(state, { entryNumber, kind: 'PAYMENT', amountFen, date, voucherNumber, reversedBy: null }, null);
    }
    case 'DisbursementReversed': {
      const { entryNumber, reversedEntryNumber, amountFen, date, voucherNumber } = event.data;
      return withLedgerEntry(state, { entryNumber, kind: 'REVERSAL', amountFen, date, voucherNumber, reversedBy: null }, reversedEntryNumber);
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown ledger event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
