import { emptyTrie, trieGet, trieSet, trieValues, type PersistentTrie } from '../common/persistent-trie.js';

/** What the ledger's decider needs to know of one entry. */
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

/**
 * The ledger as its decider needs it, kept so that an event costs the same however long the
 * ledger is: the entries by number and the standing payments by voucher number in persistent
 * tries (a later state shares what it did not change with the earlier one, which stays as it
 * was for whoever holds it), and the running count and total.
 */
export interface LedgerState {
  /** Every entry, by its number (1, 2, …). */
  entries: PersistentTrie<LedgerEntryState>;
  /** How many entries the ledger holds: the next one is numbered count + 1. */
  count: number;
  /** Sum of all entries: what stands against the budget. */
  totalFen: number;
  /**
   * The standing (not reversed) payments' entry numbers by the hash of their voucher number, in
   * entry order. Only the numbers: the voucher number to tell apart payments whose hashes meet is
   * read from `entries`, so a standing payment costs no object or string of its own here.
   */
  standingVouchers: PersistentTrie<readonly number[]>;
}

export const initialLedgerState: LedgerState = { entries: emptyTrie, count: 0, totalFen: 0, standingVouchers: emptyTrie };

export function ledgerEntry(state: LedgerState, entryNumber: number): LedgerEntryState | undefined {
  return trieGet(state.entries, entryNumber);
}

/** Every entry, in number order. */
export function ledgerEntries(state: LedgerState): LedgerEntryState[] {
  return trieValues(state.entries);
}

/** The first standing payment of the ledger with this voucher number, if any. */
export function standingPaymentWithVoucher(state: LedgerState, voucherNumber: string): LedgerEntryState | undefined {
  for (const entryNumber of trieGet(state.standingVouchers, voucherHash(voucherNumber)) ?? []) {
    const standing = ledgerEntry(state, entryNumber);
    if (standing?.voucherNumber === voucherNumber) return standing;
  }
  return undefined;
}

/** The state with one more entry (a reversal marks the payment it reverses as no longer standing). */
export function withLedgerEntry(state: LedgerState, entry: LedgerEntryState, reversedEntryNumber: number | null): LedgerState {
  let { entries, standingVouchers } = state;
  const reversed = reversedEntryNumber === null ? undefined : ledgerEntry(state, reversedEntryNumber);
  if (reversed !== undefined) {
    entries = trieSet(entries, reversed.entryNumber, { ...reversed, reversedBy: entry.entryNumber });
    standingVouchers = withoutStanding(standingVouchers, reversed);
  }
  if (entry.kind === 'PAYMENT' && entry.reversedBy === null) {
    const hash = voucherHash(entry.voucherNumber);
    // concat, not a spread: it makes an array of just the size needed, where a spread leaves room for 16 more.
    standingVouchers = trieSet(standingVouchers, hash, (trieGet(standingVouchers, hash) ?? []).concat(entry.entryNumber));
  }
  return { entries: trieSet(entries, entry.entryNumber, entry), count: state.count + 1, totalFen: state.totalFen + entry.amountFen, standingVouchers };
}

function withoutStanding(standingVouchers: LedgerState['standingVouchers'], entry: LedgerEntryState): LedgerState['standingVouchers'] {
  const hash = voucherHash(entry.voucherNumber);
  const bucket = trieGet(standingVouchers, hash) ?? [];
  // A payment's number is in its bucket once at most; slice and concat keep the array's size exact, as filter would not.
  const at = bucket.indexOf(entry.entryNumber);
  if (at === -1) return standingVouchers;
  return trieSet(standingVouchers, hash, bucket.slice(0, at).concat(bucket.slice(at + 1)));
}

/** FNV-1a over the voucher number's UTF-16 code units, cut to the trie's 30 bits. */
function voucherHash(voucherNumber: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < voucherNumber.length; index += 1) {
    hash = Math.imul(hash ^ voucherNumber.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % 2 ** 30;
}
