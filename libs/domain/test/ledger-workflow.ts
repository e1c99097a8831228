import { decidedHistory } from './given.js';
import { ledgerDecider } from '../src/disbursement/decide-ledger.js';
import type { LedgerCommand, RecordDisbursement, ReverseDisbursement } from '../src/disbursement/ledger.commands.js';
import type { LedgerEvent } from '../src/disbursement/ledger.events.js';
import type { LedgerTarget } from '../src/disbursement/ledger-target.js';
import type { Actor } from '../src/common/actor.js';
import { fiscalYear, office, projectCode, unitCode } from './target-table-workflow.js';

/** The disbursement ledger of seed table 3 (20.00 万元, approved as version 1), kept by the office of unit 323001. */

export const ledgerKey = { projectCode, fiscalYear };
const approvedTable3: LedgerTarget = { status: 'APPROVED', place: { unitCode: '323001', sectionId: 'employment' }, baseline: { version: 1, unitCode, budgetTotalFen: 20_000_000 } };

export const pay = (payment: Pick<RecordDisbursement, 'amount' | 'date' | 'voucherNumber' | 'payee'> & { note?: string | null }, actor: Actor = office): RecordDisbursement => ({
  type: 'RecordDisbursement',
  ...ledgerKey,
  actor,
  target: approvedTable3,
  ...payment,
});

export const reverse = (entryNumber: number, reason: string, actor: Actor = office): ReverseDisbursement => ({
  type: 'ReverseDisbursement',
  ...ledgerKey,
  actor,
  target: approvedTable3,
  entryNumber,
  reason,
});

/** The events the ledger itself writes for these commands in turn. */
export function ledgerHistory(commands: readonly LedgerCommand[]): LedgerEvent[] {
  return decidedHistory(ledgerDecider, commands);
}
