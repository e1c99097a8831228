import type { Actor } from '../common/actor.js';
import type { LedgerTarget } from './ledger-target.js';

/** Commands on the disbursement ledger of one project in one fiscal year; the office (办公室) sends them. */

export interface RecordDisbursement {
  type: 'RecordDisbursement';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
  target: LedgerTarget;
  /** Yuan as a decimal string, e.g. "1000.00". */
  amount: string;
  /** YYYY-MM-DD. */
  date: string;
  voucherNumber: string;
  payee: string;
  note?: string | null;
}

/** 冲销: cancel an earlier payment with a reason; the payment stays in the ledger beside its reversal. */
export interface ReverseDisbursement {
  type: 'ReverseDisbursement';
  projectCode: string;
  fiscalYear: number;
  actor: Actor;
  target: LedgerTarget;
  entryNumber: number;
  reason: string;
}

export type LedgerCommand = RecordDisbursement | ReverseDisbursement;
