import { describe, expect, it } from '@jest/globals';
import { evolveLedger } from './evolve-ledger.js';
import { disbursementRecorded, disbursementReversed } from './fixtures/ledger-events.js';
import type { LedgerEvent } from './ledger.events.js';
import { initialLedgerState, ledgerEntries, ledgerEntry, standingPaymentWithVoucher, type LedgerState } from './ledger.state.js';

const paid = (entryNumber: number, voucherNumber: string, amountFen = 1000) =>
  disbursementRecorded({ projectCode: '13052922P00584010036K', fiscalYear: 2022, entryNumber, amountFen, date: '2022-03-15', voucherNumber, budgetTotalFen: 723000000 });

const fold = (events: LedgerEvent[], from: LedgerState = initialLedgerState) => events.reduce(evolveLedger, from);

/** What a holder of the state can read of it. */
const seen = (state: LedgerState) => ({
  entries: ledgerEntries(state),
  count: state.count,
  totalFen: state.totalFen,
  byVoucher: ['V1', 'V2', 'V3', 'V1000'].map((voucher) => standingPaymentWithVoucher(state, voucher)?.entryNumber ?? null),
});

describe('the ledger state', () => {
  it('stays as it was for its holder however it is evolved afterwards, on one path or on two', () => {
    const history = [paid(1, 'V1'), paid(2, 'V2'), ...Array.from({ length: 1200 }, (_, index) => paid(index + 3, `V${index + 3}`))];
    const earlier = Object.freeze(fold(history));
    const before = seen(earlier);

    const reversingFirst = fold([disbursementReversed(1203, history[0]!), paid(1204, 'V1', 500)], earlier);
    const reversingSecond = fold([disbursementReversed(1203, history[1]!), paid(1204, 'V2', 700)], earlier);

    expect(seen(earlier)).toEqual(before);
    expect(seen(earlier)).toEqual(seen(fold(history)));
    expect(ledgerEntry(earlier, 1)).toMatchObject({ reversedBy: null });
    expect(before.byVoucher).toEqual([1, 2, 3, 1000]);
    expect(ledgerEntry(reversingFirst, 1)).toMatchObject({ reversedBy: 1203 });
    expect(ledgerEntry(reversingFirst, 2)).toMatchObject({ reversedBy: null });
    expect(seen(reversingFirst).byVoucher).toEqual([1204, 2, 3, 1000]);
    expect(seen(reversingSecond).byVoucher).toEqual([1, 1204, 3, 1000]);
    expect(reversingFirst.totalFen).toBe(before.totalFen - 1000 + 500);
    expect(ledgerEntries(reversingSecond).map((entry) => entry.entryNumber)).toEqual(Array.from({ length: 1204 }, (_, index) => index + 1));
  });

  it('answers as a fold from nothing whichever states grow from one another, by the same entries or by different ones', () => {
    const start = fold([paid(1, 'V1'), paid(2, 'V2')]);
    const steps = {
      sameAgainA: [paid(3, 'V3')],
      sameAgainB: [paid(3, 'V3')],
      otherThird: [paid(3, 'V1000', 4000)],
      reversal: [disbursementReversed(3, paid(1, 'V1')), paid(4, 'V1', 700)],
    };
    const grown = Object.fromEntries(Object.entries(steps).map(([name, events]) => [name, fold(events, start)]));
    // Grown further after the others forked off: the copies and the first columns stay apart.
    const furtherA = fold([paid(4, 'V4')], grown.sameAgainA);
    const furtherOther = fold([paid(4, 'V3', 9)], grown.otherThird);

    expect(seen(start)).toEqual(seen(fold([paid(1, 'V1'), paid(2, 'V2')])));
    for (const [name, events] of Object.entries(steps)) expect(seen(grown[name]!)).toEqual(seen(fold([paid(1, 'V1'), paid(2, 'V2'), ...events])));
    expect(seen(furtherA)).toEqual(seen(fold([paid(1, 'V1'), paid(2, 'V2'), paid(3, 'V3'), paid(4, 'V4')])));
    expect(seen(furtherOther)).toEqual(seen(fold([paid(1, 'V1'), paid(2, 'V2'), paid(3, 'V1000', 4000), paid(4, 'V3', 9)])));
    expect(seen(grown.otherThird!).byVoucher).toEqual([1, 2, null, 3]);
    expect(seen(furtherOther).byVoucher).toEqual([1, 2, 4, 3]);
    expect(seen(grown.reversal!).byVoucher).toEqual([4, 2, null, null]);
    expect(ledgerEntry(grown.reversal!, 1)).toEqual({ entryNumber: 1, kind: 'PAYMENT', amountFen: 1000, date: '2022-03-15', voucherNumber: 'V1', reversedBy: 3 });
    expect(ledgerEntry(grown.reversal!, 3)).toMatchObject({ kind: 'REVERSAL', amountFen: -1000, voucherNumber: 'V1', reversedBy: null });
    expect(ledgerEntry(furtherA, 3)).toMatchObject({ voucherNumber: 'V3', amountFen: 1000 });
  });

  it('answers no entry for a number it does not hold', () => {
    const state = fold([paid(1, 'V1')]);
    expect([0, 2, -1, 1.5, Number.NaN, 2 ** 40].map((entryNumber) => ledgerEntry(state, entryNumber))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
