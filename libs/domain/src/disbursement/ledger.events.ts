import type { ActingUser } from '../common/actor.js';

/**
 * Events of the disbursement ledger (支出台账) of one project in one fiscal year.
 * Stream: ledgerStreamId(fiscalYear, projectCode). Entries are numbered from 1 in the order
 * they are recorded, reversals included, so entry n is the stream's revision n − 1.
 * Nothing is edited or deleted: a mistake is corrected by a reversing entry.
 */

/** A payment (支出/拨付) against the approved target table. */
export interface DisbursementRecorded {
  type: 'DisbursementRecorded';
  data: {
    projectCode: string;
    fiscalYear: number;
    unitCode: string;
    entryNumber: number;
    /** Positive, in fen. */
    amountFen: number;
    /** Payment date, YYYY-MM-DD, inside the fiscal year. */
    date: string;
    /** 凭证号, unique among the project's standing entries. */
    voucherNumber: string;
    /** 收款人. */
    payee: string;
    /** Null when none was given. */
    note: string | null;
    /** The approved version whose budget the payment was checked against, and that budget. */
    baselineVersion: number;
    budgetTotalFen: number;
    recordedBy: ActingUser;
  };
}

/** A correction: cancels an earlier payment in full, on that payment's date and voucher. */
export interface DisbursementReversed {
  type: 'DisbursementReversed';
  data: {
    projectCode: string;
    fiscalYear: number;
    unitCode: string;
    entryNumber: number;
    reversedEntryNumber: number;
    /** The reversed payment's amount, negated. */
    amountFen: number;
    date: string;
    voucherNumber: string;
    reason: string;
    reversedBy: ActingUser;
  };
}

export type LedgerEvent = DisbursementRecorded | DisbursementReversed;

export const ledgerEventTypes: ReadonlyArray<LedgerEvent['type']> = ['DisbursementRecorded', 'DisbursementReversed'];

export function ledgerStreamId(fiscalYear: number, projectCode: string): string {
  return `ledger-${fiscalYear}-${projectCode}`;
}
