import { emptyTrie, trieGet, trieSet, type PersistentTrie } from '../common/persistent-trie.js';

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

/** An entry as its event states it: its number is its place in the ledger, its reversal another entry's. */
type EntryFacts = Omit<LedgerEntryState, 'entryNumber' | 'reversedBy'>;

/**
 * The ledger as its decider needs it, kept between commands so that an event costs the same
 * however long the ledger is (docs/speed.md, "The ledger's fold"): the entries, the running
 * count and total, and which payments were reversed.
 */
export interface LedgerState {
  /** The entries, of which this state sees the first `count`; undefined before the first. */
  entries: EntryColumns | undefined;
  /** How many entries the ledger holds: the next one is numbered count + 1. */
  count: number;
  /** Sum of all entries: what stands against the budget. */
  totalFen: number;
  /** The reversed payments' numbers, each with the number of the entry that reversed it. */
  reversals: PersistentTrie<number>;
}

export const initialLedgerState: LedgerState = { entries: undefined, count: 0, totalFen: 0, reversals: emptyTrie };

/**
 * A ledger's entries in columns that all its states share. A ledger only ever grows at its end,
 * so a state is its first `count` entries: a later state appends to the columns its earlier
 * state sees, and the earlier one still sees only its own, as before. This keeps an entry in
 * about a hundred bytes (a number, a kind, two shared strings and a place in the voucher index),
 * where an object per entry in a persistent tree took about three times as much; the bench's
 * mixed load records a hundred thousand payments on one ledger, and the memory a kept fold holds
 * grows with them (docs/speed.md, "Memory under a write load").
 *
 * Two states that grow from one state by the same entry share the columns: that is what two
 * loads of one stream folding the same stored events do. Growing by a different entry (a fold
 * of events that were not stored: a command decided on the state a command still being
 * committed leaves, when that one is refused, or a test) copies the columns first, so every
 * state keeps answering as when it was made.
 */
class EntryColumns {
  private readonly kinds: Array<LedgerEntryState['kind']> = [];
  private readonly amounts: number[] = [];
  private readonly dates: string[] = [];
  private readonly vouchers: string[] = [];
  /** Every payment's number by its voucher number, of every state sharing the columns: a state reads only those it sees. */
  private readonly paymentsByVoucher = new Map<string, number | number[]>();

  get length(): number {
    return this.kinds.length;
  }

  /** The columns with `entry` at `index`: these ones when it fits at their end or is already there, else a copy of the entries before it. */
  static holding(columns: EntryColumns | undefined, index: number, entry: EntryFacts): EntryColumns {
    if (columns !== undefined && index < columns.length && columns.holds(index, entry)) return columns;
    const holder = columns !== undefined && index === columns.length ? columns : EntryColumns.copyOf(columns, index);
    holder.push(index, entry);
    return holder;
  }

  private static copyOf(columns: EntryColumns | undefined, length: number): EntryColumns {
    const copy = new EntryColumns();
    for (let index = 0; index < length; index += 1) copy.push(index, columns!.entryAt(index));
    return copy;
  }

  private holds(index: number, entry: EntryFacts): boolean {
    return this.kinds[index] === entry.kind && this.amounts[index] === entry.amountFen && this.dates[index] === entry.date && this.vouchers[index] === entry.voucherNumber;
  }

  private push(index: number, { kind, amountFen, date, voucherNumber }: EntryFacts): void {
    const previousDate = this.dates[this.dates.length - 1];
    this.kinds.push(kind);
    this.amounts.push(amountFen);
    // Payments follow one another on few dates: one string for a run of them.
    this.dates.push(date === previousDate ? previousDate : date);
    this.vouchers.push(voucherNumber);
    if (kind === 'PAYMENT') {
      const numbers = this.paymentsByVoucher.get(voucherNumber);
      this.paymentsByVoucher.set(voucherNumber, numbers === undefined ? index + 1 : ([] as number[]).concat(numbers, index + 1));
    }
  }

  entryAt(index: number): EntryFacts & Pick<LedgerEntryState, 'entryNumber'> {
    return { entryNumber: index + 1, kind: this.kinds[index]!, amountFen: this.amounts[index]!, date: this.dates[index]!, voucherNumber: this.vouchers[index]! };
  }

  /** The numbers of the payments with this voucher number, in entry order, of every state sharing the columns. */
  paymentsWith(voucherNumber: string): readonly number[] {
    const numbers = this.paymentsByVoucher.get(voucherNumber);
    return numbers === undefined ? [] : typeof numbers === 'number' ? [numbers] : numbers;
  }
}

export function ledgerEntry(state: LedgerState, entryNumber: number): LedgerEntryState | undefined {
  if (!Number.isInteger(entryNumber) || entryNumber < 1 || entryNumber > state.count) return undefined;
  return { ...state.entries!.entryAt(entryNumber - 1), reversedBy: trieGet(state.reversals, entryNumber) ?? null };
}

/** Every entry, in number order. */
export function ledgerEntries(state: LedgerState): LedgerEntryState[] {
  return Array.from({ length: state.count }, (_, index) => ledgerEntry(state, index + 1)!);
}

/** The first standing payment of the ledger with this voucher number, if any. */
export function standingPaymentWithVoucher(state: LedgerState, voucherNumber: string): LedgerEntryState | undefined {
  for (const entryNumber of state.entries?.paymentsWith(voucherNumber) ?? []) {
    if (entryNumber > state.count) break;
    if (trieGet(state.reversals, entryNumber) === undefined) return ledgerEntry(state, entryNumber);
  }
  return undefined;
}

/** The state with one more entry (a reversal marks the payment it reverses as no longer standing). */
export function withLedgerEntry(state: LedgerState, entry: EntryFacts, reversedEntryNumber: number | null): LedgerState {
  const reversals = reversedEntryNumber !== null && ledgerEntry(state, reversedEntryNumber) !== undefined ? trieSet(state.reversals, reversedEntryNumber, state.count + 1) : state.reversals;
  return { entries: EntryColumns.holding(state.entries, state.count, entry), count: state.count + 1, totalFen: state.totalFen + entry.amountFen, reversals };
}
