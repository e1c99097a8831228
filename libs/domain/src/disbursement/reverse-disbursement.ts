import { DomainError } from '../shared/domain-error.js';
import { formatFen } from '../shared/money.js';
import { requiredReason } from '../target-table/decision-text.js';
import { actingUser } from '../target-table/target-table-actor.js';
import { requireLedgerKeeper } from './ledger-authority.js';
import type { ReverseDisbursement } from './ledger.commands.js';
import type { LedgerEvent } from './ledger.events.js';
import type { LedgerState } from './ledger.state.js';

/** 冲销: a new entry cancelling a standing payment in full, with the reason for the correction. */
export function reverseDisbursement(command: ReverseDisbursement, state: LedgerState): LedgerEvent[] {
  const baseline = requireLedgerKeeper(command, 'Reversing a disbursement');
  const reason = requiredReason(command.reason, 'reason', '凭证金额录入错误');
  const entry = state.entries.find((candidate) => candidate.entryNumber === command.entryNumber);
  if (entry === undefined) {
    const held = state.entries.length === 0 ? 'it has no entries yet' : `its entries are numbered 1 to ${state.entries.length}`;
    throw new DomainError('NOT_FOUND', `Entry ${String(command.entryNumber)} is not in the ledger of project ${command.projectCode} for ${command.fiscalYear}: ${held}.`);
  }
  if (entry.kind === 'REVERSAL') {
    throw new DomainError(
      'CONFLICT',
      `Entry ${entry.entryNumber} is itself a reversal (${formatFen(entry.amountFen)} yuan): a reversal is not reversed; record the payment again instead.`,
    );
  }
  if (entry.reversedBy !== null) {
    throw new DomainError(
      'CONFLICT',
      `Entry ${entry.entryNumber} (${formatFen(entry.amountFen)} yuan on ${entry.date}, voucher ${entry.voucherNumber}) was already reversed by entry ${entry.reversedBy}: an entry is reversed once.`,
    );
  }
  return [
    {
      type: 'DisbursementReversed',
      data: {
        projectCode: command.projectCode,
        fiscalYear: command.fiscalYear,
        unitCode: baseline.unitCode,
        entryNumber: state.entries.length + 1,
        reversedEntryNumber: entry.entryNumber,
        amountFen: -entry.amountFen,
        date: entry.date,
        voucherNumber: entry.voucherNumber,
        reason,
        reversedBy: actingUser(command.actor),
      },
    },
  ];
}
