import type { LedgerEvent } from './ledger.events.js';
import type { LedgerState } from './ledger.state.js';

export function evolveLedger(state: LedgerState, event: LedgerEvent): LedgerState {
  switch (event.type) {
    case 'DisbursementRecorded': {
      const { entryNumber, amountFen, date, voucherNumber } = event.data;
      return {
        entries: [...state.entries, { entryNumber, kind: 'PAYMENT', amountFen, date, voucherNumber, reversedBy: null }],
        totalFen: state.totalFen + amountFen,
      };
    }
    case 'DisbursementReversed': {
      const { entryNumber, reversedEntryNumber, amountFen, date, voucherNumber } = event.data;
      const entries = state.entries.map((entry) => (entry.entryNumber === reversedEntryNumber ? { ...entry, reversedBy: entryNumber } : entry));
      return {
        entries: [...entries, { entryNumber, kind: 'REVERSAL', amountFen, date, voucherNumber, reversedBy: null }],
        totalFen: state.totalFen + amountFen,
      };
    }
    default: {
      const unknownEvent: never = event;
      throw new Error(`Unknown ledger event type ${String((unknownEvent as { type?: unknown }).type)}`);
    }
  }
}
