import { messages } from '../messages/messages.js';
import { DomainError } from '../common/domain-error.js';
import { formatFen } from '../common/money.js';
import { requiredReason } from '../approval/decision-text.js';
import { actingUser } from '../common/actor.js';
import { requireLedgerKeeper } from './ledger-authority.js';
import type { ReverseDisbursement } from './ledger.commands.js';
import type { LedgerEvent } from './ledger.events.js';
import { ledgerEntry, type LedgerState } from './ledger.state.js';

/** 冲销: a new entry cancelling a standing payment in full, with the reason for the correction. */
export function reverseDisbursement(command: ReverseDisbursement, state: LedgerState): LedgerEvent[] {
  const baseline = requireLedgerKeeper(command, messages.ledger.reversing);
  const reason = requiredReason(command.reason, 'reason', messages.ledger.reasonExample);
  const entry = ledgerEntry(state, command.entryNumber);
  if (entry === undefined) {
    const { projectCode, fiscalYear } = command;
    throw new DomainError('NOT_FOUND', messages.ledger.entryNotFound({ entryNumber: String(command.entryNumber), projectCode, fiscalYear, count: state.count }));
  }
  if (entry.kind === 'REVERSAL') {
    throw new DomainError('CONFLICT', messages.ledger.reversalNotReversed({ entryNumber: entry.entryNumber, amount: formatFen(entry.amountFen) }));
  }
  if (entry.reversedBy !== null) {
    const { entryNumber, date, voucherNumber, reversedBy } = entry;
    throw new DomainError('CONFLICT', messages.ledger.alreadyReversed({ entryNumber, amount: formatFen(entry.amountFen), date, voucherNumber, reversedBy }));
  }
  return [
    {
      type: 'DisbursementReversed',
      data: {
        projectCode: command.projectCode,
        fiscalYear: command.fiscalYear,
        unitCode: baseline.unitCode,
        entryNumber: state.count + 1,
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
