/** What the ledger's decider needs to know: every entry, in order. */
export interface LedgerEntryState {
  entryNumber: number;
  kind: 'PAYMENT' | 'REVERSAL';
  /** Signed: a reversal is negative. */
  amountFen: number;
  date: string;
  voucherNumber: string;
  /** For a payment: the entry that reversed it, or null while it stands. */
  reversedBy: number | null;
}

export interface LedgerState {
  entries: LedgerEntryState[];
  /** Sum of all entries: what stands against the budget. */
  totalFen: number;
}

export const initialLedgerState: LedgerState = { entries: [], totalFen: 0 };
